import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { Contact, Tenant } from '@/lib/db/schema';
import { formatDate } from '@/lib/format';
import { listPortalInvoices, parseInvoiceQuery, type InvoiceSort } from '@/lib/invoices/portal';
import { PORTAL_STATUS_FILTERS, displayStatus, formatAmount, isoDate, type PortalInvoiceStatus } from '@/lib/invoices/portal-status';
import type { Viewer } from '@/lib/portal/access';

const box = 'rounded-lg border border-zinc-200 bg-white';
const BADGE: Record<PortalInvoiceStatus, string> = {
  draft: 'bg-zinc-100 text-zinc-700',
  sent: 'bg-blue-50 text-blue-800',
  overdue: 'bg-red-50 text-red-800',
  paid: 'bg-green-50 text-green-800',
  void: 'bg-zinc-100 text-zinc-600',
};

export async function InvoiceStatusBadge({ status }: { status: PortalInvoiceStatus }) {
  const t = await getTranslations('invoices');
  return <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${BADGE[status]}`}>{status === 'draft' ? status : t(`status.${status}`)}</span>;
}

/** The Invoices dashboard: the company's invoices (never drafts) with status filter, sortable columns and paging, all in the URL. */
export async function PortalInvoices({
  viewer,
  tenant,
  contact,
  searchParams,
}: {
  viewer: Viewer;
  tenant: Tenant;
  contact: Contact;
  searchParams: Record<string, string | string[] | undefined>;
}) {
  const t = await getTranslations('invoices');
  const query = parseInvoiceQuery(searchParams);
  const list = await listPortalInvoices(viewer, query);
  const listParams = (change: Partial<typeof query>) => {
    const next = { ...query, page: list.page, ...change };
    const params = new URLSearchParams();
    if (next.status) params.set('status', next.status);
    if (next.sort !== 'issueDate' || next.dir !== 'desc') {
      params.set('sort', next.sort);
      params.set('dir', next.dir);
    }
    if (next.page > 1) params.set('page', String(next.page));
    return params;
  };
  const withQuery = (path: string, params: URLSearchParams) => (params.size ? `${path}?${params}` : path);
  const href = (change: Partial<typeof query>) => withQuery('/dashboards/invoices', listParams(change));
  const csvHref = withQuery('/invoices/csv', listParams({ page: 1 }));
  const column = (key: InvoiceSort, label: string, align = '') => {
    const active = query.sort === key;
    const dir = active && query.dir === 'asc' ? 'desc' : 'asc';
    return (
      <th scope="col" className={`px-3 py-2 ${align}`} aria-sort={active ? (query.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
        <Link href={href({ sort: key, dir, page: 1 })} className="inline-flex items-center gap-1 hover:underline" aria-label={t('sortBy', { column: label })}>
          {label}
          {active && <span aria-hidden="true">{query.dir === 'asc' ? '▲' : '▼'}</span>}
        </Link>
      </th>
    );
  };
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <nav aria-label={t('reports')} className="flex gap-2 text-sm">
          <Link href="/invoices/block-hours" className="rounded-md bg-white px-3 py-1.5 text-brand-700 ring-1 ring-zinc-200 hover:bg-zinc-50">
            {t('blockHours')}
          </Link>
          <Link href="/invoices/retainers" className="rounded-md bg-white px-3 py-1.5 text-brand-700 ring-1 ring-zinc-200 hover:bg-zinc-50">
            {t('retainers')}
          </Link>
        </nav>
      </div>
      <nav aria-label={t('filter')} className="flex flex-wrap gap-1 text-sm">
        {[undefined, ...PORTAL_STATUS_FILTERS].map((s) => (
          <Link
            key={s ?? 'all'}
            href={href({ status: s, page: 1 })}
            aria-current={query.status === s ? 'page' : undefined}
            className={`rounded-full px-3 py-1 ${query.status === s ? 'bg-brand-600 text-white' : 'bg-white text-zinc-700 ring-1 ring-zinc-200 hover:bg-zinc-50'}`}
          >
            {s ? t(`status.${s}`) : t('all')}
          </Link>
        ))}
      </nav>
      {list.total === 0 ? (
        <p className="rounded-lg border border-dashed border-zinc-300 bg-white p-8 text-center text-zinc-600">
          {query.status ? t('emptyFiltered') : t('empty', { tenant: tenant.name })}
        </p>
      ) : (
        <>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p className="text-sm text-zinc-600">{t('count', { count: list.total })}</p>
            <a href={csvHref} download className="rounded-md px-3 py-1.5 text-sm font-medium text-brand-700 ring-1 ring-zinc-200 hover:bg-zinc-50">
              {t('downloadCsv')}
            </a>
          </div>
          <div className={`overflow-x-auto ${box}`}>
            <table className="w-full text-sm" aria-label={t('title')}>
              <thead className="border-b border-zinc-200 bg-zinc-50 text-left text-zinc-700">
                <tr>
                  {column('number', t('invoice'))}
                  {column('issueDate', t('issueDate'))}
                  {column('dueDate', t('dueDate'))}
                  {column('total', t('total'), 'text-right')}
                  <th scope="col" className="px-3 py-2">
                    {t('statusColumn')}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-zinc-100">
                {list.rows.map((row) => (
                  <tr key={row.id}>
                    <td className="px-3 py-2">
                      <Link href={`/invoices/${row.id}`} className="font-medium text-brand-700 hover:underline">
                        {t('invoiceNumber', { number: row.number })}
                      </Link>
                    </td>
                    <td className="px-3 py-2 whitespace-nowrap">{formatDate(isoDate(row.issueDate), contact.dateFormat)}</td>
                    <td className="px-3 py-2 whitespace-nowrap">{formatDate(isoDate(row.dueDate), contact.dateFormat)}</td>
                    <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">{formatAmount(row.total, row.currency, contact.numberFormat)}</td>
                    <td className="px-3 py-2">
                      <InvoiceStatusBadge status={displayStatus(row, list.today)} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {list.pages > 1 && (
            <nav aria-label={t('pageOf', { page: list.page, pages: list.pages })} className="flex items-center justify-between text-sm">
              {list.page > 1 ? (
                <Link href={href({ page: list.page - 1 })} className="text-brand-700 hover:underline">
                  {t('previous')}
                </Link>
              ) : (
                <span />
              )}
              <span className="text-zinc-600">{t('pageOf', { page: list.page, pages: list.pages })}</span>
              {list.page < list.pages ? (
                <Link href={href({ page: list.page + 1 })} className="text-brand-700 hover:underline">
                  {t('next')}
                </Link>
              ) : (
                <span />
              )}
            </nav>
          )}
        </>
      )}
    </div>
  );
}
