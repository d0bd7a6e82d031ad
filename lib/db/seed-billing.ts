import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { invoiceTotals } from '@/lib/money';
import type { Db } from './client';
import { getDb } from './client';
import { companies, hourBlocks, invoiceLines, invoices, retainers, tenants, timeEntries, users, type InvoiceStatus } from './schema';

const dayOffset = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
/** The first day of the month `months` from this one. */
const monthStart = (months: number) => {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1)).toISOString().slice(0, 10);
};

type Line = { description: string; quantity: string; unitPrice: string; taxRate: string };

async function addInvoice(db: Db, tenantId: string, companyId: string, status: InvoiceStatus, issued: number, lines: Line[], extra: Partial<typeof invoices.$inferInsert> = {}) {
  const [{ number }] = await db
    .update(tenants)
    .set({ lastInvoiceNumber: sql`${tenants.lastInvoiceNumber} + 1` })
    .where(eq(tenants.id, tenantId))
    .returning({ number: tenants.lastInvoiceNumber });
  const totals = invoiceTotals(lines, 'USD');
  const [invoice] = await db
    .insert(invoices)
    .values({
      tenantId,
      companyId,
      number,
      issueDate: dayOffset(issued),
      dueDate: dayOffset(issued + 30),
      status,
      subtotal: totals.subtotal,
      taxTotal: totals.taxTotal,
      total: totals.total,
      paymentLink: status === 'draft' ? null : `https://pay.acme-services.example/invoice/${number}`,
      sentAt: status === 'draft' ? null : new Date(Date.now() + issued * 86_400_000),
      ...extra,
    })
    .returning();
  await db.insert(invoiceLines).values(lines.map((l, i) => ({ tenantId, invoiceId: invoice.id, position: i + 1, ...l, amount: totals.amounts[i] })));
  return invoice;
}

/**
 * Invoices, block hours and a retainer for Cool Air and The Loop: an invoice in each status (one sent invoice past
 * its due date, so Overdue), a block of 40 hours with time entries, and a retainer with three months of usage.
 */
export async function seedBilling(tenantSlug: string) {
  const db = await getDb();
  const [tenant] = await db.select().from(tenants).where(eq(tenants.slug, tenantSlug));
  const t = tenant.id;
  const [existing] = await db.select({ id: invoices.id }).from(invoices).where(eq(invoices.tenantId, t)).limit(1);
  if (existing) return;
  await db.update(tenants).set({ address: '100 Service Way\nSpringfield, IL 62701\nUnited States' }).where(eq(tenants.id, t));
  const company = async (name: string) => (await db.select().from(companies).where(and(eq(companies.tenantId, t), eq(companies.name, name))))[0];
  const [owner] = await db.select().from(users).where(and(eq(users.tenantId, t), eq(users.email, 'owner@acme.test')));

  for (const name of ['Cool Air', 'The Loop']) {
    const c = await company(name);
    const support: Line = { description: 'Managed support, monthly', quantity: '1', unitPrice: '1250.00', taxRate: '0' };
    const visit: Line = { description: 'On-site visit (hours)', quantity: '3.5', unitPrice: '95.00', taxRate: '8.875' };
    const parts: Line = { description: 'Replacement filters', quantity: '4', unitPrice: '18.99', taxRate: '8.875' };
    await addInvoice(db, t, c.id, 'paid', -75, [support, visit], { paidOn: dayOffset(-50), paymentReference: 'ACH 20931' });
    await addInvoice(db, t, c.id, 'sent', -40, [support]); // due 10 days ago: Overdue
    await addInvoice(db, t, c.id, 'sent', -5, [support, visit, parts]);
    await addInvoice(db, t, c.id, 'void', -60, [parts], { voidedAt: new Date(Date.now() - 55 * 86_400_000) });
    await addInvoice(db, t, c.id, 'draft', 0, [visit]);

    const [block] = await db
      .insert(hourBlocks)
      .values({ tenantId: t, companyId: c.id, name: '40-hour block', purchasedOn: dayOffset(-90), hours: '40', price: '3600.00', expiresOn: dayOffset(275) })
      .returning();
    const work = [
      [-80, '2.5', 'Mailbox migration'],
      [-61, '4', 'Firewall firmware update'],
      [-33, '1.25', 'New starter laptop set-up'],
      [-12, '3', 'Rooftop controller network fault'],
    ] as const;
    await db.insert(timeEntries).values(
      work.map(([day, h, description]) => ({ tenantId: t, companyId: c.id, blockId: block.id, workedOn: dayOffset(day), hours: h, userId: owner.id, workerName: owner.name ?? '', description })),
    );

    const [retainer] = await db
      .insert(retainers)
      .values({ tenantId: t, companyId: c.id, name: 'Monthly retainer', startsOn: monthStart(-3), monthlyHours: '10', rollover: name === 'Cool Air' })
      .returning();
    const usage = [
      [-3, ['6', '2.5']],
      [-2, ['8', '4.75']],
      [-1, ['3']],
    ] as const;
    for (const [month, entries] of usage) {
      await db.insert(timeEntries).values(
        entries.map((h, i) => ({
          tenantId: t,
          companyId: c.id,
          retainerId: retainer.id,
          workedOn: monthStart(month).slice(0, 8) + String(3 + i * 7).padStart(2, '0'),
          hours: h,
          userId: owner.id,
          workerName: owner.name ?? '',
          description: i === 0 ? 'Monthly maintenance' : 'User support',
        })),
      );
    }
    if (name === 'The Loop') await seedMoneyRetainer(db, t, c.id, owner);
  }
}

/** The Loop's money retainer: 1,500.00 USD a month at 125.00 an hour, with three months of billable (and one unbilled) entries. */
async function seedMoneyRetainer(db: Db, t: string, companyId: string, owner: { id: string; name: string | null }) {
  const [retainer] = await db
    .insert(retainers)
    .values({ tenantId: t, companyId, name: 'Support budget', startsOn: monthStart(-2), monthlyAmount: '1500.00', hourlyRate: '125.00', currency: 'USD', rollover: true })
    .returning();
  const usage = [
    [-2, '4.5', true, 'Network switch replacement'],
    [-2, '3', true, 'Backup restore test'],
    [-1, '10', true, 'Office move: cabling and desks'],
    [-1, '2', true, 'Printer fleet set-up'],
    [-1, '1', false, 'Warranty call (not billed)'],
    [0, '2.25', true, 'Wi-Fi survey'],
  ] as const;
  await db.insert(timeEntries).values(
    usage.map(([month, hours, billable, description], i) => ({
      tenantId: t,
      companyId,
      retainerId: retainer.id,
      workedOn: month === 0 ? monthStart(0) : monthStart(month).slice(0, 8) + String(2 + i).padStart(2, '0'),
      hours,
      billable,
      userId: owner.id,
      workerName: owner.name ?? '',
      description,
    })),
  );
}
