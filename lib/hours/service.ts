import 'server-only';
import { and, eq } from 'drizzle-orm';
import { companies, hourBlocks, projects, retainers, tickets, timeEntries, users } from '@/lib/db/schema';
import { NotFoundError, fieldError } from '@/lib/errors';
import type { StaffWork } from '@/lib/pipeline';
import type { HourBlockInput, RetainerInput, TimeEntryInput } from './schemas';

type Work = StaffWork<'invoices.edit'>;

/** Ids named in a form must be this tenant's (and, where it matters, this company's): otherwise the field is refused. */
async function assertCompany(w: Work, companyId: string) {
  const [company] = await w.tx
    .select({ id: companies.id, name: companies.name })
    .from(companies)
    .where(and(eq(companies.tenantId, w.tenant.id), eq(companies.id, companyId)));
  if (!company) throw new NotFoundError('company');
  return company;
}

export async function addHourBlock(w: Work, input: HourBlockInput) {
  await assertCompany(w, input.companyId);
  const [block] = await w.tx
    .insert(hourBlocks)
    .values({ ...input, tenantId: w.tenant.id })
    .returning();
  await w.audit({ type: 'hour_block', id: block.id, details: { companyId: block.companyId, hours: block.hours } });
  return block;
}

/** Change a block; it must be this tenant's block of the company named in the form. */
export async function updateHourBlock(w: Work, { id, ...input }: HourBlockInput & { id: string }) {
  const [block] = await w.tx
    .update(hourBlocks)
    .set(input)
    .where(and(eq(hourBlocks.tenantId, w.tenant.id), eq(hourBlocks.companyId, input.companyId), eq(hourBlocks.id, id)))
    .returning();
  if (!block) throw new NotFoundError('block of hours');
  await w.audit({ type: 'hour_block', id, details: { companyId: block.companyId, name: block.name, hours: block.hours, price: block.price } });
  return block;
}

export async function deleteHourBlock(w: Work, id: string) {
  const [block] = await w.tx
    .delete(hourBlocks)
    .where(and(eq(hourBlocks.tenantId, w.tenant.id), eq(hourBlocks.id, id)))
    .returning();
  if (!block) throw new NotFoundError('block of hours');
  await w.audit({ type: 'hour_block', id, details: { companyId: block.companyId, name: block.name } });
  return block;
}

const retainerValues = ({ companyId, name, startsOn, endsOn, monthlyHours, monthlyAmount, hourlyRate, currency, rollover }: RetainerInput) => ({
  companyId,
  name,
  startsOn,
  endsOn,
  monthlyHours,
  monthlyAmount,
  hourlyRate,
  currency,
  rollover,
});
const retainerDetails = (r: typeof retainers.$inferSelect) => ({
  companyId: r.companyId,
  name: r.name,
  monthlyHours: r.monthlyHours,
  monthlyAmount: r.monthlyAmount,
  hourlyRate: r.hourlyRate,
  currency: r.currency,
  rollover: r.rollover,
});

export async function addRetainer(w: Work, input: RetainerInput) {
  await assertCompany(w, input.companyId);
  const [retainer] = await w.tx
    .insert(retainers)
    .values({ ...retainerValues(input), tenantId: w.tenant.id })
    .returning();
  await w.audit({ type: 'retainer', id: retainer.id, details: retainerDetails(retainer) });
  return retainer;
}

/** Change a retainer (it may switch between hours and money); it must be this tenant's retainer of the company named. */
export async function updateRetainer(w: Work, { id, ...input }: RetainerInput & { id: string }) {
  const [retainer] = await w.tx
    .update(retainers)
    .set(retainerValues(input))
    .where(and(eq(retainers.tenantId, w.tenant.id), eq(retainers.companyId, input.companyId), eq(retainers.id, id)))
    .returning();
  if (!retainer) throw new NotFoundError('retainer');
  await w.audit({ type: 'retainer', id, details: retainerDetails(retainer) });
  return retainer;
}

