import 'server-only';
import { and, arrayContains, eq, sql } from 'drizzle-orm';
import { issueToken } from '@/lib/auth/tokens';
import { getDb, type Db } from '@/lib/db/client';
import { sessions, users, type StaffPermission, type User } from '@/lib/db/schema';
import { sendEmail } from '@/lib/email/send';
import { StaffInvitationEmail, staffInvitationSubject } from '@/lib/email/templates/staff-invitation';
import { ActionError, NotFoundError, fieldError } from '@/lib/errors';
import type { StaffWork } from '@/lib/pipeline';
import { adminBaseUrl } from '@/lib/tenancy/host';
import { staffStatus } from './labels';
import type { InviteStaffInput } from './schemas';

type Manage = StaffWork<'staff.manage'>;

export const INVITATION_HOURS = 72;
export const LAST_MANAGER =
  'This is the last active staff member who can manage staff. Give someone else the “manage staff” permission first, so that somebody can still manage staff.';

const member = (tenantId: string, userId: string) => and(eq(users.tenantId, tenantId), eq(users.id, userId));
const nameOf = (user: Pick<User, 'name' | 'email'>) => user.name || user.email;

/** A staff member of this tenant; another tenant's id is simply not found. */
export async function getStaffMember(tenantId: string, userId: string, db?: Db): Promise<User> {
  const conn = db ?? (await getDb());
  const [user] = await conn.select().from(users).where(member(tenantId, userId));
  if (!user) throw new NotFoundError('staff member');
  return user;
}

/**
 * Refuses a change that would leave nobody active who can manage staff. The managers' rows stay locked until
 * the change commits, so two managers cannot each take the other's permission away at the same moment.
 */
async function keepAManager(w: Manage, userId: string) {
  const managers = await w.tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.tenantId, w.tenant.id), eq(users.active, true), arrayContains(users.permissions, ['staff.manage'])))
    .for('update');
  if (managers.some((m) => m.id === userId) && managers.length === 1) throw new ActionError(LAST_MANAGER);
}

/** A fresh single-use link to choose a password, on the staff origin (earlier links stop working). */
async function sendStaffInvitation(w: Manage, user: User) {
  const { token } = await issueToken({ tenantId: w.tenant.id, purpose: 'staff_invitation', userId: user.id, ttlMs: INVITATION_HOURS * 3600_000 }, w.tx);
  await sendEmail({
    tenantId: w.tenant.id,
    to: user.email,
    subject: staffInvitationSubject(w.tenant.name),
    template: 'staff-invitation',
    body: StaffInvitationEmail({
      tenantName: w.tenant.name,
      name: nameOf(user),
      invitedBy: nameOf(w.user),
      url: `${adminBaseUrl(w.tenant.slug)}/admin/welcome?token=${encodeURIComponent(token)}`,
      hours: INVITATION_HOURS,
    }),
  });
}

/** Invite a staff member: the account (no password yet) and an e-mailed link to choose one. */
export async function inviteStaff(w: Manage, input: InviteStaffInput) {
  const [taken] = await w.tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.tenantId, w.tenant.id), eq(sql`lower(${users.email})`, input.email.toLowerCase())));
  if (taken) throw fieldError('email', 'A staff member with this e-mail already exists.');
  const [user] = await w.tx
    .insert(users)
    .values({ tenantId: w.tenant.id, name: input.name, email: input.email, permissions: input.permissions })
    .returning();
  await w.audit({ type: 'user', id: user.id, details: { email: user.email, permissions: user.permissions } });
  await sendStaffInvitation(w, user);
  return user;
}

export async function resendStaffInvitation(w: Manage, userId: string) {
  const user = await getStaffMember(w.tenant.id, userId, w.tx);
  const status = staffStatus(user);
  if (status === 'deactivated') throw new ActionError(`${nameOf(user)} is deactivated. Activate them before resending the invitation.`);
  if (status === 'active') throw new ActionError(`${nameOf(user)} has already accepted the invitation.`);
  await sendStaffInvitation(w, user);
  await w.audit({ type: 'user', id: user.id });
  return user;
}

export async function setStaffPermissions(w: Manage, userId: string, permissions: StaffPermission[]) {
  const before = await getStaffMember(w.tenant.id, userId, w.tx);
  if (before.permissions.includes('staff.manage') && !permissions.includes('staff.manage')) await keepAManager(w, userId);
  const [saved] = await w.tx.update(users).set({ permissions }).where(member(w.tenant.id, userId)).returning();
  const added = permissions.filter((p) => !before.permissions.includes(p));
  const removed = before.permissions.filter((p) => !permissions.includes(p));
  await w.audit({ type: 'user', id: userId, details: { added, removed } });
  return saved;
}

/** Ends every session of the member at once: their staff sessions and the previews they started. */
async function endAllSessions(w: Manage, userId: string) {
  const ended = await w.tx
    .delete(sessions)
    .where(and(eq(sessions.tenantId, w.tenant.id), eq(sessions.userId, userId)))
    .returning({ kind: sessions.kind, contactId: sessions.contactId });
  for (const preview of ended.filter((s) => s.kind === 'preview')) {
    await w.audit({ action: 'preview.end', type: 'contact', id: preview.contactId, details: { reason: 'revoked' } });
  }
}

/** Deactivating signs the member out everywhere at once; activating lets them sign in again. */
export async function setStaffActive(w: Manage, userId: string, active: boolean) {
  await getStaffMember(w.tenant.id, userId, w.tx);
  if (!active) await keepAManager(w, userId);
  const [saved] = await w.tx
    .update(users)
    .set({ active, sessionVersion: sql`${users.sessionVersion} + ${active ? 0 : 1}` })
    .where(member(w.tenant.id, userId))
    .returning();
  if (!active) await endAllSessions(w, userId);
  await w.audit({ action: active ? 'staff.activate' : 'staff.deactivate', type: 'user', id: userId });
  return saved;
}

/** Removes the account; what the member wrote stays, their sessions, previews and links end with it. */
export async function removeStaff(w: Manage, userId: string) {
  const user = await getStaffMember(w.tenant.id, userId, w.tx);
  await keepAManager(w, userId);
  await endAllSessions(w, userId);
  await w.tx.delete(users).where(member(w.tenant.id, userId));
  await w.audit({ type: 'user', id: userId, details: { email: user.email, name: user.name } });
  return user;
}

/** A staff member ends one of their own sessions (signed in elsewhere); previews are ended from the portal. */
export async function endOwnStaffSession(w: StaffWork<'own_account'>, idHash: string) {
  const ended = await w.tx
    .delete(sessions)
    .where(and(eq(sessions.idHash, idHash), eq(sessions.tenantId, w.tenant.id), eq(sessions.userId, w.user.id), eq(sessions.kind, 'staff')))
    .returning({ idHash: sessions.idHash });
  if (!ended.length) throw new ActionError('That session was not found.');
  await w.audit({ type: 'user', id: w.user.id });
}
