import 'server-only';
import { and, asc, count, desc, eq, gte, lt, ne, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { invoiceLines, invoices, type InvoiceStatus } from '@/lib/db/schema';
import type { InvoicePdfInput } from '@/lib/pdf/invoice';
import { may, type Viewer } from '@/lib/portal/access';
import { PORTAL_STATUS_FILTERS, todayIso, type PortalStatusFilter } from './portal-status';
import { invoicePdfInputFor } from './queries';

/**
 * The client side of invoices (issue 12): what a portal user may see, only ever through `visibleInvoices`.
 * A level without "invoices.view", another company's, another tenant's and every draft invoice: never listed,
 * never counted, never opened, never downloaded.
 */
export function visibleInvoices(viewer: Viewer): SQL {
  if (!may(viewer, 'invoices.view')) return sql`false`;
  return and(eq(invoices.tenantId, viewer.tenantId), eq(invoices.companyId, viewer.companyId), ne(invoices.status, 'draft'))!;
}

export const INVOICE_SORTS = ['number', 'issueDate', 'dueDate', 'total'] as const;
export type InvoiceSort = (typeof INVOICE_SORTS)[number];
export type SortDirection = 'asc' | 'desc';
export const INVOICE_PAGE_SIZE = 20;

export type InvoiceListQuery = { status?: PortalStatusFilter; sort?: InvoiceSort; dir?: SortDirection; page?: number; today?: string };

/** Raw URL values to a list query; anything unknown falls back to the default (all statuses, newest first, page 1). */
export function parseInvoiceQuery(params: Record<string, string | string[] | undefined>): Required<Omit<InvoiceListQuery, 'today' | 'status'>> & { status?: PortalStatusFilter } {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const status = one(params.status);
  const sort = one(params.sort);
  const page = Number.parseInt(one(params.page) ?? '', 10);
  return {
    status: (PORTAL_STATUS_FILTERS as readonly string[]).includes(status ?? '') ? (status as PortalStatusFilter) : undefined,
    sort: (INVOICE_SORTS as readonly string[]).includes(sort ?? '') ? (sort as InvoiceSort) : 'issueDate',
    dir: one(params.dir) === 'asc' ? 'asc' : 'desc',
    page: Number.isSafeInteger(page) && page > 0 ? page : 1,
  };
}

function statusCondition(status: PortalStatusFilter | undefined, today: string): SQL | undefined {
  if (status === 'overdue') return and(eq(invoices.status, 'sent'), lt(invoices.dueDate, today));
  if (status === 'sent') return and(eq(invoices.status, 'sent'), gte(invoices.dueDate, today));
  if (status) return eq(invoices.status, status);
  return undefined;
}

const listColumns = {
  id: invoices.id,
  number: invoices.number,
  issueDate: invoices.issueDate,
  dueDate: invoices.dueDate,
  currency: invoices.currency,
  status: invoices.status,
  total: invoices.total,
};
export type PortalInvoiceRow = { id: string; number: number; issueDate: string; dueDate: string; currency: string; status: InvoiceStatus; total: string };

function portalListQuery(viewer: Viewer, query: InvoiceListQuery, today: string) {
  const column = { number: invoices.number, issueDate: invoices.issueDate, dueDate: invoices.dueDate, total: invoices.total }[query.sort ?? 'issueDate'];
  const order = query.dir === 'asc' ? asc : desc;
  return { where: and(visibleInvoices(viewer), statusCondition(query.status, today)), orderBy: [order(column), order(invoices.number)] };
}

/** One page of the viewer's invoices, filtered and sorted in SQL, with the count of all that match the filter. */
export async function listPortalInvoices(viewer: Viewer, query: InvoiceListQuery = {}) {
  const db = await getDb();
  const today = query.today ?? todayIso();
  const { where, orderBy } = portalListQuery(viewer, query, today);
  const [{ total }] = await db.select({ total: count() }).from(invoices).where(where);
  const pages = Math.max(1, Math.ceil(total / INVOICE_PAGE_SIZE));
  const page = Math.min(Math.max(1, query.page ?? 1), pages);
  const rows: PortalInvoiceRow[] = await db
    .select(listColumns)
    .from(invoices)
    .where(where)
    .orderBy(...orderBy)
    .limit(INVOICE_PAGE_SIZE)
    .offset((page - 1) * INVOICE_PAGE_SIZE);
  return { rows, total, page, pages, pageSize: INVOICE_PAGE_SIZE, today };
}

/** Every invoice of the viewer's list under the same filter and sort (all pages), for its CSV. */
export async function exportPortalInvoices(viewer: Viewer, query: Omit<InvoiceListQuery, 'page'> = {}) {
  const db = await getDb();
  const today = query.today ?? todayIso();
  const { where, orderBy } = portalListQuery(viewer, query, today);
  const rows: PortalInvoiceRow[] = await db.select(listColumns).from(invoices).where(where).orderBy(...orderBy);
  return { rows, today };
}

/** One invoice the viewer may see, with its lines in order; null otherwise (also for an id that is not a uuid). */
export async function findPortalInvoice(viewer: Viewer, invoiceId: string) {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(invoiceId)) return null;
  const db = await getDb();
  const [invoice] = await db
    .select({
      ...listColumns,
      paymentLink: invoices.paymentLink,
      notes: invoices.notes,
      subtotal: invoices.subtotal,
      taxTotal: invoices.taxTotal,
      paidOn: invoices.paidOn,
      creditNoteOfId: invoices.creditNoteOfId,
    })
    .from(invoices)
    .where(and(eq(invoices.id, invoiceId), visibleInvoices(viewer)));
  if (!invoice) return null;
  const lines = await db
    .select({ description: invoiceLines.description, quantity: invoiceLines.quantity, unitPrice: invoiceLines.unitPrice, taxRate: invoiceLines.taxRate, amount: invoiceLines.amount })
    .from(invoiceLines)
    .where(and(eq(invoiceLines.tenantId, viewer.tenantId), eq(invoiceLines.invoiceId, invoice.id)))
    .orderBy(asc(invoiceLines.position));
  let creditNoteOfNumber: number | null = null;
  if (invoice.creditNoteOfId) {
    const [original] = await db
      .select({ number: invoices.number })
      .from(invoices)
      .where(and(eq(invoices.id, invoice.creditNoteOfId), eq(invoices.tenantId, viewer.tenantId)));
    creditNoteOfNumber = original?.number ?? null;
  }
  return { invoice: { ...invoice, creditNoteOfNumber }, lines };
}

/** What the invoice PDF prints, for an invoice the viewer may see (the same document staff send); null otherwise. */
export async function portalInvoicePdfData(viewer: Viewer, invoiceId: string): Promise<InvoicePdfInput | null> {
  if (!(await findPortalInvoice(viewer, invoiceId))) return null;
  return invoicePdfInputFor({ tenantId: viewer.tenantId, invoiceId });
}
