import type { Metadata } from 'next';
import Link from 'next/link';
import { CompanyFilter, companyParam } from '@/components/admin/company-filter';
import { QueueFilter } from '@/components/admin/queue-filter';
import { EmptyRow, FilterBox, Pager, SortHeader } from '@/components/ui/list-controls';
import { changedParams } from '@/lib/paging';
import { TICKET_LIST_DEFAULTS, ticketListSchema } from '@/lib/tickets/schemas';
import { getCompanyName } from '@/lib/companies/pickers';
import { getQueueOptions } from '@/lib/portal-admin/queues';
import { PRIORITY_LABELS, TICKET_STATUS_LABELS } from '@/lib/tickets/labels';
import { can, requireStaff } from '@/lib/auth/staff';
import { getTicketsPage } from '@/lib/tickets/queries';

export const metadata: Metadata = { title: 'Tickets' };

export default async function TicketsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { tenant, user } = await requireStaff();
  const search = await searchParams;
  const companyId = companyParam(search.company);
  const queueId = companyParam(search.queue);
  const params = ticketListSchema.parse(search);
  const [{ rows: tickets, total }, company, queues] = await Promise.all([
    getTicketsPage({ tenantId: tenant.id, params, companyId, queueId }),
    getCompanyName({ tenantId: tenant.id, companyId }),
    getQueueOptions({ tenantId: tenant.id, companyId }),
  ]);
  const keep: Record<string, string> = { ...(companyId ? { company: companyId } : {}), ...(queueId ? { queue: queueId } : {}) };
  const list = { params, defaults: TICKET_LIST_DEFAULTS, keep };
  const kept = changedParams(params, TICKET_LIST_DEFAULTS);
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
        <CompanyFilter selected={company} keep={kept} />
        <QueueFilter queues={queues} selected={queueId} companyId={companyId} keep={kept} />
        <FilterBox id="tickets-filter" placeholder="Title or number" {...list} />
      </div>
      <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white shadow-sm">
        <table className="w-full text-sm" aria-label="Tickets">
          <thead className="border-b border-zinc-200 bg-zinc-50 text-left text-zinc-700">
            <tr>
              <SortHeader label="#" sortKey="number" {...list} />
              <SortHeader label="Title" sortKey="title" {...list} />
              <SortHeader label="Company" sortKey="company" {...list} />
              <th scope="col" className="px-3 py-2">Queue</th>
              <SortHeader label="Status" sortKey="status" {...list} />
              <SortHeader label="Priority" sortKey="priority" {...list} />
              <th scope="col" className="px-3 py-2">Source</th>
            </tr>
          </thead>
          <tbody>
            {tickets.length === 0 && (
              <EmptyRow
                colSpan={7}
                total={total}
                filtered={Boolean(params.q || companyId || queueId)}
                noMatch={params.q ? `No tickets match “${params.q}”.` : queueId ? 'This queue has no tickets.' : 'This company has no tickets.'}
                none="There are no tickets yet."
                {...list}
              />
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
        <Pager total={total} rowCount={tickets.length} {...list} />
      </div>
    </div>
  );
}
