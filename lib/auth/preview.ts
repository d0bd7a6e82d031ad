import 'server-only';
import { and, eq, isNotNull } from 'drizzle-orm';
import { audit } from '@/lib/audit';
import { getDb } from '@/lib/db/client';
import { contacts, sessions, users, type Tenant } from '@/lib/db/schema';
import type { StaffWork } from '@/lib/pipeline';
import { NotFoundError } from '@/lib/errors';
import { tenantBaseUrl } from '@/lib/tenancy/host';
import { hashToken } from './random';
import { auditPreviewEnd, createSession, validateContactSession } from './sessions';
import { consumeToken, issueToken } from './tokens';

export const PREVIEW_COOKIE = 'cp_preview';
export const HANDOFF_MS = 60_000;
export const PREVIEW_MS = 30 * 60_000;

/**
 * View as client, step 1 (staff): a single-use hand-off token, valid one minute, naming the staff member
 * and the contact. The staff cookie never leaves the admin section; the contact's password is never used.
 */
export async function createPreviewHandoff(w: StaffWork<'portal.preview'>, contactId: string) {
  const [contact] = await w.tx
    .select()
    .from(contacts)
    .where(and(eq(contacts.tenantId, w.tenant.id), eq(contacts.id, contactId), isNotNull(contacts.logonName), eq(contacts.portalAccess, true)));
  if (!contact) throw new NotFoundError('portal user');
  const { token } = await issueToken({ tenantId: w.tenant.id, purpose: 'preview_handoff', contactId, userId: w.user.id, ttlMs: HANDOFF_MS }, w.tx);
  await w.audit({ type: 'contact', id: contactId });
  return { contact, url: `${tenantBaseUrl(w.tenant.slug)}/preview/start?token=${encodeURIComponent(token)}` };
}

/** The staff member behind a preview must still be active, allowed to preview, and not signed out everywhere. */
async function previewingStaff(tenantId: string, userId: string | null, sessionVersion: number) {
  if (!userId) return null;
  const db = await getDb();
  const [user] = await db.select().from(users).where(and(eq(users.tenantId, tenantId), eq(users.id, userId)));
  const ok = user?.active && user.permissions.includes('portal.preview') && user.sessionVersion === sessionVersion;
  return ok ? user : null;
}

/** View as client, step 2 (portal): uses the hand-off up and opens a separate, 30-minute preview session. */
export async function startPreview(tenant: Tenant, token: string, meta: { userAgent?: string | null; ip?: string | null }) {
  const handoff = await consumeToken(token, tenant.id, ['preview_handoff']);
  if (!handoff?.contactId) return null;
  const db = await getDb();
  const [staff] = await db.select().from(users).where(and(eq(users.tenantId, tenant.id), eq(users.id, handoff.userId ?? '')));
  if (!staff || !(await previewingStaff(tenant.id, staff.id, staff.sessionVersion))) return null;
  const sessionToken = await createSession({
    tenantId: tenant.id,
    kind: 'preview',
    contactId: handoff.contactId,
    userId: staff.id,
    sessionVersion: staff.sessionVersion,
    maxAgeMs: PREVIEW_MS,
    ...meta,
  });
  await audit({ tenantId: tenant.id, actorType: 'staff', actorId: staff.id, action: 'preview.start', targetType: 'contact', targetId: handoff.contactId, ip: meta.ip });
  return sessionToken;
}

/** A live preview session: the contact's view, plus who is looking. */
export async function validatePreviewSession(token: string | undefined, tenantId: string) {
  const valid = await validateContactSession(token, tenantId, 'preview');
  if (!valid) return null;
  const staff = await previewingStaff(tenantId, valid.session.userId, valid.session.sessionVersion);
  if (!staff) {
    const db = await getDb();
    await db.delete(sessions).where(and(eq(sessions.tenantId, tenantId), eq(sessions.idHash, valid.session.idHash)));
    await auditPreviewEnd(valid.session, 'revoked');
    return null;
  }
  return { ...valid, staff };
}

export async function endPreview(tenantId: string, token: string | undefined) {
  if (!token) return;
  const db = await getDb();
  const [ended] = await db
    .delete(sessions)
    .where(and(eq(sessions.idHash, hashToken(token)), eq(sessions.tenantId, tenantId), eq(sessions.kind, 'preview')))
    .returning();
  if (ended) {
    await audit({ tenantId, actorType: 'staff', actorId: ended.userId, action: 'preview.end', targetType: 'contact', targetId: ended.contactId, details: { reason: 'ended' } });
  }
}
