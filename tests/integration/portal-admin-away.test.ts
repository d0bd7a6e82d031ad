import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, emailOutbox, notifications, offHoursClosures, offHoursSchedules, outOfOffice, tickets } from '@/lib/db/schema';
import type { StaffContext } from '@/lib/errors';
import { LEVEL_REFUSED } from '@/lib/pipeline';
import * as offHours from '@/lib/portal-admin/off-hours';
import { offHoursScheduleSchema } from '@/lib/portal-admin/off-hours-schemas';
import * as away from '@/lib/portal-admin/out-of-office';
import { awaySchema } from '@/lib/portal-admin/out-of-office-schemas';
import * as ticketPortal from '@/lib/tickets/portal';
import * as ticketsService from '@/lib/tickets/service';
import { clientContext, clientOp } from '../support/client-work';
import { demo } from '../support/demo';
import { staffOp } from '../support/work';

const setAway = clientOp(away.setAway, 'portal_admin.out_of_office', 'portal_admin.set_out_of_office');
const clearAway = clientOp(away.clearAway, 'portal_admin.out_of_office', 'portal_admin.clear_out_of_office');
const setOwnAway = clientOp(away.setOwnAway, 'own_account', 'client.set_out_of_office');
const saveSchedule = clientOp(offHours.saveOffHoursSchedule, 'portal_admin.off_hours', 'portal_admin.save_off_hours');
const removeSchedule = clientOp(offHours.removeOffHoursSchedule, 'portal_admin.off_hours', 'portal_admin.remove_off_hours');
const addClosure = clientOp(offHours.addClosure, 'portal_admin.off_hours', 'portal_admin.add_closure');
const removeClosure = clientOp(offHours.removeClosure, 'portal_admin.off_hours', 'portal_admin.remove_closure');
const createServiceRequest = clientOp(ticketPortal.createServiceRequest, 'tickets.create', 'ticket.create');
const addStaffTicketNote = staffOp(ticketsService.addStaffTicketNote, 'tickets.edit', 'ticket.add_note');
const addTicketPerson = staffOp(ticketsService.addTicketPerson, 'tickets.edit', 'ticket.add_person');

/** Cool Air keeps New York hours: its "today" is New York's. */
const nyDay = (offset = 0) => offHours.wallClock(new Date(Date.now() + offset * 86_400_000), 'America/New_York').date;

async function setup() {
  const d = await demo();
  const actor = (tenantId: string, email: string) => clientContext(tenantId === d.acme.id ? d.acme : d.globex, email);
  const owner: StaffContext = { tenant: d.acme, user: await d.staff(d.acme.id, 'owner@acme.test') };
  const entryOf = async (contactId: string) => (await d.db.select().from(outOfOffice).where(eq(outOfOffice.contactId, contactId)))[0] ?? null;
  const ticket = async (number: number) =>
    (
      await d.db
        .select()
        .from(tickets)
        .where(and(eq(tickets.tenantId, d.acme.id), eq(tickets.number, number)))
    )[0];
  return {
    ...d,
    owner,
    entryOf,
    ticket,
    nataliya: await actor(d.acme.id, 'nataliya@coolair.com'),
    franco: await actor(d.acme.id, 'franco@coolair.com'),
    sasha: await actor(d.acme.id, 'sales@loop.org'),
    bill: await actor(d.globex.id, 'bill@initech.test'),
  };
}

