import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PortalUsersTable } from '@/components/portal-users/portal-users-table';
import { labelsFromMessages } from '@/components/portal-users/labels';
import { getCompanyLoginOptions, getCompanyLoginsPage } from '@/lib/portal-admin/logins';
import { requirePortalAdmin } from '@/lib/portal-admin/guard';
import { listParamsSchema } from '@/lib/portal-users/schemas';
import { addLoginAction } from './actions';

export const metadata: Metadata = { title: 'Logins' };

/** Portal Admin › Logins: Portal Access for a client Manager, limited to their company and its subsidiaries. */
export default async function LoginsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const client = await requirePortalAdmin('portal_admin.logins');
  const params = listParamsSchema.parse(await searchParams);
  const t = await getTranslations('portalAdmin.logins');
  const [{ rows, total }, options] = await Promise.all([getCompanyLoginsPage(client.viewer, params), getCompanyLoginOptions(client.viewer)]);
  return (
    <section aria-labelledby="logins-title" className="space-y-4">
      <div>
        <h2 id="logins-title" className="text-xl font-semibold">
          {t('title')}
        </h2>
        <p className="text-sm text-zinc-600">{t('intro', { company: client.company.name })}</p>
      </div>
      <PortalUsersTable
        rows={rows}
        total={total}
        params={params}
        canEdit={!client.preview}
        canPreview={false}
        options={options}
        addAction={addLoginAction}
        detailPath="/portal-admin/logins"
        labels={labelsFromMessages(t.raw('list'))}
      />
    </section>
  );
}
