import { and, count, desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { verifyPassword } from '@/lib/auth/password';
import { validatePreviewSession } from '@/lib/auth/preview';
import { hashToken } from '@/lib/auth/random';
import { createSession, validateStaffSession } from '@/lib/auth/sessions';
import { STAFF_PERMISSIONS, auditLog, emailOutbox, oneTimeTokens, sessions, users, type StaffPermission, type User } from '@/lib/db/schema';
import { linksIn } from '@/lib/email/links';
import { ActionError, type StaffContext } from '@/lib/errors';
import { runStaff } from '@/lib/pipeline';
import { acceptStaffInvitation, inspectStaffInvitation } from '@/lib/staff/invitation';
import { staffStatus } from '@/lib/staff/labels';
import { listOwnStaffSessions } from '@/lib/staff/queries';
import { inviteStaffSchema } from '@/lib/staff/schemas';
import {
  LAST_MANAGER,
  endOwnStaffSession,
  inviteStaff,
  removeStaff,
  resendStaffInvitation,
  setStaffActive,
  setStaffPermissions,
} from '@/lib/staff/service';
import { demo } from '../support/demo';
import { staffOp } from '../support/work';

const invite = staffOp(inviteStaff, 'staff.manage', 'staff.invite');
const resend = staffOp(resendStaffInvitation, 'staff.manage', 'staff.resend_invitation');
const setPermissions = staffOp(setStaffPermissions, 'staff.manage', 'staff.update_permissions');
const setActive = staffOp(setStaffActive, 'staff.manage', 'staff.activate');
const remove = staffOp(removeStaff, 'staff.manage', 'staff.remove');
const endOwn = (ctx: StaffContext, idHash: string) => runStaff(ctx, { permission: 'own_account', audit: 'staff.end_session' }, (w) => endOwnStaffSession(w, idHash));

const PASSWORD = 'a-long-staff-passphrase';
const STAFF_ALL = [...STAFF_PERMISSIONS];
let n = 0;

async function setup() {
  const d = await demo();
  const owner: StaffContext = { tenant: d.acme, user: await d.staff(d.acme.id, 'owner@acme.test') };
  const helpdesk: StaffContext = { tenant: d.acme, user: await d.staff(d.acme.id, 'helpdesk@acme.test') };
  const globexOwner: StaffContext = { tenant: d.globex, user: await d.staff(d.globex.id, 'owner@globex.test') };
  const franco = await d.contact(d.acme.id, 'franco@coolair.com');
  const user = async (id: string) => (await d.db.select().from(users).where(eq(users.id, id)))[0] as User | undefined;
  const lastMailTo = async (to: string) => (await d.db.select().from(emailOutbox).where(eq(emailOutbox.to, to)).orderBy(desc(emailOutbox.createdAt)).limit(1))[0];
  const tokenOf = (mail: { html: string }) => new URL(linksIn(mail.html)[0]).searchParams.get('token')!;
  const audits = async (targetId: string) => (await d.db.select().from(auditLog).where(eq(auditLog.targetId, targetId))).map((a) => a.action);
  /** A new member of the tenant, invited by its owner; `accepted` also chooses a password through the link. */
  const member = async (ctx: StaffContext, permissions: StaffPermission[] = [], accepted = true) => {
    const email = `member${++n}@staff.test`;
    const created = await invite(ctx, { name: `Member ${n}`, email, permissions });
    if (accepted) await acceptStaffInvitation(ctx.tenant, { token: tokenOf(await lastMailTo(email)), password: PASSWORD, confirm: PASSWORD });
    return (await user(created.id))!;
  };
  const staffSession = (m: User) => createSession({ tenantId: m.tenantId, kind: 'staff', userId: m.id, sessionVersion: m.sessionVersion });
  const previewSession = (m: User) =>
    createSession({ tenantId: m.tenantId, kind: 'preview', userId: m.id, contactId: franco.id, sessionVersion: m.sessionVersion, maxAgeMs: 60_000 });
  return { ...d, owner, helpdesk, globexOwner, franco, user, lastMailTo, tokenOf, audits, member, staffSession, previewSession };
}

/** The message (and field errors) of an expected refusal. */
async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ActionError);
  return error as ActionError;
}