describe('Out of Office Settings', () => {
  it('a Manager marks a contact of her company away and clears it, audited as the client', async () => {
    const s = await setup();
    const { franco, nataliya } = s;
    await setAway(nataliya, franco.contact.id, { startsOn: nyDay(), endsOn: nyDay(5), delegateContactId: null });
    expect(await s.entryOf(franco.contact.id)).toMatchObject({ startsOn: nyDay(), endsOn: nyDay(5), delegateContactId: null, tenantId: s.acme.id });
    const [row] = await s.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'portal_admin.set_out_of_office'), eq(auditLog.targetId, franco.contact.id)));
    expect(row).toMatchObject({ actorType: 'client', actorId: nataliya.contact.id, targetType: 'contact' });
    expect((await away.awayUntil(s.acme.id, [franco.contact.id, nataliya.contact.id])).get(franco.contact.id)).toBe(nyDay(5));

    await clearAway(nataliya, franco.contact.id);
    expect(await s.entryOf(franco.contact.id)).toBeNull();
    expect(await away.awayUntil(s.acme.id, [franco.contact.id])).toEqual(new Map());
    expect(await s.db.select().from(auditLog).where(eq(auditLog.action, 'portal_admin.clear_out_of_office'))).toHaveLength(1);
  });

  it('another company’s or tenant’s contact is not found, and nothing changes', async () => {
    const s = await setup();
    const input = { startsOn: nyDay(), endsOn: nyDay(2), delegateContactId: null };
    await expect(setAway(s.nataliya, s.sasha.contact.id, input)).rejects.toThrow('That contact was not found.');
    await expect(setAway(s.nataliya, s.bill.contact.id, input)).rejects.toThrow('That contact was not found.');
    await expect(clearAway(s.nataliya, s.sasha.contact.id)).rejects.toThrow('That contact was not found.');
    expect(await s.entryOf(s.sasha.contact.id)).toBeNull();
    expect(await s.entryOf(s.bill.contact.id)).toBeNull();
  });

  it('dates: Away until on or after Away from, and not in the past; the delegate is someone else of the company who is in then', async () => {
    const s = await setup();
    const { franco, nataliya } = s;
    const before = await s.entryOf(franco.contact.id);
    const refusal = async (input: Parameters<typeof setAway>[2]) => (await setAway(nataliya, franco.contact.id, input).catch((e) => e)).fieldErrors;

    expect(awaySchema.safeParse({ contactId: franco.contact.id, startsOn: nyDay(3), endsOn: nyDay(1) }).error?.flatten().fieldErrors).toEqual({
      endsOn: ['Away until cannot be before Away from.'],
    });
    expect(await refusal({ startsOn: nyDay(-5), endsOn: nyDay(-1), delegateContactId: null })).toEqual({ endsOn: ['Away until cannot be in the past.'] });
    expect(await refusal({ startsOn: nyDay(), endsOn: nyDay(3), delegateContactId: franco.contact.id })).toEqual({
      delegateContactId: ['Choose someone else as the delegate.'],
    });
    expect(await refusal({ startsOn: nyDay(), endsOn: nyDay(3), delegateContactId: s.sasha.contact.id })).toEqual({
      delegateContactId: ['Choose another contact of your company.'],
    });
    // Nataliya is away on the 3rd day from now: she cannot stand in for days that include it, but can before.
    await setOwnAway(nataliya, { startsOn: nyDay(3), endsOn: nyDay(4), delegateContactId: null });
    expect(await refusal({ startsOn: nyDay(), endsOn: nyDay(3), delegateContactId: nataliya.contact.id })).toEqual({
      delegateContactId: ['The delegate is away then too. Choose someone who is in.'],
    });
    expect(await s.entryOf(franco.contact.id)).toEqual(before);
    await setAway(nataliya, franco.contact.id, { startsOn: nyDay(), endsOn: nyDay(2), delegateContactId: nataliya.contact.id });
    expect((await s.entryOf(franco.contact.id))?.delegateContactId).toBe(nataliya.contact.id);
    // A day that began in the past is fine while the absence has not ended.
    await s.db.delete(outOfOffice).where(eq(outOfOffice.contactId, nataliya.contact.id));
    await setAway(nataliya, franco.contact.id, { startsOn: nyDay(-1), endsOn: nyDay(10), delegateContactId: nataliya.contact.id });
  });

  it('a Basic user marks only themselves away (own account); the Portal Admin function refuses their level', async () => {
    const s = await setup();
    const { franco, nataliya } = s;
    await expect(setAway(franco, nataliya.contact.id, { startsOn: nyDay(), endsOn: nyDay(1), delegateContactId: null })).rejects.toThrow(LEVEL_REFUSED);
    await expect(clearAway(franco, franco.contact.id)).rejects.toThrow(LEVEL_REFUSED);
    expect(await s.entryOf(nataliya.contact.id)).toBeNull();
    await setOwnAway(franco, { startsOn: nyDay(1), endsOn: nyDay(8), delegateContactId: nataliya.contact.id });
    expect(await s.entryOf(franco.contact.id)).toMatchObject({ startsOn: nyDay(1), endsOn: nyDay(8), delegateContactId: nataliya.contact.id });
    const rows = await s.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'client.set_out_of_office'), eq(auditLog.actorId, franco.contact.id)));
    expect(rows).toMatchObject([{ actorType: 'client', targetType: 'contact', targetId: franco.contact.id }]);
  });
});

