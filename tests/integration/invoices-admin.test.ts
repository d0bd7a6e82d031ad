/**
 * Invoices, staff side (issue 12): per-tenant numbers, exact totals, draft-only edits, Send (PDF attached, pay
 * link, billing contact), Mark as paid, Void with a credit note, audit rows, view-only staff and other tenants
 * refused with nothing changed, and per-field errors for bad input.
 */
import { and, desc, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { auditLog, companies, emailAttachments, emailOutbox, invoiceLines, invoices, tenants } from '@/lib/db/schema';
import type { StaffContext } from '@/lib/errors';
import { demo } from '../support/demo';
import { staffOp } from '../support/work';

const request = vi.hoisted(() => ({ staff: null as null | { tenant: unknown; user: unknown; sessionToken: string } }));
vi.mock('next/headers', () => ({
  cookies: async () => ({ get: () => undefined }),
  headers: async () => new Headers({ host: 'acme.admin.localhost:3000', 'x-forwarded-for': '203.0.113.9' }),
}));
vi.mock('next/cache', () => ({ refresh: () => {} }));
vi.mock('@/lib/auth/staff', () => ({ getStaff: async () => request.staff, can: (u: { permissions: string[] }, p: string) => u.permissions.includes(p) }));

const { ActionError, NotFoundError } = await import('@/lib/errors');
const service = await import('@/lib/invoices/service');
const queries = await import('@/lib/invoices/queries');
const { invoiceSchema } = await import('@/lib/invoices/schemas');
const actions = await import('@/app/s/[tenant]/admin/(shell)/invoices/actions');
const pdfRoute = await import('@/app/s/[tenant]/admin/(shell)/invoices/[invoiceId]/pdf/route');
const attachmentRoute = await import('@/app/s/[tenant]/admin/(shell)/outbox/attachments/[attachmentId]/route');

const create = staffOp(service.createInvoice, 'invoices.edit', 'invoice.create');
const update = staffOp(service.updateInvoice, 'invoices.edit', 'invoice.update');
const send = staffOp(service.sendInvoice, 'invoices.edit', 'invoice.send');
const markPaid = staffOp(service.markInvoicePaid, 'invoices.edit', 'invoice.mark_paid');
const voidIt = staffOp(service.voidInvoice, 'invoices.edit', 'invoice.void');
const resend = staffOp(service.resendInvoice, 'invoices.edit', 'invoice.resend');

const LINES = [
  { description: 'Maintenance visit', quantity: '1.5', unitPrice: '10.01', taxRate: '0' },
  { description: 'Filter', quantity: '1', unitPrice: '0.10', taxRate: '5' },
  { description: 'Filter', quantity: '1', unitPrice: '0.10', taxRate: '5' },
  { description: 'Filter', quantity: '1', unitPrice: '0.10', taxRate: '5' },
];

async function setup() {
  const d = await demo();
  const owner: StaffContext = { tenant: d.acme, user: await d.staff(d.acme.id, 'owner@acme.test') };
  const helpdesk: StaffContext = { tenant: d.acme, user: await d.staff(d.acme.id, 'helpdesk@acme.test') };
  const globexOwner: StaffContext = { tenant: d.globex, user: await d.staff(d.globex.id, 'owner@globex.test') };
  const nataliya = await d.contact(d.acme.id, 'nataliya@coolair.com');
  const coolAir = nataliya.companyId!;
  const [globexCompany] = await d.db.select().from(companies).where(eq(companies.tenantId, d.globex.id)).limit(1);
  const input = (extra: Record<string, unknown> = {}) =>
    invoiceSchema.parse({
      companyId: coolAir,
      issueDate: '2026-03-01',
      dueDate: '2026-03-31',
      currency: 'USD',
      lines: JSON.stringify(LINES),
      paymentLink: 'https://pay.acme-services.example/invoice/test',
      notes: 'Thank you.',
      ...extra,
    });
  const raw = async (id: string) => (await d.db.select().from(invoices).where(eq(invoices.id, id)))[0];
  const linesOf = (id: string) => d.db.select().from(invoiceLines).where(eq(invoiceLines.invoiceId, id)).orderBy(invoiceLines.position);
  const auditOf = (id: string) => d.db.select().from(auditLog).where(and(eq(auditLog.tenantId, d.acme.id), eq(auditLog.targetId, id)));
  const signIn = (ctx: StaffContext) => {
    request.staff = { ...ctx, sessionToken: 'test' };
  };
  return { ...d, owner, helpdesk, globexOwner, nataliya, coolAir, globexCompany, input, raw, linesOf, auditOf, signIn };
}

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

describe('numbers and totals', () => {
  it('numbers are per tenant, unique and increasing', async () => {
    const s = await setup();
    const a = await create(s.owner, s.input());
    const b = await create(s.owner, s.input());
    expect(b.number).toBe(a.number + 1);
    const g = await create(s.globexOwner, s.input({ companyId: s.globexCompany.id }));
    const acmeNumbers = (await s.db.select({ n: invoices.number }).from(invoices).where(eq(invoices.tenantId, s.acme.id))).map((r) => r.n);
    expect(new Set(acmeNumbers).size).toBe(acmeNumbers.length);
    expect(g.number).toBeLessThan(a.number); // globex has its own, shorter sequence (no seeded invoices)
    const c = await create(s.owner, s.input());
    expect(c.number).toBe(b.number + 1);
  });

  it('totals are exact: amounts half-up per line, tax per rate, stored as strings', async () => {
    const s = await setup();
    const inv = await create(s.owner, s.input());
    const stored = await s.raw(inv.id);
    expect(stored).toMatchObject({ subtotal: '15.32', taxTotal: '0.02', total: '15.34', status: 'draft' });
    expect((await s.linesOf(inv.id)).map((l) => l.amount)).toEqual(['15.02', '0.10', '0.10', '0.10']) // 15.015 → 15.02;
    const yen = await create(s.owner, s.input({ currency: 'JPY', lines: JSON.stringify([{ description: 'Hours', quantity: '1.5', unitPrice: '333', taxRate: '10' }]) }));
    expect(await s.raw(yen.id)).toMatchObject({ subtotal: '500.00', taxTotal: '50.00', total: '550.00' });
    expect((await s.auditOf(inv.id)).map((a) => a.action)).toEqual(['invoice.create']);
  });
});

describe('draft-only edits and the status rules', () => {
  it('a draft is edited (lines replaced, totals recomputed); a sent invoice is not', async () => {
    const s = await setup();
    const inv = await create(s.owner, s.input());
    await update(s.owner, inv.id, s.input({ lines: JSON.stringify([{ description: 'Repair', quantity: '2', unitPrice: '50', taxRate: '10' }]) }));
    expect(await s.raw(inv.id)).toMatchObject({ subtotal: '100.00', taxTotal: '10.00', total: '110.00' });
    expect(await s.linesOf(inv.id)).toHaveLength(1);
    await send(s.owner, inv.id);
    await expect(update(s.owner, inv.id, s.input())).rejects.toThrow(service.NOT_DRAFT);
    expect(await s.raw(inv.id)).toMatchObject({ total: '110.00', status: 'sent' });
    expect((await s.auditOf(inv.id)).map((a) => a.action).sort()).toEqual(['invoice.create', 'invoice.send', 'invoice.update']);
  });

  it('send only a draft; mark as paid only a sent invoice; void only a sent one', async () => {
    const s = await setup();
    const inv = await create(s.owner, s.input());
    await expect(markPaid(s.owner, { invoiceId: inv.id, paidOn: '2026-03-10', paymentReference: 'X' })).rejects.toThrow(service.NOT_SENT_FOR_PAYMENT);
    await expect(voidIt(s.owner, inv.id)).rejects.toThrow(service.NOT_SENT_FOR_VOID);
    await send(s.owner, inv.id);
    await expect(send(s.owner, inv.id)).rejects.toThrow(service.ALREADY_SENT);
    await expect(markPaid(s.owner, { invoiceId: inv.id, paidOn: '2026-02-01', paymentReference: 'X' })).rejects.toThrow(ActionError);
    await markPaid(s.owner, { invoiceId: inv.id, paidOn: '2026-03-10', paymentReference: 'WIRE-123' });
    expect(await s.raw(inv.id)).toMatchObject({ status: 'paid', paidOn: '2026-03-10', paymentReference: 'WIRE-123' });
    await expect(voidIt(s.owner, inv.id)).rejects.toThrow(service.NOT_SENT_FOR_VOID);
    await expect(markPaid(s.owner, { invoiceId: inv.id, paidOn: '2026-03-11', paymentReference: 'again' })).rejects.toThrow(service.NOT_SENT_FOR_PAYMENT);
    expect((await s.auditOf(inv.id)).filter((a) => a.action === 'invoice.mark_paid')).toHaveLength(1);
  });

  it('void: the invoice becomes void and a credit note mirrors it with negative amounts, status sent', async () => {
    const s = await setup();
    const inv = await create(s.owner, s.input());
    await send(s.owner, inv.id);
    const { creditNote } = await voidIt(s.owner, inv.id);
    expect(await s.raw(inv.id)).toMatchObject({ status: 'void' });
    expect((await s.raw(inv.id)).voidedAt).toBeInstanceOf(Date);
    const credit = await s.raw(creditNote.id);
    expect(credit).toMatchObject({ status: 'sent', creditNoteOfId: inv.id, subtotal: '-15.32', taxTotal: '-0.02', total: '-15.34', companyId: s.coolAir, currency: 'USD' });
    expect(credit.number).toBeGreaterThan(inv.number);
    expect((await s.linesOf(creditNote.id)).map((l) => [l.quantity, l.amount])).toEqual([
      ['-1.500', '-15.02'],
      ['-1.000', '-0.10'],
      ['-1.000', '-0.10'],
      ['-1.000', '-0.10'],
    ]);
    await expect(voidIt(s.owner, creditNote.id)).rejects.toThrow('A credit note cannot be voided.');
    expect((await s.auditOf(inv.id)).map((a) => a.action)).toContain('invoice.void');
    const staffView = await queries.getInvoiceForStaff({ tenantId: s.acme.id, invoiceId: inv.id });
    expect(staffView!.creditNotes.map((c) => c.id)).toEqual([creditNote.id]);
  });
});

describe('send: e-mail with the PDF and the pay link', () => {
  it('goes to the billing contact (or the primary contact), with the PDF attached and the pay link', async () => {
    const s = await setup();
    const inv = await create(s.owner, s.input());
    await send(s.owner, inv.id);
    const [mail] = await s.db.select().from(emailOutbox).where(and(eq(emailOutbox.tenantId, s.acme.id), eq(emailOutbox.template, 'invoice'))).orderBy(desc(emailOutbox.createdAt)).limit(1);
    expect(mail.to).toBe('nataliya@coolair.com'); // Cool Air has no billing contact: its primary contact
    expect(mail.subject).toBe(`Invoice #${inv.number} from ${s.acme.name}`);
    expect(mail.html).toContain('https://pay.acme-services.example/invoice/test');
    expect(mail.text).toContain('$15.34');
    const files = await s.db.select().from(emailAttachments).where(eq(emailAttachments.emailId, mail.id));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({ fileName: `invoice-${inv.number}.pdf`, contentType: 'application/pdf' });
    expect(Buffer.from(files[0].data).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await s.raw(inv.id)).sentAt).toBeInstanceOf(Date);

    // the outbox download: staff with organization settings; another tenant's staff get nothing
    const get = (ctx: StaffContext) => {
      s.signIn(ctx);
      return attachmentRoute.GET(new Request('http://x'), { params: Promise.resolve({ attachmentId: files[0].id }) });
    };
    const ok = await get(s.owner);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('cache-control')).toBe('private, no-store');
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await ok.arrayBuffer()).equals(Buffer.from(files[0].data))).toBe(true);
    expect((await get(s.helpdesk)).status).toBe(404);
    expect((await get(s.globexOwner)).status).toBe(404);
  });

  it('Resend: a sent or overdue invoice is e-mailed again with its PDF, audited; a draft or a paid one is refused', async () => {
    const s = await setup();
    const mails = (subject: string) => s.db.select().from(emailOutbox).where(and(eq(emailOutbox.tenantId, s.acme.id), eq(emailOutbox.subject, subject)));
    const draft = await create(s.owner, s.input());
    await expect(resend(s.owner, draft.id)).rejects.toThrow(service.NOT_SENT_FOR_RESEND);
    const overdue = await create(s.owner, s.input({ issueDate: '2025-01-01', dueDate: '2025-01-31' }));
    await send(s.owner, overdue.id);
    const before = await s.raw(overdue.id);
    await resend(s.owner, overdue.id);
    const subject = `Invoice #${overdue.number} from ${s.acme.name}`;
    const sent = await mails(subject);
    expect(sent).toHaveLength(2);
    expect(sent.every((m) => m.to === 'nataliya@coolair.com')).toBe(true);
    const files = await s.db.select().from(emailAttachments).where(eq(emailAttachments.emailId, sent[1].id));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({ fileName: `invoice-${overdue.number}.pdf`, contentType: 'application/pdf' });
    expect(sent[1].html).toContain('https://pay.acme-services.example/invoice/test');
    expect(await s.raw(overdue.id)).toEqual(before);
    const audit = (await s.auditOf(overdue.id)).filter((a) => a.action === 'invoice.resend');
    expect(audit).toHaveLength(1);
    expect(audit[0].details).toMatchObject({ number: overdue.number, to: 'nataliya@coolair.com' });

    await markPaid(s.owner, { invoiceId: overdue.id, paidOn: '2025-02-01', paymentReference: 'x' });
    await expect(resend(s.owner, overdue.id)).rejects.toThrow(service.NOT_SENT_FOR_RESEND);
    await expect(resend(s.helpdesk, overdue.id)).rejects.toThrow(ActionError);
    await expect(resend(s.globexOwner, overdue.id)).rejects.toThrow(NotFoundError);
    expect(await mails(subject)).toHaveLength(2);
  });

  it('Void e-mails the credit note, its PDF attached, to the billing contact', async () => {
    const s = await setup();
    const inv = await create(s.owner, s.input());
    await send(s.owner, inv.id);
    const { creditNote } = await voidIt(s.owner, inv.id);
    const [mail] = await s.db.select().from(emailOutbox).where(eq(emailOutbox.subject, `Credit note #${creditNote.number} from ${s.acme.name}`));
    expect(mail.to).toBe('nataliya@coolair.com');
    const files = await s.db.select().from(emailAttachments).where(eq(emailAttachments.emailId, mail.id));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({ fileName: `credit-note-${creditNote.number}.pdf`, contentType: 'application/pdf' });
    expect(Buffer.from(files[0].data).subarray(0, 5).toString()).toBe('%PDF-');
    const [audit] = (await s.auditOf(inv.id)).filter((a) => a.action === 'invoice.void');
    expect(audit.details).toMatchObject({ creditNoteNumber: creditNote.number, mailedTo: 'nataliya@coolair.com' });
  });

  it('a billing contact, when set, is the recipient; no contact with an address refuses and nothing changes', async () => {
    const s = await setup();
    const franco = await s.contact(s.acme.id, 'franco@coolair.com');
    await s.db.update(companies).set({ billingContactId: franco.id }).where(eq(companies.id, s.coolAir));
    try {
      const inv = await create(s.owner, s.input());
      await send(s.owner, inv.id);
      const [mail] = await s.db.select().from(emailOutbox).where(eq(emailOutbox.subject, `Invoice #${inv.number} from ${s.acme.name}`));
      expect(mail.to).toBe('franco@coolair.com');
    } finally {
      await s.db.update(companies).set({ billingContactId: null }).where(eq(companies.id, s.coolAir));
    }
    const [lonely] = await s.db.insert(companies).values({ tenantId: s.acme.id, name: `No contacts ${Date.now()}` }).returning();
    const inv = await create(s.owner, s.input({ companyId: lonely.id }));
    await expect(send(s.owner, inv.id)).rejects.toThrow(service.NO_RECIPIENT);
    expect(await s.raw(inv.id)).toMatchObject({ status: 'draft', sentAt: null });
  });

  it('the staff PDF download is the same bytes every time; another tenant gets 404', async () => {
    const s = await setup();
    const inv = await create(s.owner, s.input());
    const get = (ctx: StaffContext, id = inv.id) => {
      s.signIn(ctx);
      return pdfRoute.GET(new Request('http://x'), { params: Promise.resolve({ invoiceId: id }) });
    };
    const a = await get(s.helpdesk); // any staff may read
    expect(a.status).toBe(200);
    expect(a.headers.get('content-type')).toBe('application/pdf');
    expect(a.headers.get('cache-control')).toBe('private, no-store');
    const b = await get(s.owner);
    expect(Buffer.from(await a.arrayBuffer()).equals(Buffer.from(await b.arrayBuffer()))).toBe(true);
    expect((await get(s.globexOwner)).status).toBe(404);
    expect((await get(s.owner, 'not-a-uuid')).status).toBe(404);
  });
});

