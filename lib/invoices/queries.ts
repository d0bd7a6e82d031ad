import 'server-only';
import { and, asc, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { getDb, type Db } from '@/lib/db/client';
import { companies, invoiceLines, invoices, tenants } from '@/lib/db/schema';
import type { InvoicePdfInput } from '@/lib/pdf/invoice';
import { DISPLAY_STATUSES, type DisplayStatus } from './status';

export const INVOICE_PAGE_SIZE = 50;

/** The SQL form of a shown status: Overdue and Sent split the stored 'sent' at today's date. */
function statusCondition(status: DisplayStatus, today: string): SQL | undefined {
  if (status === 'overdue') return and(eq(invoices.status, 'sent'), lt(invoices.dueDate, today));
  if (status === 'sent') return and(eq(invoices.status, 'sent'), gte(invoices.dueDate, today));
  return eq(invoices.status, status);
}

export type StaffInvoiceFilter = { tenantId: string; companyId?: string | null; status?: DisplayStatus | null; today: string };

/** The staff list's filters from the URL (the page's form and its CSV link): a company id and a shown status, else all. */
export function parseStaffInvoiceFilter(params: { company?: string | string[] | null; status?: string | string[] | null }) {
  return {
    companyId: z.uuid().safeParse(params.company).data ?? null,
    status: DISPLAY_STATUSES.find((s) => s === params.status) ?? null,
  };
}

const staffListColumns = {
  id: invoices.id,
  number: invoices.number,
  companyId: invoices.companyId,
  company: companies.name,
  issueDate: invoices.issueDate,
  dueDate: invoices.dueDate,
  currency: invoices.currency,
  subtotal: invoices.subtotal,
  taxTotal: invoices.taxTotal,
  total: invoices.total,
  status: invoices.status,
  creditNoteOfId: invoices.creditNoteOfId,
};

const staffListWhere = ({ tenantId, companyId, status, today }: StaffInvoiceFilter) =>
  and(eq(invoices.tenantId, tenantId), companyId ? eq(invoices.companyId, companyId) : undefined, status ? statusCondition(status, today) : undefined);

async function staffInvoiceRows(filter: StaffInvoiceFilter, page?: { limit: number; offset: number }) {
  const db = await getDb();
  const query = db
    .select(staffListColumns)
    .from(invoices)
    .innerJoin(companies, and(eq(companies.id, invoices.companyId), eq(companies.tenantId, filter.tenantId)))
    .where(staffListWhere(filter))
    .orderBy(desc(invoices.number))
    .$dynamic();
  return page ? query.limit(page.limit).offset(page.offset) : query;
}

/** Staff list: this tenant's invoices, newest number first, optionally one company and one shown status; paged in SQL. */
export async function listInvoices({ page = 1, pageSize = INVOICE_PAGE_SIZE, ...filter }: StaffInvoiceFilter & { page?: number; pageSize?: number }) {
  const db = await getDb();
  const [rows, [{ total }]] = await Promise.all([
    staffInvoiceRows(filter, { limit: pageSize, offset: (Math.max(1, page) - 1) * pageSize }),
    db.select({ total: count() }).from(invoices).where(staffListWhere(filter)),
  ]);
  return { rows, total, page: Math.max(1, page), pageSize };
}

/** Every invoice the staff list shows under the same filters (all pages), for its CSV. */
export const exportInvoices = (filter: StaffInvoiceFilter) => staffInvoiceRows(filter);

/** One invoice of this tenant with its lines, company and credit-note links (null: not this tenant's, or none). */
export async function getInvoiceForStaff({ tenantId, invoiceId }: { tenantId: string; invoiceId: string }, db?: Db) {
  const conn = db ?? (await getDb());
  const [row] = await conn
    .select({ invoice: invoices, company: { id: companies.id, name: companies.name } })
    .from(invoices)
    .innerJoin(companies, eq(companies.id, invoices.companyId))
    .where(and(eq(invoices.tenantId, tenantId), eq(invoices.id, invoiceId)));
  if (!row) return null;
  const [lines, creditNoteOf, creditNotes] = await Promise.all([
    conn
      .select()
      .from(invoiceLines)
      .where(and(eq(invoiceLines.tenantId, tenantId), eq(invoiceLines.invoiceId, invoiceId)))
      .orderBy(asc(invoiceLines.position)),
    row.invoice.creditNoteOfId
      ? conn
          .select({ id: invoices.id, number: invoices.number })
          .from(invoices)
          .where(and(eq(invoices.tenantId, tenantId), eq(invoices.id, row.invoice.creditNoteOfId)))
          .then((r) => r[0] ?? null)
      : Promise.resolve(null),
    conn
      .select({ id: invoices.id, number: invoices.number })
      .from(invoices)
      .where(and(eq(invoices.tenantId, tenantId), eq(invoices.creditNoteOfId, invoiceId))),
  ]);
  return { ...row, lines, creditNoteOf, creditNotes };
}

/** What the PDF of an invoice carries (tenant name and address, company, lines, totals). */
export async function invoicePdfInputFor({ tenantId, invoiceId }: { tenantId: string; invoiceId: string }, db?: Db): Promise<InvoicePdfInput | null> {
  const conn = db ?? (await getDb());
  const found = await getInvoiceForStaff({ tenantId, invoiceId }, conn);
  if (!found) return null;
  const [tenant] = await conn.select({ name: tenants.name, address: tenants.address }).from(tenants).where(eq(tenants.id, tenantId));
  const { invoice, company, lines, creditNoteOf } = found;
  return {
    tenant,
    company: { name: company.name },
    invoice: {
      number: invoice.number,
      issueDate: invoice.issueDate,
      dueDate: invoice.dueDate,
      currency: invoice.currency,
      status: invoice.status,
      notes: invoice.notes,
      paymentLink: invoice.paymentLink,
      subtotal: invoice.subtotal,
      taxTotal: invoice.taxTotal,
      total: invoice.total,
      creditNoteOfNumber: creditNoteOf?.number ?? null,
    },
    lines: lines.map((l) => ({ description: l.description, quantity: l.quantity, unitPrice: l.unitPrice, taxRate: l.taxRate, amount: l.amount })),
  };
}

export const invoiceFileName = (number: number, creditNote = false) => `${creditNote ? 'credit-note' : 'invoice'}-${number}.pdf`;
