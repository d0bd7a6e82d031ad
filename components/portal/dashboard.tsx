import { getTranslations } from 'next-intl/server';
import { PortalDocumentation } from '@/components/documentation/portal-documentation';
import { PortalInvoices } from '@/components/invoices/portal-invoices';
import { KnowledgeBaseDashboard } from '@/components/knowledge-base/knowledge-base-dashboard';
import { Card } from '@/components/ui/card';
import type { getClient } from '@/lib/auth/client';
import { formatDateTime } from '@/lib/format';
import { viewerOf } from '@/lib/portal/access';
import type { DashboardKey } from '@/lib/portal/dashboards';
import { ProjectList, TicketList, WorkSummary } from './work-lists';

type Client = NonNullable<Awaited<ReturnType<typeof getClient>>>;

type SearchParams = Record<string, string | string[] | undefined>;

/** One dashboard of the portal. Tickets, projects, invoices and articles fill in as they are shared. */
export async function Dashboard({ name, client, searchParams = {} }: { name: DashboardKey; client: Client; searchParams?: SearchParams }) {
  const t = await getTranslations();
  const { contact, company, securityLevel, tenant } = client;
  if (name === 'projects') return <ProjectList viewer={viewerOf(client)} tenant={tenant} contact={contact} searchParams={searchParams} />;
  if (name === 'tickets') return <TicketList viewer={viewerOf(client)} tenant={tenant} contact={contact} searchParams={searchParams} />;
  if (name === 'invoices') return <PortalInvoices viewer={viewerOf(client)} tenant={tenant} contact={contact} searchParams={searchParams} />;
  if (name === 'knowledge-base') return <KnowledgeBaseDashboard viewer={viewerOf(client)} tenant={tenant} contact={contact} searchParams={searchParams} />;
  if (name === 'documentation') return <PortalDocumentation viewer={viewerOf(client)} contact={contact} companyName={company.name} tenant={tenant} query={typeof searchParams.q === 'string' ? searchParams.q : undefined} />;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t('overview.welcome', { name: contact.firstName })}</h1>
      <WorkSummary viewer={viewerOf(client)} />
      <Card title={t('overview.account')}>
        <dl className="grid gap-x-8 gap-y-3 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="text-zinc-500">{t('overview.name')}</dt>
          <dd>{`${contact.firstName} ${contact.lastName}`.trim()}</dd>
          <dt className="text-zinc-500">{t('overview.company')}</dt>
          <dd>{company.name}</dd>
          <dt className="text-zinc-500">{t('overview.securityLevel')}</dt>
          <dd>{securityLevel?.name ?? '—'}</dd>
          <dt className="text-zinc-500">{t('overview.logonName')}</dt>
          <dd>{contact.logonName}</dd>
          <dt className="text-zinc-500">{t('overview.lastSignIn')}</dt>
          <dd>{contact.lastSignInAt ? formatDateTime(contact.lastSignInAt, contact) : t('overview.never')}</dd>
        </dl>
      </Card>
    </div>
  );
}