describe('inviting staff', () => {
  it('creates the member without a password and e-mails a single-use link to the staff origin', async () => {
    const { owner, db, acme, lastMailTo, tokenOf, audits } = await setup();
    const before = Date.now();
    const pat = await invite(owner, { name: 'Pat Staff', email: 'Pat.Staff@Example.test', permissions: ['tickets.edit', 'projects.edit'] });
    expect(pat).toMatchObject({ tenantId: acme.id, name: 'Pat Staff', passwordHash: null, active: true, permissions: ['tickets.edit', 'projects.edit'] });
    expect(staffStatus(pat)).toBe('invited');

    const mail = await lastMailTo('Pat.Staff@Example.test');
    expect(mail.subject).toBe("You've been invited to the Acme Services staff section");
    expect(mail.html).toContain('Olivia Owner');
    const [link] = linksIn(mail.html);
    expect(link.startsWith('http://acme.admin.localhost:3000/admin/welcome?token=')).toBe(true);
    const token = tokenOf(mail);
    const [row] = await db.select().from(oneTimeTokens).where(eq(oneTimeTokens.userId, pat.id));
    expect(row).toMatchObject({ purpose: 'staff_invitation', tenantId: acme.id, tokenHash: hashToken(token), usedAt: null });
    expect(row.expiresAt.getTime() - before).toBeGreaterThanOrEqual(72 * 3600_000 - 1000);
    expect(row.expiresAt.getTime() - before).toBeLessThan(72 * 3600_000 + 60_000);
    expect(await audits(pat.id)).toEqual(['staff.invite']);
  });

  it('lets the invited member choose a password once, under the password policy, then sign in', async () => {
    const { owner, acme, lastMailTo, tokenOf, user, audits } = await setup();
    const pat = await invite(owner, { name: 'Pat Two', email: 'pat.two@example.test', permissions: [] });
    const token = tokenOf(await lastMailTo('pat.two@example.test'));
    expect((await inspectStaffInvitation(acme, token)).user?.id).toBe(pat.id);

    const weak = await refusal(acceptStaffInvitation(acme, { token, password: 'short', confirm: 'short' }));
    expect(weak.fieldErrors?.password).toEqual(['Password must be at least 10 characters.']);
    const own = await refusal(acceptStaffInvitation(acme, { token, password: 'pat.two@example.test', confirm: 'pat.two@example.test' }));
    expect(own.fieldErrors?.password).toEqual(['Password cannot be your logon name or e-mail address.']);
    const mismatch = await refusal(acceptStaffInvitation(acme, { token, password: PASSWORD, confirm: `${PASSWORD}x` }));
    expect(mismatch.fieldErrors?.confirm).toEqual(['The passwords do not match.']);
    expect((await user(pat.id))?.passwordHash).toBeNull();

    await acceptStaffInvitation(acme, { token, password: PASSWORD, confirm: PASSWORD });
    const accepted = (await user(pat.id))!;
    expect(await verifyPassword(accepted.passwordHash, PASSWORD)).toBe(true);
    expect(staffStatus(accepted)).toBe('active');
    expect(await audits(pat.id)).toEqual(['staff.invite', 'staff.accept_invitation']);

    expect((await refusal(acceptStaffInvitation(acme, { token, password: 'another-passphrase', confirm: 'another-passphrase' }))).message).toBe(
      'This invitation link was already used.',
    );
    expect(await verifyPassword((await user(pat.id))!.passwordHash, PASSWORD)).toBe(true);
    const session = await createSession({ tenantId: acme.id, kind: 'staff', userId: pat.id, sessionVersion: accepted.sessionVersion });
    expect((await validateStaffSession(session, acme.id))?.user.id).toBe(pat.id);
  });

  it('refuses an e-mail already used by staff of the tenant, whatever its case, on the field; other tenants may use it', async () => {
    const { owner, globexOwner, db, acme } = await setup();
    const staffCount = async () => (await db.select({ n: count() }).from(users).where(eq(users.tenantId, acme.id)))[0].n;
    const before = await staffCount();
    const error = await refusal(invite(owner, { name: 'Copy', email: 'HELPDESK@acme.TEST', permissions: [] }));
    expect(error.fieldErrors).toEqual({ email: ['A staff member with this e-mail already exists.'] });
    expect(await staffCount()).toBe(before);
    expect((await db.select().from(emailOutbox).where(eq(emailOutbox.to, 'HELPDESK@acme.TEST'))).length).toBe(0);
    expect((await invite(globexOwner, { name: 'Hank at Globex', email: 'helpdesk@acme.test', permissions: [] })).tenantId).toBe(globexOwner.tenant.id);
  });

  it('validates the form: name, e-mail and only known permissions', () => {
    const bad = inviteStaffSchema.safeParse({ name: ' ', email: 'nope', permissions: 'tickets.edit,root' });
    expect(bad.success).toBe(false);
    const fields = Object.keys(bad.error!.flatten().fieldErrors);
    expect(fields.sort()).toEqual(['email', 'name', 'permissions']);
    expect(inviteStaffSchema.parse({ name: 'A', email: 'a@b.test', permissions: 'tickets.edit,tickets.edit' }).permissions).toEqual(['tickets.edit']);
    expect(inviteStaffSchema.parse({ name: 'A', email: 'a@b.test' }).permissions).toEqual([]);
  });

  it('resends a fresh link until accepted (the old one stops working), never to an accepted or deactivated member', async () => {
    const { owner, acme, lastMailTo, tokenOf, member, audits } = await setup();
    const pending = await member(owner, [], false);
    const first = tokenOf(await lastMailTo(pending.email));
    await resend(owner, pending.id);
    const second = tokenOf(await lastMailTo(pending.email));
    expect(second).not.toBe(first);
    expect((await inspectStaffInvitation(acme, first)).status).toBe('unknown');
    expect((await inspectStaffInvitation(acme, second)).user?.id).toBe(pending.id);
    expect(await audits(pending.id)).toEqual(['staff.invite', 'staff.resend_invitation']);

    const accepted = await member(owner);
    expect((await refusal(resend(owner, accepted.id))).message).toBe(`${accepted.name} has already accepted the invitation.`);
    await setActive(owner, pending.id, false);
    expect((await refusal(resend(owner, pending.id))).message).toContain('is deactivated');
    expect((await inspectStaffInvitation(acme, second)).status).toBe('unknown');
  });
});

