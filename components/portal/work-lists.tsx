import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { Contact, Tenant, TicketStatus } from '@/lib/db/schema';
import { formatDate } from '@/lib/format';
import { type Viewer } from '@/lib/portal/access';
import { labelKey } from '@/lib/portal/labels';
import { listPortalProjects } from '@/lib/projects/portal';
import { listPortalTickets } from '@/lib/tickets/portal';
import { TICKET_STATUSES } from '@/lib/tickets/schemas';

const empty = (text: string) => <p className="rounded-lg border border-dashed border-zinc-300 bg-white p-8 text-center text-zinc-600">{text}</p>;

export async function ProjectList({ viewer, tenant }: { viewer: Viewer; tenant: Tenant }) {
  const t = await getTranslations('projects');
  const projects = await listPortalProjects(viewer);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      {projects.length === 0
        ? empty(t('empty', { tenant: tenant.name }))
        : (
          <ul aria-label={t('title')} className="divide-y divide-zinc-100 rounded-lg border border-zinc-200 bg-white">
            {projects.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
                <Link href={`/projects/${p.id}`} className="font-medium text-brand-700 hover:underline">
                  {p.name}
                </Link>
                <span className="text-sm text-zinc-600">
                  {p.company} · {t(labelKey('status', p.status))}
                </span>
              </li>
            ))}
          </ul>
        )}
    </div>
  );
}

export async function TicketList({ viewer, tenant, contact, status }: { viewer: Viewer; tenant: Tenant; contact: Contact; status?: string }) {
  const t = await getTranslations('tickets');
  const filter = TICKET_STATUSES.find((s) => s === status) as TicketStatus | undefined;
  const tickets = await listPortalTickets(viewer, filter);
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
            aria-current={filter === s ? 'page' : undefined}
            className={`rounded-full px-3 py-1 ${filter === s ? 'bg-brand-600 text-white' : 'bg-white text-zinc-700 ring-1 ring-zinc-200 hover:bg-zinc-50'}`}
          >
            {s ? t(labelKey('status', s)) : t('all')}
          </Link>
        ))}
      </nav>
      {tickets.length === 0 ? (
        empty(t('empty', { tenant: tenant.name }))
      ) : (
        <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white">
          <table className="w-full text-sm" aria-label={t('title')}>
            <thead className="border-b border-zinc-200 bg-zinc-50 text-left text-zinc-700">
              <tr>
                <th scope="col" className="px-3 py-2">{t('number')}</th>
                <th scope="col" className="px-3 py-2">{t('ticketTitle')}</th>
                <th scope="col" className="px-3 py-2">{t('company')}</th>
                <th scope="col" className="px-3 py-2">{t('status')}</th>
                {showPriority && <th scope="col" className="px-3 py-2">{t('priority')}</th>}
                <th scope="col" className="px-3 py-2">{t('created')}</th>
              </tr>
            </thead>
            <tbody>
              {tickets.map((ticket) => (
                <tr key={ticket.id} className="border-b border-zinc-100 last:border-0">
                  <td className="px-3 py-2">{ticket.number}</td>
                  <td className="px-3 py-2">
                    <Link href={`/tickets/${ticket.id}`} className="text-brand-700 hover:underline">
                      {ticket.title}
                    </Link>
                  </td>
                  <td className="px-3 py-2">{ticket.company}</td>
                  <td className="px-3 py-2">{t(labelKey('status', ticket.status))}</td>
                  {showPriority && <td className="px-3 py-2">{ticket.priority && t(labelKey('priority', ticket.priority))}</td>}
                  <td className="px-3 py-2">{formatDate(ticket.createdAt, contact.dateFormat)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

const SHOWN_ON_OVERVIEW = 5;

/** The overview's summary: the viewer's open tickets and unfinished projects, newest first, with links to the full lists. */
export async function WorkSummary({ viewer }: { viewer: Viewer }) {
  const [t, tt, tp] = await Promise.all([getTranslations('overview'), getTranslations('tickets'), getTranslations('projects')]);
  const [tickets, projects] = await Promise.all([listPortalTickets(viewer), listPortalProjects(viewer)]);
  const open = tickets.filter((ticket) => ticket.status !== 'resolved' && ticket.status !== 'closed');
  const active = projects.filter((project) => project.status !== 'completed');
  const section = (title: string, count: number, href: string, emptyText: string, items: { id: string; href: string; label: string; detail: string }[]) => (
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
              <Link href={item.href} className="text-brand-700 hover:underline">
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
        open.length,
        '/dashboards/tickets',
        t('noOpenTickets'),
        open.slice(0, SHOWN_ON_OVERVIEW).map((ticket) => ({ id: ticket.id, href: `/tickets/${ticket.id}`, label: `#${ticket.number} ${ticket.title}`, detail: tt(labelKey('status', ticket.status)) })),
      )}
      {section(
        t('activeProjects'),
        active.length,
        '/dashboards/projects',
        t('noActiveProjects'),
        active.slice(0, SHOWN_ON_OVERVIEW).map((project) => ({ id: project.id, href: `/projects/${project.id}`, label: project.name, detail: tp(labelKey('status', project.status)) })),
      )}
    </div>
  );
}
