import { getRequestConfig } from 'next-intl/server';
import { headers } from 'next/headers';
import { getClient } from '@/lib/auth/client';
import { isLocale, localeFromAcceptLanguage, type Locale } from './locales';

/** The signed-in portal user's language; before sign-in, the browser's. */
async function portalLocale(): Promise<Locale> {
  const client = await getClient().catch(() => null);
  if (client && isLocale(client.contact.language)) return client.contact.language;
  return localeFromAcceptLanguage((await headers()).get('accept-language'));
}

export default getRequestConfig(async ({ locale }) => {
  const chosen = isLocale(locale) ? locale : await portalLocale();
  return { locale: chosen, messages: (await import(`../../messages/${chosen}.json`)).default };
});
