import 'server-only';
import { and, asc, eq, gte, inArray, lte } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { getDb, type Db } from '@/lib/db/client';
import { contacts, offHoursSchedules, outOfOffice } from '@/lib/db/schema';
import { NotFoundError, fieldError } from '@/lib/errors';
import type { ClientWork } from '@/lib/pipeline';
import { companyToday, wallClock } from './off-hours';
import type { AwayInput } from './out-of-office-schemas';

/** Managing anyone of the company (Portal Admin), or only oneself (Settings). */
type Admin = ClientWork<'portal_admin.out_of_office'>;
type Own = ClientWork<'own_account'>;
type Work = Admin | Own;
type Away = Omit<AwayInput, 'contactId'>;

const delegate = alias(contacts, 'delegate');
const fullName = (c: { firstName: string; lastName: string }) => `${c.firstName} ${c.lastName}`.trim();

/** The contacts of one company with their away entry (if any) and its delegate's name. */
export async function companyAwayList(tenantId: string, companyId: string, db?: Db) {
  const conn = db ?? (await getDb());
  const rows = await conn
    .select({ contact: contacts, away: outOfOffice, delegate: { firstName: delegate.firstName, lastName: delegate.lastName } })
    .from(contacts)
    .leftJoin(outOfOffice, and(eq(outOfOffice.tenantId, tenantId), eq(outOfOffice.contactId, contacts.id)))
    .leftJoin(delegate, and(eq(delegate.tenantId, tenantId), eq(delegate.id, outOfOffice.delegateContactId)))
    .where(and(eq(contacts.tenantId, tenantId), eq(contacts.companyId, companyId)))
    .orderBy(asc(contacts.lastName), asc(contacts.firstName));
  return rows.map((r) => ({ ...r, name: fullName(r.contact), delegateName: r.delegate ? fullName(r.delegate) : null }));
}

/** The away entries of these contacts that cover today, each judged by its company's today (see companyToday). */
async function entriesCoveringToday(db: Db, tenantId: string, contactIds: string[], at: Date) {
  const ids = [...new Set(contactIds.filter(Boolean))];
  if (!ids.length) return [];
  const rows = await db
    .select({ away: outOfOffice, timeZone: offHoursSchedules.timeZone })
    .from(outOfOffice)
    .innerJoin(contacts, and(eq(contacts.tenantId, tenantId), eq(contacts.id, outOfOffice.contactId)))
    .leftJoin(offHoursSchedules, and(eq(offHoursSchedules.tenantId, tenantId), eq(offHoursSchedules.companyId, contacts.companyId)))
    .where(and(eq(outOfOffice.tenantId, tenantId), inArray(outOfOffice.contactId, ids)));
  return rows
    .filter(({ away, timeZone }) => {
      const today = wallClock(at, timeZone ?? 'UTC').date;
      return away.startsOn <= today && today <= away.endsOn;
    })
    .map((r) => r.away);
}

/** One contact's away entry, when today lies within it. */
export async function awayToday(db: Db, tenantId: string, contactId: string, at = new Date()) {
  return (await entriesCoveringToday(db, tenantId, [contactId], at))[0] ?? null;
}

/** "Out of office until <date>" for staff: the last day away of those of these contacts who are away today. */
export async function awayUntil(tenantId: string, contactIds: (string | null)[], at = new Date()) {
  const entries = await entriesCoveringToday(
    await getDb(),
    tenantId,
    contactIds.filter((id): id is string => Boolean(id)),
    at,
  );
  return new Map(entries.map((e) => [e.contactId, e.endsOn]));
}

/**
 * Where an e-mail for a ticket's contact or approver goes: to their delegate while they are away today (the
 * delegate is told it comes on their behalf), otherwise to them. A delegate who is away too is skipped.
 */
export async function emailRecipientFor(tenantId: string, contactId: string, at = new Date()) {
  const db = await getDb();
  const [person] = await db
    .select()
    .from(contacts)
    .where(and(eq(contacts.tenantId, tenantId), eq(contacts.id, contactId)));
  if (!person) return null;
  const own = { email: person.email, firstName: person.firstName, onBehalfOf: null };
  const away = await awayToday(db, tenantId, contactId, at);
  if (!away?.delegateContactId || (await awayToday(db, tenantId, away.delegateContactId, at))) return own;
  const [stand] = await db
    .select()
    .from(contacts)
    .where(and(eq(contacts.tenantId, tenantId), eq(contacts.id, away.delegateContactId)));
  if (!stand) return own;
  return { email: stand.email, firstName: stand.firstName, onBehalfOf: { name: fullName(person), until: away.endsOn } };
}

async function contactOfCompany(w: Work, contactId: string, field?: string) {
  const [found] = await w.tx
    .select()
    .from(contacts)
    .where(and(eq(contacts.tenantId, w.tenant.id), eq(contacts.companyId, w.viewer.companyId), eq(contacts.id, contactId)));
  if (!found) throw field ? fieldError(field, 'Choose another contact of your company.') : new NotFoundError('contact');
  return found;
}

/**
 * Marks a contact of the user's own company away (replacing an earlier entry). The days may have begun but not
 * ended. The delegate is another contact of the company who is not away on any of those days.
 */
export const setAway = (w: Admin, contactId: string, input: Away) => writeAway(w, contactId, input);

/** Settings › Out of office: the signed-in user marks themselves away, by the same rules. */
export const setOwnAway = (w: Own, input: Away) => writeAway(w, w.contact.id, input);

async function writeAway(w: Work, contactId: string, input: Away) {
  const contact = await contactOfCompany(w, contactId);
  if (input.endsOn < (await companyToday(w.tenant.id, w.viewer.companyId, new Date(), w.tx))) throw fieldError('endsOn', 'Away until cannot be in the past.');
  if (input.delegateContactId) {
    if (input.delegateContactId === contact.id) throw fieldError('delegateContactId', 'Choose someone else as the delegate.');
    await contactOfCompany(w, input.delegateContactId, 'delegateContactId');
    const [busy] = await w.tx
      .select({ id: outOfOffice.contactId })
      .from(outOfOffice)
      .where(
        and(
          eq(outOfOffice.tenantId, w.tenant.id),
          eq(outOfOffice.contactId, input.delegateContactId),
          lte(outOfOffice.startsOn, input.endsOn),
          gte(outOfOffice.endsOn, input.startsOn),
        ),
      );
    if (busy) throw fieldError('delegateContactId', 'The delegate is away then too. Choose someone who is in.');
  }
  const values = { startsOn: input.startsOn, endsOn: input.endsOn, delegateContactId: input.delegateContactId, updatedAt: new Date() };
  await w.tx
    .insert(outOfOffice)
    .values({ ...values, tenantId: w.tenant.id, contactId: contact.id })
    .onConflictDoUpdate({ target: outOfOffice.contactId, set: values, setWhere: eq(outOfOffice.tenantId, w.tenant.id) });
  await w.audit({ type: 'contact', id: contact.id, details: { startsOn: input.startsOn, endsOn: input.endsOn, delegateContactId: input.delegateContactId } });
  return contact;
}

/** Back in the office: the entry goes (for a contact who was not away there is nothing to clear). */
export const clearAway = (w: Admin, contactId: string) => removeAway(w, contactId);
export const clearOwnAway = (w: Own) => removeAway(w, w.contact.id);

async function removeAway(w: Work, contactId: string) {
  const contact = await contactOfCompany(w, contactId);
  await w.tx.delete(outOfOffice).where(and(eq(outOfOffice.tenantId, w.tenant.id), eq(outOfOffice.contactId, contact.id)));
  await w.audit({ type: 'contact', id: contact.id });
}
