import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { requireTenant } from '@/lib/tenancy/tenant';

export async function generateMetadata(): Promise<Metadata> {
  const tenant = await requireTenant();
  return { title: { default: tenant.name, template: `%s · ${tenant.name}` } };
}

export default async function TenantLayout({ children }: { children: ReactNode }) {
  await requireTenant();
  return children;
}
