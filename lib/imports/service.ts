import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { ActionState } from '@/lib/action-state';
import { companies, hourBlocks, invoiceLines, invoices, projects, retainers, tenants, tickets, timeEntries } from '@/lib/db/schema';
import type { StaffWork } from '@/lib/pipeline';
import { formatHours, formatMoney, sum } from '@/lib/money';
import { planImport, type Directory, type ImportPlan } from './plan';
import type { ImportKind } from './schemas';

type Work = StaffWork<'invoices.edit'>;
const BATCH = 500;

/** The tenant's companies, their blocks, retainers, tickets and projects, and taken invoice numbers: all a file's names are looked up in. */
async function directoryOf(w: Work): Promise<Directory> {
  const tenantId = w.tenant.id;
  const [companyRows, blockRows, retainerRows, ticketRows, projectRows, numberRows] = await Promise.all([
    w.tx.select({ id: companies.id, name: companies.name }).from(companies).where(eq(companies.tenantId, tenantId)),
    w.tx.select({ id: hourBlocks.id, companyId: hourBlocks.companyId, name: hourBlocks.name }).from(hourBlocks).where(eq(hourBlocks.tenantId, tenantId)),
    w.tx.select({ id: retainers.id, companyId: retainers.companyId, name: retainers.name }).from(retainers).where(eq(retainers.tenantId, tenantId)),
    w.tx.select({ id: tickets.id, companyId: tickets.companyId, number: tickets.number }).from(tickets).where(eq(tickets.tenantId, tenantId)),
    w.tx.select({ id: projects.id, companyId: projects.companyId, name: projects.name }).from(projects).where(eq(projects.tenantId, tenantId)),
    w.tx.select({ number: invoices.number }).from(invoices).where(eq(invoices.tenantId, tenantId)),
  ]);
  const named = (rows: { id: string; companyId: string | null; name: string }[]) => new Map(rows.map((r) => [`${r.companyId}\n${r.name.trim().toLowerCase()}`, r.id]));
  const byName = new Map<string, string[]>();
  for (const c of companyRows) byName.set(c.name.trim().toLowerCase(), [...(byName.get(c.name.trim().toLowerCase()) ?? []), c.id]);
  return {
    companies: byName,
    blocks: named(blockRows),
    retainers: named(retainerRows),
    tickets: new Map(ticketRows.map((t) => [`${t.companyId}\n${t.number}`, t.id])),
    projects: named(projectRows),
    takenNumbers: new Set(numberRows.map((r) => r.number)),
  };
}

function describe(plan: ImportPlan): string[] {
  if (plan.kind === 'time_entries')
    return plan.entries.map((e) => `Line ${e.line}: ${formatHours(e.hours)} h for ${e.companyName} on ${e.workedOn}${e.blockId ? ' (from its block)' : ''}${e.billable ? '' : ', not billable'}`);
  return plan.invoices.map(
    (i) => `Lines ${i.lines.join(', ')}: invoice ${i.number ?? '(next number)'} "${i.reference}" for ${i.companyName}, ${i.items.length} line${i.items.length > 1 ? 's' : ''}, total ${formatMoney(i.total, i.currency)}`,
  );
}

/**
 * Checks a PSA export and, unless it is a dry run, writes all of it in the caller's transaction. Any bad line and
 * nothing is written: the answer lists every line's problems.
 */
export async function importBillingCsv(w: Work, input: { kind: ImportKind; text: string; dryRun: boolean }): Promise<ActionState> {
  const { plan, errors, rows } = planImport(input.kind, input.text, await directoryOf(w));
  if (!plan)
    return {
      error: `Nothing was imported: ${errors.length} problem${errors.length > 1 ? 's' : ''} in the file.`,
      fieldErrors: { file: errors.map((e) => `Line ${e.line}: ${e.message}`) },
    };
  const what = plan.kind === 'time_entries' ? `${plan.entries.length} time entr${plan.entries.length > 1 ? 'ies' : 'y'} (${formatHours(sum(plan.entries.map((e) => e.hours)))} h)` : `${plan.invoices.length} draft invoice${plan.invoices.length > 1 ? 's' : ''}`;
  if (input.dryRun) {
    await w.audit({ type: 'tenant', id: w.tenant.id, action: 'invoice.import_dry_run', details: { kind: input.kind, rows } });
    return { success: `Dry run: ${rows} line${rows > 1 ? 's' : ''} checked, no problems. Importing would create ${what}. Nothing was written.`, list: describe(plan) };
  }
  if (plan.kind === 'time_entries') await writeTimeEntries(w, plan.entries);
  else await writeInvoices(w, plan.invoices);
  await w.audit({ type: 'tenant', id: w.tenant.id, action: plan.kind === 'time_entries' ? 'hours.import' : 'invoice.import', details: { kind: input.kind, rows } });
  return { success: `Imported ${what}.`, list: describe(plan) };
}

async function writeTimeEntries(w: Work, entries: Extract<ImportPlan, { kind: 'time_entries' }>['entries']) {
  const values = entries.map((e) => ({
    tenantId: w.tenant.id,
    companyId: e.companyId,
    blockId: e.blockId,
    retainerId: e.retainerId,
    ticketId: e.ticketId,
    projectId: e.projectId,
    workedOn: e.workedOn,
    hours: e.hours,
    workerName: e.workerName,
    description: e.description,
    billable: e.billable,
  }));
  for (let i = 0; i < values.length; i += BATCH) await w.tx.insert(timeEntries).values(values.slice(i, i + BATCH));
}

async function writeInvoices(w: Work, plans: Extract<ImportPlan, { kind: 'invoices' }>['invoices']) {
  const tenantId = w.tenant.id;
  // Numbers given in the file are kept; the others follow the highest number so far, taken in this transaction.
  const highestGiven = Math.max(0, ...plans.map((p) => p.number ?? 0));
  const unnumbered = plans.filter((p) => p.number === null).length;
  const [{ last }] = await w.tx
    .update(tenants)
    .set({ lastInvoiceNumber: sql`greatest(${tenants.lastInvoiceNumber}, ${highestGiven}) + ${unnumbered}` })
    .where(eq(tenants.id, tenantId))
    .returning({ last: tenants.lastInvoiceNumber });
  let next = last - unnumbered;
  for (const p of plans) {
    const [invoice] = await w.tx
      .insert(invoices)
      .values({
        tenantId,
        companyId: p.companyId,
        number: p.number ?? ++next,
        issueDate: p.issueDate,
        dueDate: p.dueDate,
        currency: p.currency,
        status: 'draft',
        subtotal: p.subtotal,
        taxTotal: p.taxTotal,
        total: p.total,
      })
      .returning({ id: invoices.id });
    await w.tx.insert(invoiceLines).values(p.items.map((item, i) => ({ tenantId, invoiceId: invoice.id, position: i + 1, ...item })));
  }
}
