import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as preview from '@/lib/auth/preview';
import { endPreview, startPreview, validatePreviewSession } from '@/lib/auth/preview';
import { hashToken } from '@/lib/auth/random';
import { createSession, validateContactSession } from '@/lib/auth/sessions';
import { auditLog, sessions, users } from '@/lib/db/schema';
import type { StaffContext } from '@/lib/errors';
import { demo } from '../support/demo';
import { staffOp } from '../support/work';

const createPreviewHandoff = staffOp(preview.createPreviewHandoff, 'portal.preview', 'preview.handoff');

async function setup() {
  const d = await demo();
  const owner: StaffContext = { tenant: d.acme, user: await d.staff(d.acme.id, 'owner@acme.test') };
  const franco = await d.contact(d.acme.id, 'franco@coolair.com');
  const start = async () => {
    const { url } = await createPreviewHandoff(owner, franco.id);
    const token = new URL(url).searchParams.get('token')!;
    return { token, session: (await startPreview(d.acme, token, {}))! };
  };
  return { ...d, owner, franco, start };
}

/** The reasons recorded on the tenant's preview.end entries. */
async function previewEnds(db: Awaited<ReturnType<typeof setup>>['db'], tenantId: string) {
  const rows = await db.select().from(auditLog).where(and(eq(auditLog.tenantId, tenantId), eq(auditLog.action, 'preview.end')));
  return rows.map((r) => ({ reason: (r.details as { reason?: string } | null)?.reason }));
}

describe('preview sessions', () => {
  it('are separate from the contact’s own session, last 30 minutes, and are audited at start and end', async () => {
    const { acme, owner, franco, start, db } = await setup();
    const own = await createSession({ tenantId: acme.id, kind: 'client', contactId: franco.id, sessionVersion: franco.sessionVersion });
    const { session } = await start();
    expect(session).not.toBe(own);
    expect((await validatePreviewSession(session, acme.id))?.contact.id).toBe(franco.id);
    expect(await validateContactSession(session, acme.id, 'client')).toBeNull();
    const [row] = await db.select().from(sessions).where(eq(sessions.idHash, hashToken(session)));
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeLessThanOrEqual(30 * 60_000 + 1000);
    expect(row.userId).toBe(owner.user.id);

    await endPreview(acme.id, session);
    expect(await validatePreviewSession(session, acme.id)).toBeNull();
    expect(await validateContactSession(own, acme.id, 'client')).not.toBeNull();
    const actions = (await db.select().from(auditLog).where(and(eq(auditLog.tenantId, acme.id), eq(auditLog.targetId, franco.id)))).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['preview.start', 'preview.end']));
  });

  it('expire after 30 minutes', async () => {
    const { acme, start, db } = await setup();
    const { session } = await start();
    await db.update(sessions).set({ expiresAt: new Date(Date.now() - 1) }).where(eq(sessions.idHash, hashToken(session)));
    expect(await validatePreviewSession(session, acme.id)).toBeNull();
    expect(await previewEnds(db, acme.id)).toContainEqual({ reason: 'expired' });
  });

  it('end when the staff member loses the permission or is signed out everywhere', async () => {
    const { acme, owner, start, db } = await setup();
    const first = await start();
    await db.update(users).set({ permissions: ['portal_users.edit'] }).where(eq(users.id, owner.user.id));
    expect(await validatePreviewSession(first.session, acme.id)).toBeNull();
    await db.update(users).set({ permissions: owner.user.permissions }).where(eq(users.id, owner.user.id));

    const second = await start();
    expect(await validatePreviewSession(second.session, acme.id)).not.toBeNull();
    await db.update(users).set({ sessionVersion: owner.user.sessionVersion + 1 }).where(eq(users.id, owner.user.id));
    expect(await validatePreviewSession(second.session, acme.id)).toBeNull();
    await db.update(users).set({ sessionVersion: owner.user.sessionVersion }).where(eq(users.id, owner.user.id));
    expect((await previewEnds(db, acme.id)).filter((d) => d.reason === 'revoked')).toHaveLength(2);
  });

  it('hand-offs work once, only on their tenant, only for staff with the permission and only for portal users of the tenant', async () => {
    const { acme, globex, owner, franco, contact, staff } = await setup();
    const { token } = await (async () => {
      const { url } = await createPreviewHandoff(owner, franco.id);
      return { token: new URL(url).searchParams.get('token')! };
    })();
    expect(await startPreview(globex, token, {})).toBeNull();
    expect(await startPreview(acme, token, {})).not.toBeNull();
    expect(await startPreview(acme, token, {})).toBeNull();

    const helpdesk: StaffContext = { tenant: acme, user: await staff(acme.id, 'helpdesk@acme.test') };
    await expect(createPreviewHandoff(helpdesk, franco.id)).rejects.toThrow('You do not have permission to preview the client portal.');
    const bill = await contact(globex.id, 'bill@initech.test');
    await expect(createPreviewHandoff(owner, bill.id)).rejects.toThrow('That portal user was not found.');
    const andrew = await contact(acme.id, 'andrew@awc.co');
    await expect(createPreviewHandoff(owner, andrew.id)).rejects.toThrow('That portal user was not found.');
  });
});
