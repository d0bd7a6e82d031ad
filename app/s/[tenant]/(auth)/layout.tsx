import type { ReactNode } from 'react';
import { getLocale } from 'next-intl/server';
import { CustomCode } from '@/components/portal/custom-code';
import { requireTenant } from '@/lib/tenancy/tenant';

export default async function ClientAuthLayout({ children }: { children: ReactNode }) {
  const tenant = await requireTenant();
  return (
    <div lang={await getLocale()}>
      <CustomCode tenant={tenant} />
      {/* Each page hands its forms their messages (ClientMessages); sign-in needs none, nor next-intl in the browser. */}
      {children}
    </div>
  );
}
