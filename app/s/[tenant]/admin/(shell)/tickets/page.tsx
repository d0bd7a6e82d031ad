import type { Metadata } from 'next';
import Link from 'next/link';
import { CompanyFilter, companyParam } from '@/components/admin/company-filter';
import { QueueFilter } from '@/components/admin/queue-filter';
import { getCompanyOptions } from '@/lib/companies/queries';
import { getQueueOptions } from '@/lib/portal-admin/queues';
import { PRIORITY_LABELS, TICKET_STATUS_LABELS } from '@/lib/tickets/labels';
import { can, requireStaff } from '@/lib/auth/staff';
import { getTicketsByTenant } from '@/lib/tickets/queries';

export const metadata: Metadata = { title: 'Tickets' };

export default async function TicketsPage({ searchParams }: { searchParams: Promise<{ company?: string | string[]; queue?: string | string[] }> }) {
  const { tenant, user } = await requireStaff();
  const params = await searchParams;
  const companyId = companyParam(params.company);
  const queueId = companyParam(params.queue);
  const [tickets, companies, queues] = await Promise.all([
    getTicketsByTenant({ tenantId: tenant.id, companyId, queueId }),
    getCompanyOptions({ tenantId: tenant.id }),
    getQueueOptions({ tenantId: tenant.id, companyId }),
  ]);
  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">Tickets</h1>
        {can(user, 'tickets.edit') && (
          <Link href="/admin/tickets/new" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
            New ticket
          </Link>
        )}
      </div>
      <div className="flex flex-wrap items-end gap-x-6 gap-y-3">
        <CompanyFilter companies={companies} selected={companyId} />
        <QueueFilter queues={queues} selected={queueId} companyId={companyId} />
      </div>
      <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white shadow-sm">
        <table className="w-full text-sm" aria-label="Tickets">
          <thead className="border-b border-zinc-200 bg-zinc-50 text-left text-zinc-700">
            <tr>
              <th scope="col" className="px-3 py-2">#</th>
              <th scope="col" className="px-3 py-2">Title</th>
              <th scope="col" className="px-3 py-2">Company</th>
              <th scope="col" className="px-3 py-2">Queue</th>
              <th scope="col" className="px-3 py-2">Status</th>
              <th scope="col" className="px-3 py-2">Priority</th>
              <th scope="col" className="px-3 py-2">Source</th>
            </tr>
          </thead>
          <tbody>
            {tickets.length === 0 && (
              <tr>
                <td colSpan={7} className="px-3 py-10 text-center text-zinc-500">
                  {queueId ? 'This queue has no tickets.' : companyId ? 'This company has no tickets.' : 'There are no tickets yet.'}
                </td>
              </tr>
            )}
            {tickets.map((t) => (
              <tr key={t.id} className="border-b border-zinc-100 last:border-0">
                <td className="px-3 py-2">{t.number}</td>
                <td className="px-3 py-2">
                  <Link href={`/admin/tickets/${t.id}`} className="font-medium text-brand-700 hover:underline">
                    {t.title}
                  </Link>
                </td>
                <td className="px-3 py-2">{t.company}</td>
                <td className="px-3 py-2">{t.queue ?? '—'}</td>
                <td className="px-3 py-2">{TICKET_STATUS_LABELS[t.status]}</td>
                <td className="px-3 py-2">{PRIORITY_LABELS[t.priority]}</td>
                <td className="px-3 py-2">{t.fromPortal ? 'Portal' : 'Staff'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
