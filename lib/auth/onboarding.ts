import 'server-only';
import { and, eq, gt, isNotNull, or, sql } from 'drizzle-orm';
import { audit } from '@/lib/audit';
import { getDb } from '@/lib/db/client';
import { companies, contacts, notifications, oneTimeTokens, sessions, type Tenant, type TokenPurpose } from '@/lib/db/schema';
import { ActionError } from '@/lib/errors';
import { sendInvitation, sendPasswordReset } from '@/lib/portal-users/onboarding-mail';
import { hashPassword } from './password';
import { setPasswordSchema } from './password-policy';
import { consumeToken, inspectToken, revokeContactLinks, type TokenStatus } from './tokens';

export const SET_PASSWORD_PURPOSES: TokenPurpose[] = ['invitation', 'password_reset'];

export const LINK_ERRORS: Record<Exclude<TokenStatus, 'valid'>, string> = {
  used: 'This link was already used.',
  expired: 'This link has expired.',
  unknown: 'This link is not valid.',
};

/** The contact a set-password link belongs to, if the link can still be used. */
export async function inspectSetPasswordLink(tenant: Tenant, token: string) {
  const { status, row } = await inspectToken(token, tenant.id, SET_PASSWORD_PURPOSES);
  if (status !== 'valid' || !row?.contactId) return { status: status === 'valid' ? ('unknown' as const) : status };
  const db = await getDb();
  const [contact] = await db
    .select()
    .from(contacts)
    .where(and(eq(contacts.tenantId, tenant.id), eq(contacts.id, row.contactId), eq(contacts.portalAccess, true)));
  return contact ? { status, contact, purpose: row.purpose } : { status: 'unknown' as const };
}

/**
 * Set Password: checks the policy against the link's owner, uses the link up (once), stores the new hash
 * and ends every other session and every other open link of the user.
 */
export async function setPasswordWithLink(tenant: Tenant, input: { token: string; password: string; confirm: string }) {
  const link = await inspectSetPasswordLink(tenant, input.token);
  if (!link.contact) throw new ActionError(LINK_ERRORS[link.status as Exclude<TokenStatus, 'valid'>]);
  const parsed = setPasswordSchema(link.contact).safeParse(input);
  if (!parsed.success) {
    const fieldErrors = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), [i.message]]));
    throw new ActionError('Please correct the highlighted fields.', fieldErrors);
  }
  const passwordHash = await hashPassword(input.password);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const used = await consumeToken(input.token, tenant.id, SET_PASSWORD_PURPOSES, tx);
    if (!used || used.contactId !== link.contact.id) throw new ActionError(LINK_ERRORS.used);
    await revokeContactLinks(tx, tenant.id, link.contact.id);
    await tx
      .update(contacts)
      .set({ passwordHash, sessionVersion: sql`${contacts.sessionVersion} + 1` })
      .where(and(eq(contacts.tenantId, tenant.id), eq(contacts.id, link.contact.id)));
    await tx.delete(sessions).where(and(eq(sessions.tenantId, tenant.id), eq(sessions.contactId, link.contact.id), eq(sessions.kind, 'client')));
    await audit({ tenantId: tenant.id, actorType: 'client', actorId: link.contact.id, action: 'client.set_password', targetType: 'contact', targetId: link.contact.id, details: { via: used.purpose } }, tx);
    if (!link.contact.passwordHash) {
      await tx.insert(notifications).values({ tenantId: tenant.id, contactId: link.contact.id, title: `Welcome to the ${tenant.name} Customer Portal`, body: 'Follow your tickets and projects here.' });
    }
    return link.contact.id;
  });
}

const RESEND_PAUSE_MS = 60_000;

/**
 * "Ask for a new link": an invitation for users who never set a password, a reset link otherwise.
 * Says nothing about whether the account exists; at most one such e-mail a minute per user.
 */
export async function requestNewLink(tenant: Tenant, logon: string) {
  const db = await getDb();
  const key = logon.trim().toLowerCase();
  const [row] = await db
    .select({ contact: contacts })
    .from(contacts)
    .innerJoin(companies, eq(companies.id, contacts.companyId))
    .where(
      and(
        eq(contacts.tenantId, tenant.id),
        eq(contacts.portalAccess, true),
        eq(companies.portalEnabled, true),
        isNotNull(contacts.logonName),
        or(eq(sql`lower(${contacts.logonName})`, key), eq(sql`lower(${contacts.email})`, key)),
      ),
    );
  if (!row) return;
  const purpose: TokenPurpose = row.contact.passwordHash ? 'password_reset' : 'invitation';
  const [recent] = await db
    .select({ id: oneTimeTokens.id })
    .from(oneTimeTokens)
    .where(
      and(
        eq(oneTimeTokens.tenantId, tenant.id),
        eq(oneTimeTokens.contactId, row.contact.id),
        eq(oneTimeTokens.purpose, purpose),
        gt(oneTimeTokens.createdAt, new Date(Date.now() - RESEND_PAUSE_MS)),
      ),
    );
  if (recent) return;
  const sent = purpose === 'password_reset' ? await sendPasswordReset(tenant, row.contact) : await sendInvitation(tenant, row.contact);
  if (sent) await audit({ tenantId: tenant.id, actorType: 'client', actorId: row.contact.id, action: 'client.request_link', targetType: 'contact', targetId: row.contact.id });
}