describe('managing staff', () => {
  it('sets permissions and records what was added and removed', async () => {
    const { owner, member, user, db } = await setup();
    const m = await member(owner, ['tickets.edit']);
    await setPermissions(owner, m.id, ['projects.edit', 'portal.preview']);
    expect((await user(m.id))?.permissions).toEqual(['projects.edit', 'portal.preview']);
    const [row] = await db.select().from(auditLog).where(and(eq(auditLog.targetId, m.id), eq(auditLog.action, 'staff.update_permissions')));
    expect(row).toMatchObject({ actorType: 'staff', actorId: owner.user.id, targetType: 'user', details: { added: ['projects.edit', 'portal.preview'], removed: ['tickets.edit'] } });
  });

  it('refuses staff without the manage staff permission and changes nothing', async () => {
    const { owner, helpdesk, member, user, db } = await setup();
    const m = await member(owner, ['tickets.edit']);
    const editor: StaffContext = { tenant: owner.tenant, user: { ...m, permissions: ['tickets.edit', 'projects.edit', 'portal_users.edit', 'organization_settings.edit'] } };
    const auditsBefore = (await db.select({ n: count() }).from(auditLog))[0].n;
    for (const ctx of [helpdesk, editor]) {
      for (const attempt of [
        () => invite(ctx, { name: 'Sneaky', email: 'sneaky@staff.test', permissions: ['staff.manage'] }),
        () => setPermissions(ctx, m.id, STAFF_ALL),
        () => setActive(ctx, m.id, false),
        () => remove(ctx, m.id),
        () => resend(ctx, m.id),
      ]) {
        expect((await refusal(attempt())).message).toBe('You do not have permission to manage staff.');
      }
    }
    expect(await user(m.id)).toEqual(m);
    expect((await db.select().from(users).where(eq(users.email, 'sneaky@staff.test'))).length).toBe(0);
    expect((await db.select({ n: count() }).from(auditLog))[0].n).toBe(auditsBefore);
  });

  it('treats another tenant’s member exactly like a missing one', async () => {
    const { owner, globexOwner, user } = await setup();
    const globexMember = await invite(globexOwner, { name: 'Globex Member', email: 'gm@globex.test', permissions: ['tickets.edit'] });
    const missing = crypto.randomUUID();
    for (const id of [globexMember.id, missing]) {
      for (const attempt of [() => setPermissions(owner, id, []), () => setActive(owner, id, false), () => remove(owner, id), () => resend(owner, id)]) {
        expect((await refusal(attempt())).message).toBe('That staff member was not found.');
      }
    }
    expect(await user(globexMember.id)).toEqual(globexMember);
  });

  it('deactivating ends the member’s sessions and the previews they started at once; activating lets them sign in again', async () => {
    const { owner, acme, member, user, staffSession, previewSession, audits, db } = await setup();
    const m = await member(owner, ['portal.preview']);
    const session = await staffSession(m);
    const preview = await previewSession(m);
    const ownerSession = await staffSession(owner.user);
    expect(await validateStaffSession(session, acme.id)).not.toBeNull();
    expect(await validatePreviewSession(preview, acme.id)).not.toBeNull();

    await setActive(owner, m.id, false);
    const after = (await user(m.id))!;
    expect(after).toMatchObject({ active: false, sessionVersion: m.sessionVersion + 1 });
    expect(await db.select().from(sessions).where(eq(sessions.userId, m.id))).toEqual([]);
    expect(await validateStaffSession(session, acme.id)).toBeNull();
    expect(await validatePreviewSession(preview, acme.id)).toBeNull();
    expect(await validateStaffSession(ownerSession, acme.id)).not.toBeNull();
    expect(await audits(m.id)).toContain('staff.deactivate');
    const [ended] = await db.select().from(auditLog).where(and(eq(auditLog.actorId, owner.user.id), eq(auditLog.action, 'preview.end')));
    expect(ended.details).toEqual({ reason: 'revoked' });

    await setActive(owner, m.id, true);
    expect(await audits(m.id)).toContain('staff.activate');
    expect(await validateStaffSession(session, acme.id)).toBeNull();
    expect(await validateStaffSession(await staffSession((await user(m.id))!), acme.id)).not.toBeNull();
  });

  it('removing deletes the account, its sessions, previews and links; audited with who it was', async () => {
    const { owner, acme, member, user, staffSession, previewSession, db } = await setup();
    const m = await member(owner, ['portal.preview']);
    const pending = await member(owner, [], false);
    const session = await staffSession(m);
    const preview = await previewSession(m);
    await remove(owner, m.id);
    await remove(owner, pending.id);
    expect(await user(m.id)).toBeUndefined();
    expect(await validateStaffSession(session, acme.id)).toBeNull();
    expect(await validatePreviewSession(preview, acme.id)).toBeNull();
    expect(await db.select().from(sessions).where(eq(sessions.userId, m.id))).toEqual([]);
    expect(await db.select().from(oneTimeTokens).where(eq(oneTimeTokens.userId, pending.id))).toEqual([]);
    const [row] = await db.select().from(auditLog).where(and(eq(auditLog.targetId, m.id), eq(auditLog.action, 'staff.remove')));
    expect(row).toMatchObject({ tenantId: acme.id, actorId: owner.user.id, details: { email: m.email, name: m.name } });
  });
});

