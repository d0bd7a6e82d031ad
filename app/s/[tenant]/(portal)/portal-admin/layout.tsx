import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { PortalNav } from '@/components/portal/portal-nav';
import { requireClient } from '@/lib/auth/client';
import { portalAdminPages } from '@/lib/portal-admin/pages';

/** Portal Admin: a tab per page the user's security level allows; a level with none has no Portal Admin at all. */
export default async function PortalAdminLayout({ children }: { children: ReactNode }) {
  const client = await requireClient();
  const pages = portalAdminPages(client.securityLevel?.permissions ?? []);
  if (!pages.length) notFound();
  const t = await getTranslations('portalAdmin');
  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="text-sm text-zinc-600">{t('intro', { company: client.company.name })}</p>
        <PortalNav label={t('title')} items={pages.map((p) => ({ href: p.path, label: t(`${p.label}.title`) }))} />
      </div>
      {children}
    </div>
  );
}
