import 'server-only';
import { and, eq, inArray, isNotNull, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type { ClientWork, StaffWork } from '@/lib/pipeline';
import { companyTree } from '@/lib/portal/access';
import { getDb, type Db } from '@/lib/db/client';
import { companies, contactAvatars, contacts, notifications, oneTimeTokens, securityLevels, sessions, type Contact } from '@/lib/db/schema';
import { logonNameTaken } from '@/lib/auth/logon-names';
import { revokeContactLinks } from '@/lib/auth/tokens';
import { ActionError, NotFoundError, fieldError } from '@/lib/errors';
import { sendInvitation, sendPasswordReset } from './onboarding-mail';
import type { PortalUserInput } from './schemas';

type StaffOnly = StaffWork<'portal_users.edit'>;
/**
 * Staff with *edit portal user settings*, or a client whose level has *portal admin: logins* (Portal Admin ›
 * Logins). A client acts only on the portal users of their own company and its subsidiaries, gives only levels
 * marked *Assignable by client* that allow nothing their own level does not, and cannot deactivate themselves.
 */
type Work = StaffOnly | ClientWork<'portal_admin.logins'>;

export const CLIENT_ASSIGNABLE_ONLY = 'Choose a level marked “Assignable by client”: ask your service provider for this one.';
export const NOT_ABOVE_OWN = 'You cannot give a level that allows more than your own.';
export const NOT_YOURSELF = 'You cannot deactivate your own login.';
export const EMAIL_BY_PROVIDER = 'Only your service provider can change a login’s e-mail address.';

const byClient = (w: Work): w is ClientWork<'portal_admin.logins'> => 'viewer' in w;

/** The companies whose portal users `w` may act on: null for staff (the whole tenant). */
const scopeOf = async (w: Work) => (byClient(w) ? companyTree(w.viewer) : null);

const lower = (column: SQL | typeof contacts.email | typeof contacts.logonName) => sql`lower(${column})`;

/** A portal user (contact with a logon name) of this tenant; another tenant's id is simply not found. */
export async function getPortalUser(tenantId: string, contactId: string, db?: Db, companyIds?: string[] | null): Promise<Contact> {
  const conn = db ?? (await getDb());
  const [contact] = await conn
    .select()
    .from(contacts)
    .where(
      and(eq(contacts.tenantId, tenantId), eq(contacts.id, contactId), isNotNull(contacts.logonName), companyIds ? inArray(contacts.companyId, companyIds) : undefined),
    );
  if (!contact) throw new NotFoundError('portal user');
  return contact;
}

async function assertCompany(tx: Db, tenantId: string, companyId: string, companyIds: string[] | null) {
  if (companyIds && !companyIds.includes(companyId)) throw fieldError('companyId', 'Choose a company.');
  const [company] = await tx.select().from(companies).where(and(eq(companies.tenantId, tenantId), eq(companies.id, companyId)));
  if (!company) throw fieldError('companyId', 'Choose a company.');
  return company;
}

/** The level must be the tenant's (or built in); a client may keep a user's level, or give one they are allowed to give. */
async function assertSecurityLevel(w: Work, levelId: string, current: string | null = null) {
  const [level] = await w.tx
    .select()
    .from(securityLevels)
    .where(and(eq(securityLevels.id, levelId), or(isNull(securityLevels.tenantId), eq(securityLevels.tenantId, w.tenant.id))));
  if (!level) throw fieldError('securityLevelId', 'Choose a security level.');
  if (!byClient(w) || levelId === current) return;
  if (!level.clientAssignable) throw fieldError('securityLevelId', CLIENT_ASSIGNABLE_ONLY);
  if (level.permissions.some((p) => !w.viewer.permissions.includes(p))) throw fieldError('securityLevelId', NOT_ABOVE_OWN);
}

/** E-mail and logon name must each be unique in the tenant, ignoring case (a logon name is not another's e-mail). */
async function assertUnique(tx: Db, tenantId: string, input: Pick<PortalUserInput, 'email' | 'logonName'>, exceptId?: string) {
  const others = (column: typeof contacts.email, value: string) =>
    and(eq(contacts.tenantId, tenantId), eq(lower(column), value.toLowerCase()), exceptId ? ne(contacts.id, exceptId) : undefined);
  const [emailTaken] = await tx.select({ id: contacts.id }).from(contacts).where(others(contacts.email, input.email));
  if (emailTaken) throw fieldError('email', 'This e-mail is already used by another contact.');
  if (await logonNameTaken(tx, tenantId, input.logonName, exceptId)) throw fieldError('logonName', 'This logon name is already taken.');
}

function portalFields(input: PortalUserInput) {
  return {
    companyId: input.companyId,
    email: input.email,
    firstName: input.firstName,
    lastName: input.lastName,
    logonName: input.logonName,
    securityLevelId: input.securityLevelId,
    language: input.language,
    dateFormat: input.dateFormat,
    timeFormat: input.timeFormat,
    numberFormat: input.numberFormat,
  };
}

/**
 * Add New Portal User: creates the contact, or gives an existing contact of the same company (matched by
 * e-mail) portal access; then sends the invitation, unless the portal is not activated.
 */
export async function addPortalUser(w: Work, input: PortalUserInput) {
  const { tx, tenant } = w;
  await assertCompany(tx, tenant.id, input.companyId, await scopeOf(w));
  await assertSecurityLevel(w, input.securityLevelId);
  const [existing] = await tx
    .select()
    .from(contacts)
    .where(and(eq(contacts.tenantId, tenant.id), eq(lower(contacts.email), input.email.toLowerCase())));
  if (existing?.logonName) throw fieldError('email', 'A portal user with this e-mail already exists.');
  if (existing && existing.companyId !== input.companyId) throw fieldError('email', 'This e-mail is already used by a contact of another company.');
  await assertUnique(tx, tenant.id, input, existing?.id);
  const values = { ...portalFields(input), portalAccess: true };
  const [contact] = existing
    ? await tx
        .update(contacts)
        .set(values)
        .where(and(eq(contacts.tenantId, tenant.id), eq(contacts.id, existing.id)))
        .returning()
    : await tx
        .insert(contacts)
        .values({ ...values, tenantId: tenant.id })
        .returning();
  await w.audit({ action: existing ? 'portal_user.activate_existing_contact' : 'portal_user.add', type: 'contact', id: contact.id, details: { email: contact.email } });
  const invited = await sendInvitation(tenant, contact);
  if (invited) await w.audit({ action: 'portal_user.invite', type: 'contact', id: contact.id });
  return { contact, invited };
}

export async function updatePortalUser(w: Work, contactId: string, input: PortalUserInput) {
  const { tx, tenant } = w;
  const scope = await scopeOf(w);
  const before = await getPortalUser(tenant.id, contactId, tx, scope);
  if (byClient(w) && before.email.toLowerCase() !== input.email.toLowerCase()) throw fieldError('email', EMAIL_BY_PROVIDER);
  await assertCompany(tx, tenant.id, input.companyId, scope);
  await assertSecurityLevel(w, input.securityLevelId, before.securityLevelId);
  await assertUnique(tx, tenant.id, input, contactId);
  const [saved] = await tx
    .update(contacts)
    .set(portalFields(input))
    .where(and(eq(contacts.tenantId, tenant.id), eq(contacts.id, contactId)))
    .returning();
  const changed = Object.keys(portalFields(input)).filter((k) => before[k as keyof Contact] !== saved[k as keyof Contact]);
  await w.audit({ type: 'contact', id: contactId, details: { changed } });
  return saved;
}

/** Sends an active portal user one of the account e-mails, refusing clearly when it cannot go out. */
async function emailPortalUser(w: Work, contactId: string, purpose: 'invitation' | 'reset') {
  const contact = await getPortalUser(w.tenant.id, contactId, w.tx, await scopeOf(w));
  const invitation = purpose === 'invitation';
  if (!contact.portalAccess) {
    throw new ActionError(`This portal user is deactivated. Activate them before ${invitation ? 'sending an invitation' : 'resetting the password'}.`);
  }
  const sent = invitation ? await sendInvitation(w.tenant, contact) : await sendPasswordReset(w.tenant, contact);
  if (!sent) throw new ActionError(`The client portal is not activated, so no ${invitation ? 'invitation' : 'e-mail'} was sent.`);
  await w.audit({ type: 'contact', id: contactId, details: invitation ? { resend: true } : undefined });
  return contact;
}

export const resendInvitation = (w: Work, contactId: string) => emailPortalUser(w, contactId, 'invitation');

export const resetPortalUserPassword = (w: Work, contactId: string) => emailPortalUser(w, contactId, 'reset');

/** Deactivating ends the user's sessions at once (session version bump); activating lets them sign in again. */
export async function setPortalUserActive(w: Work, contactId: string, active: boolean) {
  const { tx, tenant } = w;
  await getPortalUser(tenant.id, contactId, tx, await scopeOf(w));
  if (!active && byClient(w) && contactId === w.contact.id) throw new ActionError(NOT_YOURSELF);
  const [saved] = await tx
    .update(contacts)
    .set({ portalAccess: active, sessionVersion: sql`${contacts.sessionVersion} + ${active ? 0 : 1}` })
    .where(and(eq(contacts.tenantId, tenant.id), eq(contacts.id, contactId)))
    .returning();
  if (!active) await tx.delete(sessions).where(and(eq(sessions.tenantId, tenant.id), eq(sessions.contactId, contactId)));
  if (!active) await revokeContactLinks(tx, tenant.id, contactId);
  await w.audit({ action: active ? 'portal_user.activate' : 'portal_user.deactivate', type: 'contact', id: contactId });
  return saved;
}

/**
 * Deletes portal users: their logins, passwords, 2FA, links and sessions go; the contacts stay in the
 * CRM without portal access. All ids must be this tenant's portal users, or nothing changes.
 */
export async function deletePortalUsers(w: StaffOnly, ids: string[]) {
  const { tx, tenant } = w;
  const found = await tx
    .select({ id: contacts.id, email: contacts.email })
    .from(contacts)
    .where(and(eq(contacts.tenantId, tenant.id), inArray(contacts.id, ids), isNotNull(contacts.logonName)));
  if (found.length !== new Set(ids).size) throw new NotFoundError('portal user');
  await tx
    .update(contacts)
    .set({
      portalAccess: false,
      logonName: null,
      passwordHash: null,
      securityLevelId: null,
      totpSecret: null,
      totpConfiguredAt: null,
      recoveryCodeHashes: null,
      invitedAt: null,
      avatarUpdatedAt: null,
      dashboards: sql`default`,
      sessionVersion: sql`${contacts.sessionVersion} + 1`,
    })
    .where(and(eq(contacts.tenantId, tenant.id), inArray(contacts.id, ids)));
  await tx.delete(sessions).where(and(eq(sessions.tenantId, tenant.id), inArray(sessions.contactId, ids)));
  await tx.delete(oneTimeTokens).where(and(eq(oneTimeTokens.tenantId, tenant.id), inArray(oneTimeTokens.contactId, ids)));
  await tx.delete(contactAvatars).where(and(eq(contactAvatars.tenantId, tenant.id), inArray(contactAvatars.contactId, ids)));
  await tx.delete(notifications).where(and(eq(notifications.tenantId, tenant.id), inArray(notifications.contactId, ids)));
  await w.audit(found.map((contact) => ({ type: 'contact', id: contact.id, details: { email: contact.email } })));
  return found.length;
}

/** Reset 2FA: the user sets up a new authenticator at the next sign-in (if 2FA is required) or when they choose. */
export async function resetTwoFactor(w: StaffOnly, contactId: string) {
  await getPortalUser(w.tenant.id, contactId, w.tx);
  const [saved] = await w.tx
    .update(contacts)
    .set({ totpSecret: null, totpConfiguredAt: null, recoveryCodeHashes: null })
    .where(and(eq(contacts.tenantId, w.tenant.id), eq(contacts.id, contactId)))
    .returning();
  await w.audit({ type: 'contact', id: contactId });
  return saved;
}
