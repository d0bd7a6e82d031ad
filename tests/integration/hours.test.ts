/**
 * Block hours, retainers and time entries (issue 12): the demo seed's numbers, logging and deleting time through
 * the pipeline (audit rows, ids of this tenant and company only), overruns shown as negative, view-only staff
 * refused with nothing changed, and which portal users see the reports.
 */
import { and, eq, ne } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { auditLog, companies, contacts, hourBlocks, projects, retainers, securityLevels, tickets, timeEntries, type User } from '@/lib/db/schema';
import type { StaffContext } from '@/lib/errors';
import { demo } from '../support/demo';
import { clientContext } from '../support/client-work';
import { staffOp } from '../support/work';

const request = vi.hoisted(() => ({
  staff: null as null | {
    tenant: unknown;
    user: unknown;
    sessionToken: string;
  },
  client: null as unknown,
}));
vi.mock('next/headers', () => ({
  cookies: async () => ({ get: () => undefined }),
  headers: async () => new Headers({ host: 'acme.admin.localhost:3000' }),
}));
vi.mock('next/cache', () => ({ refresh: () => {} }));
vi.mock('@/lib/auth/staff', () => ({ getStaff: async () => request.staff }));
vi.mock('@/lib/auth/client', async (original) => ({
  ...(await original<object>()),
  getClient: async () => request.client,
}));

const { ActionError, NotFoundError } = await import('@/lib/errors');
const service = await import('@/lib/hours/service');
const { getCompanyHours, today } = await import('@/lib/hours/queries');
const { getPortalHours } = await import('@/lib/hours/portal');
const { timeEntrySchema, hourBlockSchema, retainerSchema, editHourBlockSchema, editRetainerSchema, editTimeEntrySchema } = await import('@/lib/hours/schemas');
const blockCsv = await import('@/app/s/[tenant]/(portal)/invoices/block-hours/csv/route');
const blockPdf = await import('@/app/s/[tenant]/(portal)/invoices/block-hours/pdf/route');
const retainerCsv = await import('@/app/s/[tenant]/(portal)/invoices/retainers/csv/route');
const retainerPdf = await import('@/app/s/[tenant]/(portal)/invoices/retainers/pdf/route');
const actions = await import('@/app/s/[tenant]/admin/(shell)/companies/[companyId]/hours/actions');

const log = staffOp(service.logTimeEntry, 'invoices.edit', 'hours.log_time');
const removeEntry = staffOp(service.deleteTimeEntry, 'invoices.edit', 'hours.delete_time_entry');
const addBlock = staffOp(service.addHourBlock, 'invoices.edit', 'hours.add_block');
const removeBlock = staffOp(service.deleteHourBlock, 'invoices.edit', 'hours.delete_block');

const withPermissions = (ctx: StaffContext, permissions: User['permissions']): StaffContext => ({ ...ctx, user: { ...ctx.user, permissions } });

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

async function setup() {
  const d = await demo();
  const owner: StaffContext = {
    tenant: d.acme,
    user: await d.staff(d.acme.id, 'owner@acme.test'),
  };
  const helpdesk: StaffContext = {
    tenant: d.acme,
    user: await d.staff(d.acme.id, 'helpdesk@acme.test'),
  };
  const globexOwner: StaffContext = {
    tenant: d.globex,
    user: await d.staff(d.globex.id, 'owner@globex.test'),
  };
  const company = async (tenantId: string, name: string) =>
    (
      await d.db
        .select()
        .from(companies)
        .where(and(eq(companies.tenantId, tenantId), eq(companies.name, name)))
    )[0];
  const coolAir = await company(d.acme.id, 'Cool Air');
  const loop = await company(d.acme.id, 'The Loop');
  const initech = await company(d.globex.id, 'Initech');
  const block = async (companyId: string) => (await d.db.select().from(hourBlocks).where(eq(hourBlocks.companyId, companyId)))[0];
  const retainer = async (companyId: string, name = 'Monthly retainer') => (await d.db.select().from(retainers).where(and(eq(retainers.companyId, companyId), eq(retainers.name, name))))[0];
  const hours = (companyId: string) => getCompanyHours({ tenantId: d.acme.id, companyId });
  const entryCount = async () => (await d.db.select({ id: timeEntries.id }).from(timeEntries)).length;
  return {
    ...d,
    owner,
    helpdesk,
    globexOwner,
    coolAir,
    loop,
    initech,
    block,
    retainer,
    hours,
    entryCount,
  };
}