describe('refusals', () => {
  it('view-only staff are refused every change and nothing changes', async () => {
    const s = await setup();
    const inv = await create(s.owner, s.input());
    const before = await s.raw(inv.id);
    s.signIn(s.helpdesk);
    for (const [action, fields] of [
      [actions.createInvoiceAction, { companyId: s.coolAir, issueDate: '2026-03-01', dueDate: '2026-03-31', currency: 'USD', lines: JSON.stringify(LINES) }],
      [actions.updateInvoiceAction, { invoiceId: inv.id, companyId: s.coolAir, issueDate: '2026-03-01', dueDate: '2026-03-31', currency: 'USD', lines: JSON.stringify(LINES) }],
      [actions.sendInvoiceAction, { invoiceId: inv.id }],
      [actions.voidInvoiceAction, { invoiceId: inv.id }],
      [actions.resendInvoiceAction, { invoiceId: inv.id }],
      [actions.markInvoicePaidAction, { invoiceId: inv.id, paidOn: '2026-03-10', paymentReference: 'X' }],
    ] as const) {
      const state = await action({}, form(fields));
      expect(state.error).toBe('You do not have permission to edit invoices.');
    }
    expect(await s.raw(inv.id)).toEqual(before);
    await expect(send(s.helpdesk, inv.id)).rejects.toThrow(ActionError);
    expect((await s.auditOf(inv.id)).map((a) => a.action)).toEqual(['invoice.create']);
  });

  it("another tenant's invoice or company is not found, and nothing changes", async () => {
    const s = await setup();
    const inv = await create(s.owner, s.input());
    const before = await s.raw(inv.id);
    for (const attempt of [() => send(s.globexOwner, inv.id), () => voidIt(s.globexOwner, inv.id), () => update(s.globexOwner, inv.id, s.input({ companyId: s.globexCompany.id }))]) {
      await expect(attempt()).rejects.toThrow(NotFoundError);
    }
    await expect(markPaid(s.globexOwner, { invoiceId: inv.id, paidOn: '2026-03-10', paymentReference: 'X' })).rejects.toThrow(NotFoundError);
    expect(await s.raw(inv.id)).toEqual(before);
    expect(await queries.getInvoiceForStaff({ tenantId: s.globex.id, invoiceId: inv.id })).toBeNull();
    expect((await queries.listInvoices({ tenantId: s.globex.id, companyId: s.coolAir, today: '2026-03-15' })).total).toBe(0);
    // acme staff cannot invoice globex's company
    s.signIn(s.owner);
    const state = await actions.createInvoiceAction({}, form({ companyId: s.globexCompany.id, issueDate: '2026-03-01', dueDate: '2026-03-31', currency: 'USD', lines: JSON.stringify(LINES) }));
    expect(state.fieldErrors?.companyId).toEqual(['Choose a company.']);
  });

  it('bad input gives per-field errors and writes nothing', async () => {
    const s = await setup();
    s.signIn(s.owner);
    const count = async () => (await s.db.select({ id: invoices.id }).from(invoices).where(eq(invoices.tenantId, s.acme.id))).length;
    const lastNumber = async () => (await s.db.select({ n: tenants.lastInvoiceNumber }).from(tenants).where(eq(tenants.id, s.acme.id)))[0].n;
    const numberBefore = await lastNumber();
    const before = await count();
    const state = await actions.createInvoiceAction(
      {},
      form({
        companyId: s.coolAir,
        issueDate: '2026-03-10',
        dueDate: '2026-03-01',
        currency: 'XXX',
        paymentLink: 'http://pay.example/1',
        lines: JSON.stringify([
          { description: '', quantity: '0', unitPrice: '-1', taxRate: '101' },
          { description: 'ok', quantity: '1.2345', unitPrice: '1.001', taxRate: '5' },
          { description: 'words', quantity: 'abc', unitPrice: '1', taxRate: 'lots' },
        ]),
      }),
    );
    expect(state.fieldErrors?.currency).toEqual(['Choose a currency.']);
    expect(state.fieldErrors?.paymentLink).toEqual(['The payment link must be a full https:// address (not http).']);
    expect(state.fieldErrors).toMatchObject({
      'lines.0.description': ['Enter a description.'],
      'lines.0.quantity': ['The quantity must be more than 0.'],
      'lines.0.unitPrice': ['Enter the unit price as a number with at most 2 decimals, 0 or more.'],
      'lines.0.taxRate': ['The tax rate cannot be more than 100%.'],
      'lines.1.quantity': ['Enter the quantity as a number with at most 3 decimals.'],
      'lines.1.unitPrice': ['Enter the unit price as a number with at most 2 decimals, 0 or more.'],
    });
    expect(state.fieldErrors?.['lines.1.description']).toBeUndefined();
    expect(state.fieldErrors?.['lines.2.quantity']).toEqual(['Enter the quantity as a number with at most 3 decimals.']);
    expect(state.fieldErrors?.['lines.2.taxRate']).toEqual(['Enter the tax rate as a percentage from 0 to 100.']);
    const dates = await actions.createInvoiceAction({}, form({ companyId: s.coolAir, issueDate: '2026-03-10', dueDate: '2026-03-01', currency: 'USD', lines: JSON.stringify(LINES) }));
    expect(dates.fieldErrors?.dueDate).toEqual(['The due date cannot be before the issue date.']);
    const none = await actions.createInvoiceAction({}, form({ companyId: s.coolAir, issueDate: '2026-03-01', dueDate: '2026-03-01', currency: 'USD', lines: '[]' }));
    expect(none.fieldErrors?.lines).toEqual(['Add at least one line.']);
    const junk = await actions.createInvoiceAction({}, form({ companyId: 'x', issueDate: 'soon', dueDate: '', currency: 'USD', lines: '{not json' }));
    expect(Object.keys(junk.fieldErrors ?? {}).sort()).toEqual(['companyId', 'dueDate', 'issueDate', 'lines']);
    const tooMany = await actions.createInvoiceAction(
      {},
      form({ companyId: s.coolAir, issueDate: '2026-03-01', dueDate: '2026-03-01', currency: 'USD', lines: JSON.stringify(Array.from({ length: 101 }, () => LINES[0])) }),
    );
    expect(tooMany.fieldErrors?.lines).toEqual(['An invoice has at most 100 lines.']);
    const paid = await actions.markInvoicePaidAction({}, form({ invoiceId: (await create(s.owner, s.input())).id, paidOn: 'yesterday', paymentReference: '' }));
    expect(Object.keys(paid.fieldErrors ?? {}).sort()).toEqual(['paidOn', 'paymentReference']);
    expect(await count()).toBe(before + 1); // only the invoice created for the last check
    expect(await lastNumber()).toBe(numberBefore + 1); // refused forms took no number
  });

  it('lists filter by company and shown status (Overdue computed), paged in SQL', async () => {
    const s = await setup();
    const today = new Date().toISOString().slice(0, 10);
    const overdue = await queries.listInvoices({ tenantId: s.acme.id, companyId: s.coolAir, status: 'overdue', today });
    expect(overdue.total).toBeGreaterThan(0);
    expect(overdue.rows.every((r) => r.status === 'sent' && r.dueDate < today)).toBe(true);
    const sent = await queries.listInvoices({ tenantId: s.acme.id, status: 'sent', today });
    expect(sent.rows.every((r) => r.status === 'sent' && r.dueDate >= today)).toBe(true);
    const page1 = await queries.listInvoices({ tenantId: s.acme.id, today, pageSize: 2 });
    const page2 = await queries.listInvoices({ tenantId: s.acme.id, today, pageSize: 2, page: 2 });
    expect(page1.rows).toHaveLength(2);
    expect(page2.rows[0].number).toBeLessThan(page1.rows[1].number);
    expect(page1.total).toBeGreaterThan(2);
  });
});
