import 'server-only';
import { and, desc, eq, isNull, ne, sql } from 'drizzle-orm';
import { audit } from '@/lib/audit';
import { logonNameTaken } from '@/lib/auth/logon-names';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { hashToken } from '@/lib/auth/random';
import { revokeContactLinks } from '@/lib/auth/tokens';
import { getDb } from '@/lib/db/client';
import { contacts, notifications, sessions, type Contact, type EmailPreferences, type Tenant } from '@/lib/db/schema';
import { sendEmail } from '@/lib/email/send';
import { NotificationEmail } from '@/lib/email/templates/notification';
import { noticeText, type Notice } from '@/lib/i18n/notices';
import { ActionError, fieldError } from '@/lib/errors';
import { tenantBaseUrl } from '@/lib/tenancy/host';
import type { DashboardKey } from '@/lib/portal/dashboards';
import type { Viewer } from '@/lib/sharing/access';

/** The signed-in portal user: their tenant, contact record, session and what their level lets them see. */
export type ClientContext = { tenant: Tenant; contact: Contact; sessionToken: string; viewer: Viewer };

const own = (ctx: ClientContext) => and(eq(contacts.tenantId, ctx.tenant.id), eq(contacts.id, ctx.contact.id));

function clientAudit(ctx: ClientContext, action: string, details?: Record<string, unknown>) {
  return audit({ tenantId: ctx.tenant.id, actorType: 'client', actorId: ctx.contact.id, action, targetType: 'contact', targetId: ctx.contact.id, details });
}

/**
 * An in-app notification in the contact's language, also e-mailed when their preferences say so and the portal
 * is activated. `email` names the preference that decides (`false` when the caller sends its own, fuller e-mail).
 */
export async function notify(
  tenant: Tenant,
  contactId: string,
  notice: Notice,
  link: string | null = null,
  { email = 'notifications' }: { email?: keyof EmailPreferences | false } = {},
) {
  const db = await getDb();
  const [contact] = await db
    .select({ email: contacts.email, language: contacts.language, preferences: contacts.emailPreferences })
    .from(contacts)
    .where(and(eq(contacts.tenantId, tenant.id), eq(contacts.id, contactId)));
  if (!contact) return;
  const { title, body } = noticeText(contact.language, notice);
  await db.insert(notifications).values({ tenantId: tenant.id, contactId, title, body, link });
  if (!email || !tenant.portalActivated || !contact.preferences[email]) return;
  await sendEmail({
    tenantId: tenant.id,
    to: contact.email,
    subject: title,
    template: 'notification',
    body: NotificationEmail({ tenantName: tenant.name, title, body, url: `${tenantBaseUrl(tenant.slug)}${link ?? '/notifications'}` }),
  });
}

export async function setLanguage(ctx: ClientContext, language: string) {
  const db = await getDb();
  await db.update(contacts).set({ language }).where(own(ctx));
}

export async function setFormats(ctx: ClientContext, formats: Pick<Contact, 'dateFormat' | 'timeFormat' | 'numberFormat'>) {
  const db = await getDb();
  await db.update(contacts).set(formats).where(own(ctx));
}

export async function saveDashboards(ctx: ClientContext, dashboards: DashboardKey[]) {
  const db = await getDb();
  await db.update(contacts).set({ dashboards }).where(own(ctx));
}

/** Password change: the old password must match; every other session of the user ends. */
export async function changePassword(ctx: ClientContext, oldPassword: string, password: string) {
  if (!(await verifyPassword(ctx.contact.passwordHash, oldPassword))) throw fieldError('oldPassword', 'The old password is not correct.');
  const lowered = password.toLowerCase();
  if ([ctx.contact.logonName, ctx.contact.email].some((v) => v?.toLowerCase() === lowered)) {
    throw fieldError('password', 'Password cannot be your logon name or e-mail address.');
  }
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.update(contacts).set({ passwordHash: await hashPassword(password), sessionVersion: sql`${contacts.sessionVersion} + 1` }).where(own(ctx));
    await tx
      .update(sessions)
      .set({ sessionVersion: sql`${sessions.sessionVersion} + 1` })
      .where(and(eq(sessions.idHash, hashToken(ctx.sessionToken)), eq(sessions.contactId, ctx.contact.id)));
    await tx.delete(sessions).where(
      and(eq(sessions.tenantId, ctx.tenant.id), eq(sessions.contactId, ctx.contact.id), eq(sessions.kind, 'client'), ne(sessions.idHash, hashToken(ctx.sessionToken))),
    );
    await revokeContactLinks(tx, ctx.tenant.id, ctx.contact.id);
  });
  await clientAudit(ctx, 'client.change_password');
  await notify(ctx.tenant, ctx.contact.id, { title: 'passwordChangedTitle', body: 'passwordChangedBody' });
}