export async function deleteRetainer(w: Work, id: string) {
  const [retainer] = await w.tx
    .delete(retainers)
    .where(and(eq(retainers.tenantId, w.tenant.id), eq(retainers.id, id)))
    .returning();
  if (!retainer) throw new NotFoundError('retainer');
  await w.audit({ type: 'retainer', id, details: { companyId: retainer.companyId, name: retainer.name } });
  return retainer;
}

/** An entry's columns: every id it names (staff member, ticket, project, block or retainer) is this tenant's and, except the staff member, this company's. */
async function timeEntryValues(w: Work, input: TimeEntryInput) {
  const t = w.tenant.id;
  const { companyId } = input;
  await assertCompany(w, companyId);
  let workerName = input.workerName;
  if (input.userId) {
    const [user] = await w.tx
      .select({ name: users.name, email: users.email })
      .from(users)
      .where(and(eq(users.tenantId, t), eq(users.id, input.userId)));
    if (!user) throw fieldError('userId', 'Choose a staff member.');
    workerName = user.name || user.email;
  }
  if (input.ticketId) {
    const [ticket] = await w.tx
      .select({ id: tickets.id })
      .from(tickets)
      .where(and(eq(tickets.tenantId, t), eq(tickets.companyId, companyId), eq(tickets.id, input.ticketId)));
    if (!ticket) throw fieldError('ticketId', 'Choose a ticket of this company.');
  }
  if (input.projectId) {
    const [project] = await w.tx
      .select({ id: projects.id })
      .from(projects)
      .where(and(eq(projects.tenantId, t), eq(projects.companyId, companyId), eq(projects.id, input.projectId)));
    if (!project) throw fieldError('projectId', 'Choose a project of this company.');
  }
  let blockId: string | null = null;
  let retainerId: string | null = null;
  if (input.drawFrom) {
    const [kind, id] = input.drawFrom.split(/:(.*)/s);
    const table = kind === 'block' ? hourBlocks : retainers;
    const [source] = await w.tx
      .select({ id: table.id })
      .from(table)
      .where(and(eq(table.tenantId, t), eq(table.companyId, companyId), eq(table.id, id)));
    if (!source) throw fieldError('drawFrom', 'Choose a block or retainer of this company.');
    if (kind === 'block') blockId = id;
    else retainerId = id;
  }
  return {
    companyId,
    blockId,
    retainerId,
    workedOn: input.workedOn,
    hours: input.hours,
    userId: input.userId,
    workerName,
    ticketId: input.ticketId,
    projectId: input.projectId,
    description: input.description,
    billable: input.billable,
  };
}

export async function logTimeEntry(w: Work, input: TimeEntryInput) {
  const values = await timeEntryValues(w, input);
  const [entry] = await w.tx
    .insert(timeEntries)
    .values({ ...values, tenantId: w.tenant.id })
    .returning();
  await w.audit({ type: 'time_entry', id: entry.id, details: { companyId: entry.companyId, hours: entry.hours, blockId: entry.blockId, retainerId: entry.retainerId } });
  return entry;
}

/** Change a time entry; it must be this tenant's entry of the company named in the form. */
export async function updateTimeEntry(w: Work, { id, ...input }: TimeEntryInput & { id: string }) {
  const values = await timeEntryValues(w, input);
  const [entry] = await w.tx
    .update(timeEntries)
    .set(values)
    .where(and(eq(timeEntries.tenantId, w.tenant.id), eq(timeEntries.companyId, input.companyId), eq(timeEntries.id, id)))
    .returning();
  if (!entry) throw new NotFoundError('time entry');
  await w.audit({ type: 'time_entry', id, details: { companyId: entry.companyId, hours: entry.hours, blockId: entry.blockId, retainerId: entry.retainerId } });
  return entry;
}

export async function deleteTimeEntry(w: Work, id: string) {
  const [entry] = await w.tx
    .delete(timeEntries)
    .where(and(eq(timeEntries.tenantId, w.tenant.id), eq(timeEntries.id, id)))
    .returning();
  if (!entry) throw new NotFoundError('time entry');
  await w.audit({ type: 'time_entry', id, details: { companyId: entry.companyId, hours: entry.hours } });
  return entry;
}
