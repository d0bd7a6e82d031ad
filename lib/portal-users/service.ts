import 'server-only';
import { and, eq, inArray, isNotNull, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { audit, staffAudit } from '@/lib/audit';
import { getDb, type Db } from '@/lib/db/client';
import { companies, contactAvatars, contacts, notifications, oneTimeTokens, securityLevels, sessions, type Contact } from '@/lib/db/schema';
import { logonNameTaken } from '@/lib/auth/logon-names';
import { revokeContactLinks } from '@/lib/auth/tokens';
import { ActionError, NotFoundError, fieldError, requirePermission, type StaffContext } from '@/lib/errors';
import { sendInvitation, sendPasswordReset } from './onboarding-mail';
import type { PortalUserInput } from './schemas';

const lower = (column: SQL | typeof contacts.email | typeof contacts.logonName) => sql`lower(${column})`;

/** A portal user (contact with a logon name) of this tenant; another tenant's id is simply not found. */
export async function getPortalUser(tenantId: string, contactId: string, db?: Db): Promise<Contact> {
  const conn = db ?? (await getDb());
  const [contact] = await conn
    .select()
    .from(contacts)
    .where(and(eq(contacts.tenantId, tenantId), eq(contacts.id, contactId), isNotNull(contacts.logonName)));
  if (!contact) throw new NotFoundError('portal user');
  return contact;
}

async function assertCompany(tx: Db, tenantId: string, companyId: string) {
  const [company] = await tx.select().from(companies).where(and(eq(companies.tenantId, tenantId), eq(companies.id, companyId)));
  if (!company) throw fieldError('companyId', 'Choose a company.');
  return company;
}

async function assertSecurityLevel(tx: Db, tenantId: string, levelId: string) {
  const [level] = await tx
    .select()
    .from(securityLevels)
    .where(and(eq(securityLevels.id, levelId), or(isNull(securityLevels.tenantId), eq(securityLevels.tenantId, tenantId))));
  if (!level) throw fieldError('securityLevelId', 'Choose a security level.');
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
export async function addPortalUser(ctx: StaffContext, input: PortalUserInput) {
  requirePermission(ctx, 'portal_users.edit');
  const db = await getDb();
  const contact = await db.transaction(async (tx) => {
    await assertCompany(tx, ctx.tenant.id, input.companyId);
    await assertSecurityLevel(tx, ctx.tenant.id, input.securityLevelId);
    const [existing] = await tx
      .select()
      .from(contacts)
      .where(and(eq(contacts.tenantId, ctx.tenant.id), eq(lower(contacts.email), input.email.toLowerCase())));
    if (existing?.logonName) throw fieldError('email', 'A portal user with this e-mail already exists.');
    if (existing && existing.companyId !== input.companyId) throw fieldError('email', 'This e-mail is already used by a contact of another company.');
    await assertUnique(tx, ctx.tenant.id, input, existing?.id);
    const values = { ...portalFields(input), portalAccess: true };
    const [saved] = existing
      ? await tx.update(contacts).set(values).where(eq(contacts.id, existing.id)).returning()
      : await tx.insert(contacts).values({ ...values, tenantId: ctx.tenant.id }).returning();
    await audit(staffAudit(ctx, existing ? 'portal_user.activate_existing_contact' : 'portal_user.add', 'contact', saved.id, { email: saved.email }), tx);
    return saved;
  });
  const invited = await sendInvitation(ctx.tenant, contact);
  if (invited) await audit(staffAudit(ctx, 'portal_user.invite', 'contact', contact.id));
  return { contact, invited };
}

export async function updatePortalUser(ctx: StaffContext, contactId: string, input: PortalUserInput) {
  requirePermission(ctx, 'portal_users.edit');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const before = await getPortalUser(ctx.tenant.id, contactId, tx);
    await assertCompany(tx, ctx.tenant.id, input.companyId);
    await assertSecurityLevel(tx, ctx.tenant.id, input.securityLevelId);
    await assertUnique(tx, ctx.tenant.id, input, contactId);
    const [saved] = await tx.update(contacts).set(portalFields(input)).where(eq(contacts.id, contactId)).returning();
    const changed = Object.keys(portalFields(input)).filter((k) => before[k as keyof Contact] !== saved[k as keyof Contact]);
    await audit(staffAudit(ctx, 'portal_user.update', 'contact', contactId, { changed }), tx);
    return saved;
  });
}

