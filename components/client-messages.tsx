import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import { pickMessages } from '@/lib/i18n/client-messages';

/** Hands the client components inside only the messages at `paths` (lib/i18n/client-messages.ts). */
export async function ClientMessages({ paths, children }: { paths: readonly string[]; children: ReactNode }) {
  return <NextIntlClientProvider messages={pickMessages(await getMessages(), paths)}>{children}</NextIntlClientProvider>;
}