const rawEntry = (companyId: string, extra: Record<string, string> = {}) => ({
  companyId,
  workedOn: today(),
  hours: '1.5',
  workerName: 'Pat Tech',
  description: 'Printer',
  billable: 'on',
  ...extra,
});
const entry = (companyId: string, extra: Record<string, string> = {}) => timeEntrySchema.parse(rawEntry(companyId, extra));

describe('demo usage', () => {
  it('Cool Air’s 40-hour block: 10.75 h used, 29.25 h remaining', async () => {
    const d = await setup();
    const { blocks } = await d.hours(d.coolAir.id);
    expect(blocks).toHaveLength(1);
    expect(blocks[0].summary).toMatchObject({
      bought: '40',
      used: '10.75',
      remaining: '29.25',
      overrun: false,
      expired: false,
    });
    expect(blocks[0].entries).toHaveLength(4);
  });

  it('retainer months: rollover on for Cool Air, off for The Loop', async () => {
    const d = await setup();
    const cool = (await d.hours(d.coolAir.id)).retainers[0];
    const loop = (await d.hours(d.loop.id)).retainers[0];
    expect(cool.rollover).toBe(true);
    expect(loop.rollover).toBe(false);
    expect(cool.months.map((m) => [m.allowance, m.carriedOver, m.used, m.remaining])).toEqual([
      ['10', '0', '8.5', '1.5'],
      ['10', '1.5', '12.75', '-1.25'],
      ['10', '0', '3', '7'],
      ['10', '7', '0', '17'],
    ]);
    expect(cool.months[1].overrun).toBe(true);
    expect(loop.months.map((m) => [m.carriedOver, m.used, m.remaining])).toEqual([
      ['0', '8.5', '1.5'],
      ['0', '12.75', '-2.75'],
      ['0', '3', '7'],
      ['0', '0', '10'],
    ]);
  });
});

describe('money retainer', () => {
  it('The Loop’s Support budget: 1,500.00 a month at 125.00/h, billable hours only, unused money rolled over', async () => {
    const d = await setup();
    const budget = (await d.hours(d.loop.id)).retainers.find((r) => r.name === 'Support budget')!;
    expect(budget).toMatchObject({ monthlyHours: null, monthlyAmount: '1500.00', hourlyRate: '125.00', currency: 'USD' });
    expect(budget.months.map((m) => [m.allowance, m.carriedOver, m.hours, m.used, m.remaining])).toEqual([
      ['1500', '0', '7.5', '937.50', '562.5'],
      ['1500', '562.5', '13', '1500.00', '562.5'],
      ['1500', '562.5', '2.25', '281.25', '1781.25'],
    ]);
  });
});

