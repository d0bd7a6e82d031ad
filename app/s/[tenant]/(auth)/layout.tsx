import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getMessages } from 'next-intl/server';
import { CustomCode } from '@/components/portal/custom-code';
import { AUTH_CLIENT_MESSAGES, pickMessages } from '@/lib/i18n/client-messages';
import { requireTenant } from '@/lib/tenancy/tenant';

export default async function ClientAuthLayout({ children }: { children: ReactNode }) {
  const tenant = await requireTenant();
  return (
    <div lang={await getLocale()}>
      <CustomCode tenant={tenant} />
      <NextIntlClientProvider messages={pickMessages(await getMessages(), AUTH_CLIENT_MESSAGES)}>{children}</NextIntlClientProvider>
    </div>
  );
}
