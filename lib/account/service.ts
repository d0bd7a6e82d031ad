import 'server-only';
import { and, asc, desc, eq, isNull, like, ne, or, sql } from 'drizzle-orm';
import { logonNameTaken } from '@/lib/auth/logon-names';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { hashToken } from '@/lib/auth/random';
import { revokeContactLinks } from '@/lib/auth/tokens';
import { getDb } from '@/lib/db/client';
import { cappedCount, likePattern, offsetOf } from '@/lib/paging';
import { companies, contacts, notifications, sessions, type Contact, type EmailPreferences, type Tenant } from '@/lib/db/schema';
import { sendEmail } from '@/lib/email/send';
import { NotificationEmail } from '@/lib/email/templates/notification';
import { noticeText, type Notice } from '@/lib/i18n/notices';
import { ActionError, fieldError, type ClientContext } from '@/lib/errors';
import type { ClientWork } from '@/lib/pipeline';
import { NOTIFICATION_DEFAULTS, type NotificationParams } from './schemas';
import { emailRecipientFor } from '@/lib/portal-admin/out-of-office';
import { DASHBOARD_NOT_AVAILABLE, mayUseDashboard, type DashboardKey } from '@/lib/portal/dashboards';
import { tenantBaseUrl } from '@/lib/tenancy/host';

/** The portal user's own account: whoever is signed in may change it ("own_account"), and only theirs. */
type Work = ClientWork<'own_account'>;

const own = (ctx: ClientContext) => and(eq(contacts.tenantId, ctx.tenant.id), eq(contacts.id, ctx.contact.id));
const self = (w: Work) => ({ type: 'contact', id: w.contact.id });

/**
 * An in-app notification in the contact's language, also e-mailed when their preferences say so and the portal
 * is activated. `email` names the preference that decides (`false` when the caller sends its own, fuller e-mail).
 * `delegable`: the contact is a ticket's contact or approver, whose e-mail goes to their delegate while they are away.
 */
export async function notify(
  tenant: Tenant,
  contactId: string,
  notice: Notice,
  link: string | null = null,
  { email = 'notifications', delegable = false }: { email?: keyof EmailPreferences | false; delegable?: boolean } = {},
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
  const recipient = delegable ? await emailRecipientFor(tenant.id, contactId) : null;
  const url = `${tenantBaseUrl(tenant.slug)}${link ?? '/notifications'}`;
  await sendEmail({
    tenantId: tenant.id,
    to: recipient?.email ?? contact.email,
    subject: title,
    template: 'notification',
    body: NotificationEmail({ tenantName: tenant.name, title, body, url, onBehalfOf: recipient?.onBehalfOf }),
  });
}

export async function setLanguage(w: Work, language: string) {
  await w.tx.update(contacts).set({ language }).where(own(w));
  await w.audit({ ...self(w), details: { language } });
}

export async function setFormats(w: Work, formats: Pick<Contact, 'dateFormat' | 'timeFormat' | 'numberFormat'>) {
  await w.tx.update(contacts).set(formats).where(own(w));
  await w.audit({ ...self(w), details: formats });
}

/** Only dashboards the user's level and company allow (a form can be sent with any key). */
export async function saveDashboards(w: Work, dashboards: DashboardKey[]) {
  const [company] = await w.tx
    .select({ knowledgeBaseEnabled: companies.knowledgeBaseEnabled })
    .from(companies)
    .where(and(eq(companies.tenantId, w.tenant.id), eq(companies.id, w.contact.companyId)));
  const access = { permissions: w.viewer.permissions, knowledgeBaseEnabled: company?.knowledgeBaseEnabled ?? false };
  if (dashboards.some((key) => !mayUseDashboard(key, access))) throw new ActionError(DASHBOARD_NOT_AVAILABLE);
  await w.tx.update(contacts).set({ dashboards }).where(own(w));
  await w.audit({ ...self(w), details: { dashboards } });
}