describe('e-mail while away', () => {
  it('goes to the delegate for an away ticket contact or approver, on their behalf; the away person keeps the notification', async () => {
    const s = await setup();
    const { franco, nataliya } = s;
    await setAway(nataliya, franco.contact.id, { startsOn: nyDay(-1), endsOn: nyDay(10), delegateContactId: nataliya.contact.id });
    const t1001 = await s.ticket(1001);
    await addStaffTicketNote(s.owner, t1001.id, { body: 'The part arrives on Friday.', shared: true });
    const subject = 'New note on ticket #1001 Thermostat offline in meeting room';
    const mails = (to: string, subj: string) =>
      s.db
        .select()
        .from(emailOutbox)
        .where(and(eq(emailOutbox.to, to), eq(emailOutbox.subject, subj)));
    expect(await mails('franco@coolair.com', subject)).toHaveLength(0);
    const [forFranco] = await mails('nataliya@coolair.com', subject);
    expect(forFranco.text).toContain(`on behalf of Franco Rossi, who is out of office until ${nyDay(10)}`);
    expect(
      await s.db
        .select()
        .from(notifications)
        .where(and(eq(notifications.contactId, franco.contact.id), eq(notifications.title, subject))),
    ).toHaveLength(1);

    // As an approver on Nataliya's ticket, the membership e-mail goes to Nataliya on Franco's behalf too.
    const t1002 = await s.ticket(1002);
    await addTicketPerson(s.owner, t1002.id, franco.contact.id, 'approver');
    const [added] = await mails('nataliya@coolair.com', "You've been added to the ticket #1002 Renew annual maintenance contract");
    expect(added.text).toContain('added Franco Rossi to the ticket');
    expect(await mails('franco@coolair.com', "You've been added to the ticket #1002 Renew annual maintenance contract")).toHaveLength(0);

    // Back in the office: his own address again.
    await clearAway(nataliya, franco.contact.id);
    await addStaffTicketNote(s.owner, t1001.id, { body: 'Fixed.', shared: true });
    expect(await mails('franco@coolair.com', subject)).toHaveLength(1);
  });

  it('a delegate who is away too is skipped: the person’s own address', async () => {
    const s = await setup();
    await setAway(s.nataliya, s.franco.contact.id, { startsOn: nyDay(), endsOn: nyDay(5), delegateContactId: s.nataliya.contact.id });
    // Nataliya goes away later (allowed: Franco's delegate is not blocked from being away).
    await s.db.insert(outOfOffice).values({ tenantId: s.acme.id, contactId: s.nataliya.contact.id, startsOn: nyDay(), endsOn: nyDay(1) });
    expect(await away.emailRecipientFor(s.acme.id, s.franco.contact.id)).toMatchObject({ email: 'franco@coolair.com', onBehalfOf: null });
    await s.db.delete(outOfOffice).where(eq(outOfOffice.contactId, s.nataliya.contact.id));
    expect(await away.emailRecipientFor(s.acme.id, s.franco.contact.id)).toMatchObject({
      email: 'nataliya@coolair.com',
      onBehalfOf: { name: 'Franco Rossi', until: nyDay(5) },
    });
  });
});

describe('Scheduled Off Hours', () => {
  const week = {
    timeZone: 'America/New_York',
    closed0: true,
    closed6: true,
    opens1: '08:00',
    closes1: '17:00',
    opens2: '08:00',
    closes2: '17:00',
    opens3: '08:00',
    closes3: '17:00',
    opens4: '08:00',
    closes4: '17:00',
    opens5: '08:00',
    closes5: '17:00',
  };

  it('bad input gives field errors and changes nothing', async () => {
    const s = await setup();
    const before = await s.db.select().from(offHoursSchedules);
    const parsed = offHoursScheduleSchema.safeParse({ ...week, closes2: '07:30' });
    expect(parsed.error?.flatten().fieldErrors).toEqual({ closes2: ['Closes must be after Opens.'] });
    const unknownZone = offHoursScheduleSchema.parse({ ...week, timeZone: 'Mars/Olympus_Mons' });
    const refused = await saveSchedule(s.nataliya, unknownZone).catch((e) => e);
    expect(refused.fieldErrors).toEqual({ timeZone: ['Choose a time zone from the list.'] });
    expect(await s.db.select().from(offHoursSchedules)).toEqual(before);
    await expect(saveSchedule(s.sasha, offHoursScheduleSchema.parse(week))).rejects.toThrow(LEVEL_REFUSED);
  });

  it('saves opening hours for the own company only; closures of another company are not found', async () => {
    const s = await setup();
    await saveSchedule(s.nataliya, offHoursScheduleSchema.parse({ ...week, timeZone: 'Europe/Paris', closed5: true }));
    const [saved] = await s.db.select().from(offHoursSchedules).where(eq(offHoursSchedules.companyId, s.nataliya.contact.companyId));
    expect(saved.timeZone).toBe('Europe/Paris');
    expect(saved.openingHours.map((h) => h.day)).toEqual([1, 2, 3, 4]);
    const [bills] = await s.db
      .insert(offHoursClosures)
      .values({ tenantId: s.globex.id, companyId: s.bill.contact.companyId, date: '2026-12-31', name: 'New Year’s Eve' })
      .returning();
    await expect(removeClosure(s.nataliya, bills.id)).rejects.toThrow('That closure was not found.');
    await saveSchedule(s.nataliya, offHoursScheduleSchema.parse(week));
  });

  it('a service request created during off hours is marked; without a schedule never', async () => {
    const s = await setup();
    const closure = await addClosure(s.nataliya, { date: nyDay(), name: 'Staff day' });
    expect(await offHours.companyOffHoursNow(s.acme.id, s.nataliya.contact.companyId)).toBe(true);
    const marked = await createServiceRequest(s.nataliya, { title: 'Fan noise', description: 'Loud fan in the office' });
    expect(marked.createdOffHours).toBe(true);
    await removeClosure(s.nataliya, closure.id);

    await removeSchedule(s.nataliya);
    expect(await offHours.companyOffHoursNow(s.acme.id, s.nataliya.contact.companyId)).toBe(false);
    const unmarked = await createServiceRequest(s.nataliya, { title: 'Door', description: 'Door sticks' });
    expect(unmarked.createdOffHours).toBe(false);
  });
});