describe('the last active staff member who can manage staff', () => {
  it('cannot lose manage staff, be deactivated or removed; once another can manage staff, they can', async () => {
    const { globexOwner: g, user, member, audits } = await setup();
    const me = g.user;
    for (const attempt of [() => setPermissions(g, me.id, ['tickets.edit']), () => setActive(g, me.id, false), () => remove(g, me.id)]) {
      expect((await refusal(attempt())).message).toBe(LAST_MANAGER);
    }
    expect(await user(me.id)).toEqual(me);
    expect(await audits(me.id)).toEqual([]);

    // A deactivated manager does not count.
    const other = await member(g, ['staff.manage']);
    await setActive(g, other.id, false);
    expect((await refusal(setPermissions(g, me.id, []))).message).toBe(LAST_MANAGER);

    await setActive(g, other.id, true);
    await setPermissions(g, me.id, ['tickets.edit']);
    expect((await user(me.id))?.permissions).toEqual(['tickets.edit']);
    // Now `other` is the last one: nobody can take it away from them either.
    const otherCtx: StaffContext = { tenant: g.tenant, user: (await user(other.id))! };
    expect((await refusal(setActive(otherCtx, other.id, false))).message).toBe(LAST_MANAGER);
    expect((await refusal(remove(otherCtx, other.id))).message).toBe(LAST_MANAGER);
    await setPermissions(otherCtx, me.id, STAFF_ALL);
    await remove(g, other.id);
    expect(await user(other.id)).toBeUndefined();
  });
});

describe('own sessions', () => {
  it('lists the member’s staff sessions with the current one marked, and ends only their own', async () => {
    const { owner, acme, member, staffSession, previewSession, audits } = await setup();
    const m = await member(owner, ['portal.preview']);
    const ctx: StaffContext = { tenant: acme, user: m };
    const current = await staffSession(m);
    const other = await staffSession(m);
    const preview = await previewSession(m);
    const ownerSession = await staffSession(owner.user);

    const listed = await listOwnStaffSessions({ tenantId: acme.id, userId: m.id, sessionToken: current });
    expect(listed.map((s) => [s.idHash, s.current]).sort()).toEqual([
      [hashToken(current), true],
      [hashToken(other), false],
    ].sort());

    for (const foreign of [hashToken(ownerSession), hashToken(preview), 'f'.repeat(64)]) {
      expect((await refusal(endOwn(ctx, foreign))).message).toBe('That session was not found.');
    }
    expect(await validateStaffSession(ownerSession, acme.id)).not.toBeNull();

    await endOwn(ctx, hashToken(other));
    expect(await validateStaffSession(other, acme.id)).toBeNull();
    expect(await validateStaffSession(current, acme.id)).not.toBeNull();
    expect(await audits(m.id)).toContain('staff.end_session');
  });
});