describe('logging time', () => {
  it('lowers the remaining hours, with an audit row; deleting gives them back', async () => {
    const d = await setup();
    const block = await d.block(d.coolAir.id);
    const made = await log(
      d.owner,
      entry(d.coolAir.id, {
        drawFrom: `block:${block.id}`,
        hours: '2.25',
        userId: d.owner.user.id,
      }),
    );
    expect((await d.hours(d.coolAir.id)).blocks[0].summary.remaining).toBe('27');
    expect(made.workerName).toBe(d.owner.user.name);
    const [row] = await d.db.select().from(auditLog).where(eq(auditLog.targetId, made.id));
    expect(row).toMatchObject({
      action: 'hours.log_time',
      actorId: d.owner.user.id,
      tenantId: d.acme.id,
    });
    await removeEntry(d.owner, made.id);
    expect((await d.hours(d.coolAir.id)).blocks[0].summary.remaining).toBe('29.25');
  });

  it('a block used past its hours shows a negative remaining, flagged as an overrun', async () => {
    const d = await setup();
    const small = await addBlock(
      d.owner,
      hourBlockSchema.parse({
        companyId: d.loop.id,
        name: 'Small block',
        purchasedOn: today(),
        hours: '2',
      }),
    );
    await log(d.owner, entry(d.loop.id, { drawFrom: `block:${small.id}`, hours: '1.5' }));
    await log(d.owner, entry(d.loop.id, { drawFrom: `block:${small.id}`, hours: '1.75' }));
    const summary = (await d.hours(d.loop.id)).blocks.find((b) => b.id === small.id)!.summary;
    expect(summary).toMatchObject({
      used: '3.25',
      remaining: '-1.25',
      overrun: true,
    });
    await removeBlock(d.owner, small.id);
  });

  it('a retainer entry counts in its month', async () => {
    const d = await setup();
    const retainer = await d.retainer(d.loop.id);
    const made = await log(d.owner, entry(d.loop.id, { drawFrom: `retainer:${retainer.id}`, hours: '4' }));
    const months = (await d.hours(d.loop.id)).retainers[0].months;
    expect(months.at(-1)).toMatchObject({ used: '4', remaining: '6' });
    await removeEntry(d.owner, made.id);
  });

  it('refuses hours outside (0, 24], and who is required; per field', () => {
    for (const hours of ['0', '24.01', '-1', 'abc', '1.234']) expect(timeEntrySchema.safeParse(rawEntry(d0, { hours })).success).toBe(false);
    expect(timeEntrySchema.safeParse(rawEntry(d0, { hours: '24' })).success).toBe(true);
    const noOne = timeEntrySchema.safeParse({
      companyId: d0,
      workedOn: '2026-01-05',
      hours: '1',
    });
    expect(noOne.success).toBe(false);
    expect(noOne.error?.issues[0].path).toEqual(['workerName']);
  });

  it('the action answers bad input per field and writes nothing', async () => {
    const d = await setup();
    request.staff = { ...d.owner, sessionToken: 'test' };
    const before = await d.entryCount();
    const state = await actions.logTimeAction(
      {},
      form({
        companyId: d.coolAir.id,
        workedOn: today(),
        hours: '25',
        workerName: 'Pat',
      }),
    );
    expect(state.fieldErrors?.hours?.[0]).toMatch(/up to 24/);
    expect(await d.entryCount()).toBe(before);
    const ok = await actions.logTimeAction(
      {},
      form({
        companyId: d.coolAir.id,
        workedOn: today(),
        hours: '0.5',
        workerName: 'Pat',
        description: 'Quick fix',
      }),
    );
    expect(ok.success).toMatch(/logged/);
    expect(await d.entryCount()).toBe(before + 1);
  });
});

const d0 = '00000000-0000-4000-8000-000000000000';

