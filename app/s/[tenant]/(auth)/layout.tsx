import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale } from 'next-intl/server';
import { CustomCode } from '@/components/portal/custom-code';
import { requireTenant } from '@/lib/tenancy/tenant';

export default async function ClientAuthLayout({ children }: { children: ReactNode }) {
  const tenant = await requireTenant();
  return (
    <div lang={await getLocale()}>
      <CustomCode tenant={tenant} />
      <NextIntlClientProvider>{children}</NextIntlClientProvider>
    </div>
  );
}