/** Logon name change: unique in the tenant ignoring case; all of the user's sessions end. */
export async function changeLogonName(ctx: ClientContext, logonName: string) {
  if (logonName === ctx.contact.logonName) throw fieldError('logonName', 'That is already your logon name.');
  const db = await getDb();
  await db.transaction(async (tx) => {
    if (await logonNameTaken(tx, ctx.tenant.id, logonName, ctx.contact.id)) throw fieldError('logonName', 'This logon name is already taken.');
    await tx.update(contacts).set({ logonName, sessionVersion: sql`${contacts.sessionVersion} + 1` }).where(own(ctx));
    await tx.delete(sessions).where(and(eq(sessions.tenantId, ctx.tenant.id), eq(sessions.contactId, ctx.contact.id), eq(sessions.kind, 'client')));
  });
  await clientAudit(ctx, 'client.change_logon_name', { from: ctx.contact.logonName, to: logonName });
  await notify(ctx.tenant, ctx.contact.id, { title: 'logonChangedTitle', body: 'logonChangedBody', values: { logonName } });
}

export async function listOwnSessions(ctx: Pick<ClientContext, 'tenant' | 'contact' | 'sessionToken'>) {
  const db = await getDb();
  const rows = await db
    .select({ idHash: sessions.idHash, userAgent: sessions.userAgent, createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt })
    .from(sessions)
    .where(and(eq(sessions.tenantId, ctx.tenant.id), eq(sessions.contactId, ctx.contact.id), eq(sessions.kind, 'client')))
    .orderBy(desc(sessions.lastSeenAt));
  const current = hashToken(ctx.sessionToken);
  return rows.map((r) => ({ ...r, current: r.idHash === current }));
}

export async function endOwnSession(ctx: ClientContext, idHash: string) {
  const db = await getDb();
  const ended = await db
    .delete(sessions)
    .where(and(eq(sessions.idHash, idHash), eq(sessions.tenantId, ctx.tenant.id), eq(sessions.contactId, ctx.contact.id), eq(sessions.kind, 'client')))
    .returning({ idHash: sessions.idHash });
  if (!ended.length) throw new ActionError('That session was not found.');
  await clientAudit(ctx, 'client.end_session');
}

export async function listNotifications(ctx: Pick<ClientContext, 'tenant' | 'contact'>) {
  const db = await getDb();
  return db
    .select()
    .from(notifications)
    .where(and(eq(notifications.tenantId, ctx.tenant.id), eq(notifications.contactId, ctx.contact.id)))
    .orderBy(desc(notifications.createdAt))
    .limit(100);
}

export async function unreadCount(tenantId: string, contactId: string) {
  const db = await getDb();
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.tenantId, tenantId), eq(notifications.contactId, contactId), isNull(notifications.readAt)));
  return n;
}

export async function markNotificationsRead(ctx: ClientContext, id?: string) {
  const db = await getDb();
  const mine = and(eq(notifications.tenantId, ctx.tenant.id), eq(notifications.contactId, ctx.contact.id), isNull(notifications.readAt));
  await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(id ? and(mine, eq(notifications.id, id)) : mine);
}

export async function setEmailPreferences(ctx: ClientContext, preferences: EmailPreferences) {
  const db = await getDb();
  await db.update(contacts).set({ emailPreferences: preferences }).where(own(ctx));
}
