import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { getDb, type Db } from '@/lib/db/client';
import { offHoursClosures, offHoursSchedules, type OffHoursClosure, type OffHoursSchedule, type OpeningHours } from '@/lib/db/schema';
import { NotFoundError, fieldError } from '@/lib/errors';
import type { ClientWork } from '@/lib/pipeline';
import { WEEKDAYS, type OffHoursScheduleInput } from './off-hours-schemas';

type Work = ClientWork<'portal_admin.off_hours'>;
type Schedule = Pick<OffHoursSchedule, 'timeZone' | 'openingHours'>;

/** The zones a schedule may use: UTC and every IANA zone this server knows. */
export function timeZones(): string[] {
  return ['UTC', ...Intl.supportedValuesOf('timeZone')];
}

const WEEKDAY_NUMBER: Record<string, OpeningHours['day']> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

/** The calendar date ("YYYY-MM-DD"), weekday and "HH:mm" of an instant on the wall clocks of a time zone. */
export function wallClock(at: Date, timeZone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, day: WEEKDAY_NUMBER[parts.weekday], time: `${parts.hour}:${parts.minute}` };
}

/**
 * Off hours: outside the weekday's opening hours (a day without hours is closed all day) or on a closure date,
 * in the schedule's time zone. Opening hours include `opens` and end before `closes`. No schedule: never off hours.
 */
export function isOffHours(schedule: Schedule | null | undefined, closures: readonly Pick<OffHoursClosure, 'date'>[], at: Date): boolean {
  if (!schedule) return false;
  const now = wallClock(at, schedule.timeZone);
  if (closures.some((c) => c.date === now.date)) return true;
  const hours = schedule.openingHours.find((h) => h.day === now.day);
  return !hours || now.time < hours.opens || now.time >= hours.closes;
}

/** A company's schedule (null: none) and closures, oldest first. */
export async function getOffHours(db: Db, tenantId: string, companyId: string) {
  const [[schedule], closures] = await Promise.all([
    db
      .select()
      .from(offHoursSchedules)
      .where(and(eq(offHoursSchedules.tenantId, tenantId), eq(offHoursSchedules.companyId, companyId))),
    db
      .select()
      .from(offHoursClosures)
      .where(and(eq(offHoursClosures.tenantId, tenantId), eq(offHoursClosures.companyId, companyId)))
      .orderBy(asc(offHoursClosures.date)),
  ]);
  return { schedule: schedule ?? null, closures };
}

/** Is the company off hours at this instant (default now)? */
export async function companyOffHoursNow(tenantId: string, companyId: string, at = new Date(), db?: Db) {
  const { schedule, closures } = await getOffHours(db ?? (await getDb()), tenantId, companyId);
  return isOffHours(schedule, closures, at);
}

/** Today's date for a company: in its schedule's time zone, or UTC without one. */
export async function companyToday(tenantId: string, companyId: string, at = new Date(), db?: Db) {
  const [schedule] = await (db ?? (await getDb()))
    .select({ timeZone: offHoursSchedules.timeZone })
    .from(offHoursSchedules)
    .where(and(eq(offHoursSchedules.tenantId, tenantId), eq(offHoursSchedules.companyId, companyId)));
  return wallClock(at, schedule?.timeZone ?? 'UTC').date;
}

/** The form's fields as stored opening hours: only the days that open. */
export function openingHoursOf(input: OffHoursScheduleInput): OpeningHours[] {
  return WEEKDAYS.filter((d) => !input[`closed${d}`]).map((day) => ({ day, opens: input[`opens${day}`], closes: input[`closes${day}`] }));
}

export async function saveOffHoursSchedule(w: Work, input: OffHoursScheduleInput) {
  if (!timeZones().includes(input.timeZone)) throw fieldError('timeZone', 'Choose a time zone from the list.');
  const values = { timeZone: input.timeZone, openingHours: openingHoursOf(input), updatedAt: new Date() };
  await w.tx
    .insert(offHoursSchedules)
    .values({ ...values, tenantId: w.tenant.id, companyId: w.viewer.companyId })
    .onConflictDoUpdate({ target: offHoursSchedules.companyId, set: values, setWhere: eq(offHoursSchedules.tenantId, w.tenant.id) });
  await w.audit({ type: 'company', id: w.viewer.companyId, details: values });
}

/** No schedule: the company is never off hours (its closures are kept for a later schedule). */
export async function removeOffHoursSchedule(w: Work) {
  await w.tx.delete(offHoursSchedules).where(and(eq(offHoursSchedules.tenantId, w.tenant.id), eq(offHoursSchedules.companyId, w.viewer.companyId)));
  await w.audit({ type: 'company', id: w.viewer.companyId });
}

export async function addClosure(w: Work, input: { date: string; name: string }) {
  const [added] = await w.tx
    .insert(offHoursClosures)
    .values({ ...input, tenantId: w.tenant.id, companyId: w.viewer.companyId })
    .onConflictDoNothing()
    .returning();
  if (!added) throw fieldError('date', 'There is already a closure on that date.');
  await w.audit({ type: 'company', id: w.viewer.companyId, details: { closureId: added.id, ...input } });
  return added;
}

export async function removeClosure(w: Work, closureId: string) {
  const [removed] = await w.tx
    .delete(offHoursClosures)
    .where(and(eq(offHoursClosures.tenantId, w.tenant.id), eq(offHoursClosures.companyId, w.viewer.companyId), eq(offHoursClosures.id, closureId)))
    .returning();
  if (!removed) throw new NotFoundError('closure');
  await w.audit({ type: 'company', id: w.viewer.companyId, details: { closureId, date: removed.date, name: removed.name } });
}
