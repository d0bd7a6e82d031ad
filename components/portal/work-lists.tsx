import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { FilterBox, Pager, SortHeader } from '@/components/ui/list-controls';
import type { Contact, Tenant } from '@/lib/db/schema';
import { formatDate } from '@/lib/format';
import { type Viewer } from '@/lib/portal/access';
import { labelKey } from '@/lib/portal/labels';
import { activePortalProjects, getPortalProjectsPage } from '@/lib/projects/portal';
import { PORTAL_PROJECT_DEFAULTS, portalProjectListSchema } from '@/lib/projects/schemas';
import { getPortalTicketsPage, openPortalTickets } from '@/lib/tickets/portal';
import { PORTAL_TICKET_DEFAULTS, portalTicketListSchema, TICKET_STATUSES } from '@/lib/tickets/schemas';
import { cardTable as c, portalListLabels } from './list-labels';

type SearchParams = Record<string, string | string[] | undefined>;

const empty = (text: string) => <p className="rounded-lg border border-dashed border-zinc-300 bg-white p-8 text-center text-zinc-600">{text}</p>;
const nothingHere = (text: string) => <p className="px-3 py-8 text-center text-zinc-500">{text}</p>;

export async function ProjectList({ viewer, tenant, contact, searchParams }: { viewer: Viewer; tenant: Tenant; contact: Contact; searchParams: SearchParams }) {
  const t = await getTranslations('projects');
  const params = portalProjectListSchema.parse(searchParams);
  const [{ rows, total }, labels] = await Promise.all([getPortalProjectsPage(viewer, params), portalListLabels(t('filterPlaceholder'))]);
  const state = { params, defaults: PORTAL_PROJECT_DEFAULTS };
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      {total.count === 0 && !params.q ? (
        empty(t('empty', { tenant: tenant.name }))
      ) : (
        <>
          <FilterBox id="projects-filter" {...state} labels={labels} />
          <div className={c.frame}>
            {rows.length === 0 ? (
              nothingHere(params.q && total.count === 0 ? t('noMatch', { q: params.q }) : labels.beyondEnd)
            ) : (
              <table className={c.table} aria-label={t('title')}>
                <thead className={c.head}>
                  <tr className={c.headRow}>
                    <SortHeader label={t('name')} sortKey="name" {...state} />
                    <th scope="col" className={c.plainHead}>{t('company')}</th>
                    <SortHeader label={t('status')} sortKey="status" {...state} />
                    <SortHeader label={t('due')} sortKey="due" {...state} />
                  </tr>
                </thead>
                <tbody className={c.body}>
                  {rows.map((p) => (
                    <tr key={p.id} className={c.row}>
                      <td className={c.lead}>
                        <Link href={`/projects/${p.id}`} className="text-brand-700 hover:underline">
                          {p.name}
                        </Link>
                      </td>
                      <td className={c.cell}>{p.company}</td>
                      <td className={c.cell}>{t(labelKey('status', p.status))}</td>
                      <td className={c.cell}>{p.dueDate ? formatDate(new Date(p.dueDate), contact.dateFormat) : '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <Pager {...state} total={total} labels={labels} />
          </div>
        </>
      )}
    </div>
  );
}

export async function TicketList({ viewer, tenant, contact, searchParams }: { viewer: Viewer; tenant: Tenant; contact: Contact; searchParams: SearchParams }) {
  const t = await getTranslations('tickets');
  const params = portalTicketListSchema.parse(searchParams);
  const [{ rows, total }, labels] = await Promise.all([getPortalTicketsPage(viewer, params), portalListLabels(t('filterPlaceholder'))]);
  const { status, ...list } = params;
  const state = { params: list, defaults: PORTAL_TICKET_DEFAULTS, keep: status ? { status } : undefined };
  const showPriority = viewer.permissions.includes('tickets.view_priority');
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        {viewer.permissions.includes('tickets.create') && (
          <Link href="/tickets/new" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
            {t('newRequest')}
          </Link>
        )}
      </div>
      <nav aria-label={t('filter')} className="flex flex-wrap gap-1 text-sm">
        {[undefined, ...TICKET_STATUSES].map((s) => (
          <Link
            key={s ?? 'all'}
            href={s ? `/dashboards/tickets?status=${s}` : '/dashboards/tickets'}
            aria-current={status === s ? 'page' : undefined}
            className={`rounded-full px-3 py-1 ${status === s ? 'bg-brand-600 text-white' : 'bg-white text-zinc-700 ring-1 ring-zinc-200 hover:bg-zinc-50'}`}
          >
            {s ? t(labelKey('status', s)) : t('all')}
          </Link>
        ))}
      </nav>
      {total.count === 0 && !params.q ? (
        empty(t('empty', { tenant: tenant.name }))
      ) : (
        <>
          <FilterBox id="tickets-filter" {...state} labels={labels} />
          <div className={c.frame}>
            {rows.length === 0 ? (
              nothingHere(params.q && total.count === 0 ? t('noMatch', { q: params.q }) : labels.beyondEnd)
            ) : (
              <table className={c.table} aria-label={t('title')}>
                <thead className={c.head}>
                  <tr className={c.headRow}>
                    <SortHeader label={t('number')} sortKey="number" {...state} />
                    <SortHeader label={t('ticketTitle')} sortKey="title" {...state} />
                    <th scope="col" className={c.plainHead}>{t('company')}</th>
                    <SortHeader label={t('status')} sortKey="status" {...state} />
                    {showPriority && <th scope="col" className={c.plainHead}>{t('priority')}</th>}
                    <SortHeader label={t('created')} sortKey="created" {...state} />
                  </tr>
                </thead>
                <tbody className={c.body}>
                  {rows.map((ticket) => (
                    <tr key={ticket.id} className={c.row}>
                      <td className={c.cell}>{ticket.number}</td>
                      <td className={c.lead}>
                        <Link href={`/tickets/${ticket.id}`} className="text-brand-700 hover:underline">
                          {ticket.title}
                        </Link>
                      </td>
                      <td className={c.cell}>{ticket.company}</td>
                      <td className={c.cell}>{t(labelKey('status', ticket.status))}</td>
                      {showPriority && <td className={c.cell}>{ticket.priority && t(labelKey('priority', ticket.priority))}</td>}
                      <td className={c.cell}>{formatDate(ticket.createdAt, contact.dateFormat)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <Pager {...state} total={total} labels={labels} />
          </div>
        </>
      )}
    </div>
  );
}

const SHOWN_ON_OVERVIEW = 5;
const countLabel = ({ count, capped }: { count: number; capped: boolean }) => (capped ? `${count.toLocaleString('en-US')}+` : String(count));

/** The overview's summary: the five newest open tickets and unfinished projects, their (capped) counts, links to the full lists. */
export async function WorkSummary({ viewer }: { viewer: Viewer }) {
  const [t, tt, tp] = await Promise.all([getTranslations('overview'), getTranslations('tickets'), getTranslations('projects')]);
  const [open, active] = await Promise.all([openPortalTickets(viewer, SHOWN_ON_OVERVIEW), activePortalProjects(viewer, SHOWN_ON_OVERVIEW)]);
  const section = (title: string, count: string, href: string, emptyText: string, items: { id: string; href: string; label: string; detail: string }[]) => (
    <section aria-label={title} className="rounded-lg border border-zinc-200 bg-white p-6 shadow-sm">
      <div className="mb-3 flex items-baseline justify-between gap-3">
        <h2 className="text-lg font-semibold">
          {title} <span className="text-sm font-normal text-zinc-500">({count})</span>
        </h2>
        <Link href={href} className="text-sm text-brand-700 hover:underline">
          {t('viewAll')}
        </Link>
      </div>
      {items.length === 0 ? (
        <p className="text-sm text-zinc-500">{emptyText}</p>
      ) : (
        <ul className="divide-y divide-zinc-100 text-sm">
          {items.map((item) => (
            <li key={item.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <Link href={item.href} className="min-w-0 break-words text-brand-700 hover:underline">
                {item.label}
              </Link>
              <span className="text-zinc-500">{item.detail}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      {section(
        t('openTickets'),
        countLabel(open.total),
        '/dashboards/tickets',
        t('noOpenTickets'),
        open.rows.map((ticket) => ({ id: ticket.id, href: `/tickets/${ticket.id}`, label: `#${ticket.number} ${ticket.title}`, detail: tt(labelKey('status', ticket.status)) })),
      )}
      {section(
        t('activeProjects'),
        countLabel(active.total),
        '/dashboards/projects',
        t('noActiveProjects'),
        active.rows.map((project) => ({ id: project.id, href: `/projects/${project.id}`, label: project.name, detail: tp(labelKey('status', project.status)) })),
      )}
    </div>
  );
}