/** Sends an active portal user one of the account e-mails, refusing clearly when it cannot go out. */
async function emailPortalUser(ctx: StaffContext, contactId: string, purpose: 'invitation' | 'reset') {
  requirePermission(ctx, 'portal_users.edit');
  const contact = await getPortalUser(ctx.tenant.id, contactId);
  const invitation = purpose === 'invitation';
  if (!contact.portalAccess) {
    throw new ActionError(`This portal user is deactivated. Activate them before ${invitation ? 'sending an invitation' : 'resetting the password'}.`);
  }
  const sent = invitation ? await sendInvitation(ctx.tenant, contact) : await sendPasswordReset(ctx.tenant, contact);
  if (!sent) throw new ActionError(`The client portal is not activated, so no ${invitation ? 'invitation' : 'e-mail'} was sent.`);
  await audit(invitation ? staffAudit(ctx, 'portal_user.invite', 'contact', contactId, { resend: true }) : staffAudit(ctx, 'portal_user.reset_password', 'contact', contactId));
  return contact;
}

export const resendInvitation = (ctx: StaffContext, contactId: string) => emailPortalUser(ctx, contactId, 'invitation');

export const resetPortalUserPassword = (ctx: StaffContext, contactId: string) => emailPortalUser(ctx, contactId, 'reset');

/** Deactivating ends the user's sessions at once (session version bump); activating lets them sign in again. */
export async function setPortalUserActive(ctx: StaffContext, contactId: string, active: boolean) {
  requirePermission(ctx, 'portal_users.edit');
  const db = await getDb();
  return db.transaction(async (tx) => {
    await getPortalUser(ctx.tenant.id, contactId, tx);
    const [saved] = await tx
      .update(contacts)
      .set({ portalAccess: active, sessionVersion: sql`${contacts.sessionVersion} + ${active ? 0 : 1}` })
      .where(eq(contacts.id, contactId))
      .returning();
    if (!active) await tx.delete(sessions).where(and(eq(sessions.tenantId, ctx.tenant.id), eq(sessions.contactId, contactId)));
    if (!active) await revokeContactLinks(tx, ctx.tenant.id, contactId);
    await audit(staffAudit(ctx, active ? 'portal_user.activate' : 'portal_user.deactivate', 'contact', contactId), tx);
    return saved;
  });
}

/**
 * Deletes portal users: their logins, passwords, 2FA, links and sessions go; the contacts stay in the
 * CRM without portal access. All ids must be this tenant's portal users, or nothing changes.
 */
export async function deletePortalUsers(ctx: StaffContext, ids: string[]) {
  requirePermission(ctx, 'portal_users.edit');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const found = await tx
      .select({ id: contacts.id, email: contacts.email })
      .from(contacts)
      .where(and(eq(contacts.tenantId, ctx.tenant.id), inArray(contacts.id, ids), isNotNull(contacts.logonName)));
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
      .where(and(eq(contacts.tenantId, ctx.tenant.id), inArray(contacts.id, ids)));
    await tx.delete(sessions).where(and(eq(sessions.tenantId, ctx.tenant.id), inArray(sessions.contactId, ids)));
    await tx.delete(oneTimeTokens).where(and(eq(oneTimeTokens.tenantId, ctx.tenant.id), inArray(oneTimeTokens.contactId, ids)));
    await tx.delete(contactAvatars).where(and(eq(contactAvatars.tenantId, ctx.tenant.id), inArray(contactAvatars.contactId, ids)));
    await tx.delete(notifications).where(and(eq(notifications.tenantId, ctx.tenant.id), inArray(notifications.contactId, ids)));
    for (const contact of found) await audit(staffAudit(ctx, 'portal_user.delete', 'contact', contact.id, { email: contact.email }), tx);
    return found.length;
  });
}

/** Reset 2FA: the user sets up a new authenticator at the next sign-in (if 2FA is required) or when they choose. */
export async function resetTwoFactor(ctx: StaffContext, contactId: string) {
  requirePermission(ctx, 'portal_users.edit');
  const db = await getDb();
  return db.transaction(async (tx) => {
    await getPortalUser(ctx.tenant.id, contactId, tx);
    const [saved] = await tx
      .update(contacts)
      .set({ totpSecret: null, totpConfiguredAt: null, recoveryCodeHashes: null })
      .where(eq(contacts.id, contactId))
      .returning();
    await audit(staffAudit(ctx, 'portal_user.reset_two_factor', 'contact', contactId), tx);
    return saved;
  });
}