/** Password change: the old password must match; every other session of the user ends. */
export async function changePassword(w: Work, oldPassword: string, password: string) {
  if (!(await verifyPassword(w.contact.passwordHash, oldPassword))) throw fieldError('oldPassword', 'The old password is not correct.');
  const lowered = password.toLowerCase();
  if ([w.contact.logonName, w.contact.email].some((v) => v?.toLowerCase() === lowered)) {
    throw fieldError('password', 'Password cannot be your logon name or e-mail address.');
  }
  const current = hashToken(w.sessionToken);
  await w.tx.update(contacts).set({ passwordHash: await hashPassword(password), sessionVersion: sql`${contacts.sessionVersion} + 1` }).where(own(w));
  await w.tx
    .update(sessions)
    .set({ sessionVersion: sql`${sessions.sessionVersion} + 1` })
    .where(and(eq(sessions.tenantId, w.tenant.id), eq(sessions.idHash, current), eq(sessions.contactId, w.contact.id)));
  await w.tx
    .delete(sessions)
    .where(and(eq(sessions.tenantId, w.tenant.id), eq(sessions.contactId, w.contact.id), eq(sessions.kind, 'client'), ne(sessions.idHash, current)));
  await revokeContactLinks(w.tx, w.tenant.id, w.contact.id);
  await w.audit(self(w));
  await notify(w.tenant, w.contact.id, { title: 'passwordChangedTitle', body: 'passwordChangedBody' });
}

/** Logon name change: unique in the tenant ignoring case; all of the user's sessions end. */
export async function changeLogonName(w: Work, logonName: string) {
  if (logonName === w.contact.logonName) throw fieldError('logonName', 'That is already your logon name.');
  if (await logonNameTaken(w.tx, w.tenant.id, logonName, w.contact.id)) throw fieldError('logonName', 'This logon name is already taken.');
  await w.tx.update(contacts).set({ logonName, sessionVersion: sql`${contacts.sessionVersion} + 1` }).where(own(w));
  await w.tx.delete(sessions).where(and(eq(sessions.tenantId, w.tenant.id), eq(sessions.contactId, w.contact.id), eq(sessions.kind, 'client')));
  await w.audit({ ...self(w), details: { from: w.contact.logonName, to: logonName } });
  await notify(w.tenant, w.contact.id, { title: 'logonChangedTitle', body: 'logonChangedBody', values: { logonName } });
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

export async function endOwnSession(w: Work, idHash: string) {
  const ended = await w.tx
    .delete(sessions)
    .where(and(eq(sessions.idHash, idHash), eq(sessions.tenantId, w.tenant.id), eq(sessions.contactId, w.contact.id), eq(sessions.kind, 'client')))
    .returning({ idHash: sessions.idHash });
  if (!ended.length) throw new ActionError('That session was not found.');
  await w.audit(self(w));
}

function notificationsWhere(ctx: Pick<ClientContext, 'tenant' | 'contact'>, q: string) {
  const mine = and(eq(notifications.tenantId, ctx.tenant.id), eq(notifications.contactId, ctx.contact.id));
  return q ? and(mine, or(like(sql`lower(${notifications.title})`, likePattern(q)), like(sql`lower(${notifications.body})`, likePattern(q)))) : mine;
}

/** One page of the user's notifications, sorted and filtered in SQL, with their (capped) count. */
export async function listNotifications(ctx: Pick<ClientContext, 'tenant' | 'contact'>, given: Partial<NotificationParams> = {}) {
  const params = { ...NOTIFICATION_DEFAULTS, ...given };
  const db = await getDb();
  const order = params.dir === 'asc' ? asc : desc;
  const where = notificationsWhere(ctx, params.q);
  const sortColumn = params.sort === 'title' ? sql`lower(${notifications.title})` : notifications.createdAt;
  const [rows, total] = await Promise.all([
    db.select().from(notifications).where(where).orderBy(order(sortColumn), order(notifications.createdAt), asc(notifications.id)).limit(params.size).offset(offsetOf(params)),
    cappedCount(db, notifications, where),
  ]);
  return { rows, total };
}

export async function unreadCount(tenantId: string, contactId: string) {
  const db = await getDb();
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.tenantId, tenantId), eq(notifications.contactId, contactId), isNull(notifications.readAt)));
  return n;
}

export async function markNotificationsRead(w: Work, id?: string) {
  const mine = and(eq(notifications.tenantId, w.tenant.id), eq(notifications.contactId, w.contact.id), isNull(notifications.readAt));
  await w.tx
    .update(notifications)
    .set({ readAt: new Date() })
    .where(id ? and(mine, eq(notifications.id, id)) : mine);
  await w.audit({ ...self(w), details: id ? { notification: id } : { all: true } });
}

export async function setEmailPreferences(w: Work, preferences: EmailPreferences) {
  await w.tx.update(contacts).set({ emailPreferences: preferences }).where(own(w));
  await w.audit({ ...self(w), details: preferences });
}