describe('refusals', () => {
  it('view-only staff are refused and nothing changes', async () => {
    const d = await setup();
    const block = await d.block(d.coolAir.id);
    const before = await d.entryCount();
    await expect(log(d.helpdesk, entry(d.coolAir.id, { drawFrom: `block:${block.id}` }))).rejects.toThrow(/edit invoices/);
    await expect(removeBlock(withPermissions(d.owner, ['companies.edit' as User['permissions'][number]]), block.id)).rejects.toThrow(/edit invoices/);
    request.staff = { ...d.helpdesk, sessionToken: 'test' };
    const state = await actions.logTimeAction(
      {},
      form({
        companyId: d.coolAir.id,
        workedOn: today(),
        hours: '1',
        workerName: 'Pat',
      }),
    );
    expect(state.error).toMatch(/edit invoices/);
    expect(await d.entryCount()).toBe(before);
    expect((await d.hours(d.coolAir.id)).blocks[0].summary.remaining).toBe('29.25');
  });

  it('another tenant’s ids are not found', async () => {
    const d = await setup();
    const block = await d.block(d.coolAir.id);
    const [someEntry] = await d.db.select().from(timeEntries).where(eq(timeEntries.blockId, block.id));
    const before = await d.entryCount();
    await expect(log(d.globexOwner, entry(d.coolAir.id))).rejects.toBeInstanceOf(NotFoundError);
    await expect(log(d.globexOwner, entry(d.initech.id, { drawFrom: `block:${block.id}` }))).rejects.toThrow(ActionError);
    await expect(removeEntry(d.globexOwner, someEntry.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeBlock(d.globexOwner, block.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      staffOp(service.deleteRetainer, 'invoices.edit', 'hours.delete_retainer')(d.globexOwner, (await d.retainer(d.coolAir.id)).id),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await d.entryCount()).toBe(before);
    expect(await d.block(d.coolAir.id)).toBeTruthy();
  });

  it('a block, ticket or project of another company is refused on that field', async () => {
    const d = await setup();
    const loopBlock = await d.block(d.loop.id);
    const [otherTicket] = await d.db
      .select()
      .from(tickets)
      .where(and(eq(tickets.tenantId, d.acme.id), ne(tickets.companyId, d.coolAir.id)));
    const [otherProject] = await d.db.insert(projects).values({ tenantId: d.acme.id, companyId: d.loop.id, name: 'Loop Wi-Fi refresh' }).returning();
    const [coolTicket] = await d.db.select().from(tickets).where(eq(tickets.companyId, d.coolAir.id));
    expect(otherTicket).toBeTruthy();
    expect(coolTicket).toBeTruthy();
    const field = async (extra: Record<string, string>) => {
      try {
        await log(d.owner, entry(d.coolAir.id, extra));
      } catch (e) {
        return Object.keys((e as InstanceType<typeof ActionError>).fieldErrors ?? {});
      }
      return [];
    };
    expect(await field({ drawFrom: `block:${loopBlock.id}` })).toEqual(['drawFrom']);
    expect(await field({ ticketId: otherTicket.id })).toEqual(['ticketId']);
    expect(await field({ projectId: otherProject.id })).toEqual(['projectId']);
    expect(await field({ ticketId: coolTicket.id })).toEqual([]); // its own ticket is fine
    expect(await field({ userId: d.globexOwner.user.id })).toEqual(['userId']);
  });
});

describe('client visibility', () => {
  it('Franco (Basic) sees nothing; Nataliya only Cool Air; Sasha only The Loop; globex nothing of acme', async () => {
    const d = await setup();
    const franco = await clientContext(d.acme, 'franco@coolair.com');
    const nataliya = await clientContext(d.acme, 'nataliya@coolair.com');
    const sasha = await clientContext(d.acme, 'sales@loop.org');
    const bill = await clientContext(d.globex, 'bill@initech.test');
    expect(await getPortalHours(franco.viewer)).toBeNull();
    const cool = (await getPortalHours(nataliya.viewer))!;
    const loop = (await getPortalHours(sasha.viewer))!;
    const coolBlock = await d.block(d.coolAir.id);
    const loopBlock = await d.block(d.loop.id);
    expect(cool.blocks.map((b) => b.id)).toEqual([coolBlock.id]);
    expect(cool.entries.every((e) => [coolBlock.id, null].includes(e.blockId))).toBe(true);
    expect(loop.blocks.map((b) => b.id)).toEqual([loopBlock.id]);
    expect(loop.retainers.map((r) => [r.name, r.rollover])).toEqual([
      ['Monthly retainer', false],
      ['Support budget', true],
    ]);
    const globex = (await getPortalHours(bill.viewer))!;
    expect(globex.blocks).toEqual([]);
    expect(globex.retainers).toEqual([]);
    expect(globex.entries).toEqual([]);
  });
});

describe('downloads', () => {
  async function signInClient(tenant: Parameters<typeof clientContext>[0], email: string) {
    const d = await demo();
    const [row] = await d.db
      .select({ contact: contacts, securityLevel: securityLevels })
      .from(contacts)
      .leftJoin(securityLevels, eq(securityLevels.id, contacts.securityLevelId))
      .where(and(eq(contacts.tenantId, tenant.id), eq(contacts.email, email)));
    request.client = {
      tenant,
      contact: row.contact,
      securityLevel: row.securityLevel,
      twoFactorPending: false,
      preview: null,
      sessionToken: 't',
    };
  }
  const get = (url: string) => new Request(`http://acme.localhost:3000${url}`);

  it('Nataliya downloads Cool Air’s CSV and PDFs; private, never sniffed; the PDF is the same every time', async () => {
    const d = await setup();
    await signInClient(d.acme, 'nataliya@coolair.com');
    const csv = await blockCsv.GET();
    expect(csv.status).toBe(200);
    expect(csv.headers.get('cache-control')).toBe('private, no-store');
    expect(csv.headers.get('x-content-type-options')).toBe('nosniff');
    const text = await csv.text();
    expect(text).toContain('40-hour block,40,10.75,29.25,no,');
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(5);
    const months = await (await retainerCsv.GET()).text();
    // An overrun is a plain negative number: lib/csv.ts leaves it a number (only formulas are guarded).
    expect(months).toMatch(/,hours,10,1\.5,12\.75,-1\.25,yes,12\.75\r\n/);
    const block = await d.block(d.coolAir.id);
    const pdf = await blockPdf.GET(get(`/invoices/block-hours/pdf?block=${block.id}`));
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const again = Buffer.from(await (await blockPdf.GET(get(`/invoices/block-hours/pdf?block=${block.id}`))).arrayBuffer());
    expect(again.equals(bytes)).toBe(true);
    const retainer = await d.retainer(d.coolAir.id);
    expect((await retainerPdf.GET(get(`/invoices/retainers/pdf?retainer=${retainer.id}`))).status).toBe(200);
  });

  it('another company’s block, Franco (Basic), another tenant and no session: 404', async () => {
    const d = await setup();
    const loopBlock = await d.block(d.loop.id);
    const loopRetainer = await d.retainer(d.loop.id);
    await signInClient(d.acme, 'nataliya@coolair.com');
    expect((await blockPdf.GET(get(`/invoices/block-hours/pdf?block=${loopBlock.id}`))).status).toBe(404);
    expect((await retainerPdf.GET(get(`/invoices/retainers/pdf?retainer=${loopRetainer.id}`))).status).toBe(404);
    await signInClient(d.acme, 'franco@coolair.com');
    const coolBlock = await d.block(d.coolAir.id);
    expect((await blockCsv.GET()).status).toBe(404);
    expect((await retainerCsv.GET()).status).toBe(404);
    expect((await blockPdf.GET(get(`/invoices/block-hours/pdf?block=${coolBlock.id}`))).status).toBe(404);
    await signInClient(d.globex, 'bill@initech.test');
    expect((await blockPdf.GET(get(`/invoices/block-hours/pdf?block=${coolBlock.id}`))).status).toBe(404);
    expect(await (await blockCsv.GET()).text()).not.toContain('40-hour block');
    request.client = null;
    expect((await blockCsv.GET()).status).toBe(404);
  });
});

describe('editing and deleting', () => {
  const editBlock = staffOp(service.updateHourBlock, 'invoices.edit', 'hours.edit_block');
  const editRetainer = staffOp(service.updateRetainer, 'invoices.edit', 'hours.edit_retainer');
  const editEntry = staffOp(service.updateTimeEntry, 'invoices.edit', 'hours.edit_time_entry');
  const removeRetainer = staffOp(service.deleteRetainer, 'invoices.edit', 'hours.delete_retainer');
  const blockFields = (companyId: string, extra: Record<string, string> = {}) => ({ companyId, name: 'Edited block', purchasedOn: '2026-01-05', hours: '20', price: '1800', ...extra });

  it('a block, a retainer and an entry are changed in place, each with an audit row', async () => {
    const d = await setup();
    const block = await addBlock(d.owner, hourBlockSchema.parse(blockFields(d.loop.id, { name: 'To edit' })));
    const changed = await editBlock(d.owner, editHourBlockSchema.parse({ ...blockFields(d.loop.id), id: block.id, hours: '12.5' }));
    expect(changed).toMatchObject({ id: block.id, name: 'Edited block', hours: '12.50' });
    const made = await log(d.owner, entry(d.loop.id, { drawFrom: `block:${block.id}`, hours: '2' }));
    await editEntry(d.owner, editTimeEntrySchema.parse({ ...rawEntry(d.loop.id, { drawFrom: `block:${block.id}`, hours: '3.25' }), id: made.id }));
    expect((await d.hours(d.loop.id)).blocks.find((b) => b.id === block.id)!.summary).toMatchObject({ used: '3.25', remaining: '9.25' });

    const retainer = await staffOp(service.addRetainer, 'invoices.edit', 'hours.add_retainer')(
      d.owner,
      retainerSchema.parse({ companyId: d.loop.id, name: 'Switching', startsOn: '2026-01-01', kind: 'hours', monthlyHours: '8' }),
    );
    const money = await editRetainer(
      d.owner,
      editRetainerSchema.parse({ id: retainer.id, companyId: d.loop.id, name: 'Switching', startsOn: '2026-01-01', kind: 'money', monthlyHours: '8', monthlyAmount: '900', hourlyRate: '90', currency: 'EUR' }),
    );
    expect(money).toMatchObject({ monthlyHours: null, monthlyAmount: '900.00', hourlyRate: '90.00', currency: 'EUR' });
    const audits = await d.db.select().from(auditLog).where(eq(auditLog.tenantId, d.acme.id));
    expect(audits.filter((a) => a.targetId === block.id).map((a) => a.action)).toContain('hours.edit_block');
    expect(audits.filter((a) => a.targetId === made.id).map((a) => a.action)).toContain('hours.edit_time_entry');
    expect(audits.filter((a) => a.targetId === retainer.id).map((a) => a.action)).toContain('hours.edit_retainer');

    await removeRetainer(d.owner, retainer.id);
    await removeEntry(d.owner, made.id);
    await removeBlock(d.owner, block.id);
    const after = await d.hours(d.loop.id);
    expect(after.blocks.some((b) => b.id === block.id)).toBe(false);
    expect(after.retainers.some((r) => r.id === retainer.id)).toBe(false);
    expect(after.entries.some((e) => e.id === made.id)).toBe(false);
  });

  it('another tenant’s ids, or another company’s, are not found; nothing changes', async () => {
    const d = await setup();
    const block = await d.block(d.coolAir.id);
    const retainer = await d.retainer(d.coolAir.id);
    const [someEntry] = await d.db.select().from(timeEntries).where(eq(timeEntries.blockId, block.id));
    const globexBlock = editHourBlockSchema.parse({ ...blockFields(d.initech.id), id: block.id });
    await expect(editBlock(d.globexOwner, globexBlock)).rejects.toBeInstanceOf(NotFoundError);
    await expect(editBlock(d.owner, editHourBlockSchema.parse({ ...blockFields(d.loop.id), id: block.id }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      editRetainer(d.globexOwner, editRetainerSchema.parse({ id: retainer.id, companyId: d.initech.id, name: 'x', startsOn: '2026-01-01', monthlyHours: '1' })),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(editEntry(d.globexOwner, editTimeEntrySchema.parse({ ...rawEntry(d.initech.id), id: someEntry.id }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeRetainer(d.globexOwner, retainer.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await d.block(d.coolAir.id)).toEqual(block);
    expect(await d.retainer(d.coolAir.id)).toEqual(retainer);
    const [still] = await d.db.select().from(timeEntries).where(eq(timeEntries.id, someEntry.id));
    expect(still).toEqual(someEntry);
  });

  it('view-only staff are refused by every edit and delete action; nothing changes', async () => {
    const d = await setup();
    const block = await d.block(d.coolAir.id);
    const retainer = await d.retainer(d.coolAir.id);
    const [someEntry] = await d.db.select().from(timeEntries).where(eq(timeEntries.blockId, block.id));
    request.staff = { ...d.helpdesk, sessionToken: 'test' };
    const refusals = await Promise.all([
      actions.editHourBlockAction({}, form({ ...blockFields(d.coolAir.id), id: block.id })),
      actions.editRetainerAction({}, form({ id: retainer.id, companyId: d.coolAir.id, name: 'x', startsOn: '2026-01-01', kind: 'hours', monthlyHours: '1' })),
      actions.editTimeEntryAction({}, form({ ...rawEntry(d.coolAir.id), id: someEntry.id })),
      actions.deleteHourBlockAction({}, form({ id: block.id })),
      actions.deleteRetainerAction({}, form({ id: retainer.id })),
      actions.deleteTimeEntryAction({}, form({ id: someEntry.id })),
    ]);
    for (const state of refusals) expect(state.error).toMatch(/edit invoices/);
    expect(await d.block(d.coolAir.id)).toEqual(block);
    expect(await d.retainer(d.coolAir.id)).toEqual(retainer);
    expect((await d.db.select().from(timeEntries).where(eq(timeEntries.id, someEntry.id)))[0]).toEqual(someEntry);
  });

  it('a money retainer without its rate is refused on that field, by the action too', async () => {
    const d = await setup();
    request.staff = { ...d.owner, sessionToken: 'test' };
    const before = (await d.db.select().from(retainers)).length;
    const state = await actions.addRetainerAction({}, form({ companyId: d.loop.id, name: 'No rate', startsOn: '2026-01-01', kind: 'money', monthlyAmount: '1000' }));
    expect(Object.keys(state.fieldErrors ?? {})).toEqual(['hourlyRate']);
    expect((await d.db.select().from(retainers)).length).toBe(before);
  });
});
