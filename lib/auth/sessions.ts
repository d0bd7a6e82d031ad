import 'server-only';
import { and, eq, lte, ne, or } from 'drizzle-orm';
import { audit } from '@/lib/audit';
import { getDb } from '@/lib/db/client';
import { companies, contacts, sessions, users, type Contact, type Session, type User } from '@/lib/db/schema';
import { env } from '@/lib/env';
import { hashToken, randomToken } from './random';

type Kind = Session['kind'];
const TOUCH_EVERY_MS = 60_000;

export type NewSessionInput = {
  tenantId: string;
  kind: Kind;
  userId?: string;
  contactId?: string;
  sessionVersion: number;
  userAgent?: string | null;
  ip?: string | null;
  /** shorter lifetime than the absolute timeout (previews) */
  maxAgeMs?: number;
};

/** Starts a session under a fresh random id; returns the id for the cookie (only its hash is stored). */
export async function createSession(input: NewSessionInput): Promise<string> {
  const db = await getDb();
  const token = randomToken();
  const absoluteMs = env().SESSION_ABSOLUTE_DAYS * 24 * 3600_000;
  await db.insert(sessions).values({
    idHash: hashToken(token),
    tenantId: input.tenantId,
    kind: input.kind,
    userId: input.userId,
    contactId: input.contactId,
    sessionVersion: input.sessionVersion,
    userAgent: input.userAgent?.slice(0, 500),
    ip: input.ip,
    expiresAt: new Date(Date.now() + Math.min(input.maxAgeMs ?? absoluteMs, absoluteMs)),
  });
  return token;
}

/** The audit log's record that a preview ended other than by End preview (it ran out, or the staff member lost the right). */
export function auditPreviewEnd(session: Pick<Session, 'tenantId' | 'userId' | 'contactId'>, reason: 'expired' | 'revoked') {
  return audit({ tenantId: session.tenantId, actorType: 'staff', actorId: session.userId, action: 'preview.end', targetType: 'contact', targetId: session.contactId, details: { reason } });
}

export function isSessionLive(session: Pick<Session, 'lastSeenAt' | 'expiresAt'>, now = new Date()): boolean {
  const idleMs = env().SESSION_IDLE_MINUTES * 60_000;
  return session.expiresAt > now && now.getTime() - session.lastSeenAt.getTime() < idleMs;
}

async function loadLive(token: string | undefined, tenantId: string, kinds: Kind[]): Promise<Session | null> {
  if (!token) return null;
  const db = await getDb();
  const [session] = await db.select().from(sessions).where(eq(sessions.idHash, hashToken(token))).limit(1);
  if (!session || session.tenantId !== tenantId || !kinds.includes(session.kind)) return null;
  if (!isSessionLive(session)) {
    await db.delete(sessions).where(and(eq(sessions.tenantId, tenantId), eq(sessions.idHash, session.idHash)));
    if (session.kind === 'preview') await auditPreviewEnd(session, 'expired');
    return null;
  }
  if (Date.now() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.update(sessions).set({ lastSeenAt: new Date() }).where(and(eq(sessions.tenantId, tenantId), eq(sessions.idHash, session.idHash)));
  }
  return session;
}

/** A staff session still valid for this tenant: user active, session version unchanged, within timeouts. */
export async function validateStaffSession(token: string | undefined, tenantId: string) {
  const session = await loadLive(token, tenantId, ['staff']);
  if (!session?.userId) return null;
  const db = await getDb();
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, session.userId), eq(users.tenantId, tenantId)))
    .limit(1);
  if (!user || !user.active || user.sessionVersion !== session.sessionVersion) return null;
  return { session, user: user satisfies User };
}

/** A client (or preview) session whose contact still has portal access at a portal-enabled company. */
export async function validateContactSession(token: string | undefined, tenantId: string, kind: 'client' | 'preview') {
  const session = await loadLive(token, tenantId, [kind]);
  if (!session?.contactId) return null;
  const db = await getDb();
  const [row] = await db
    .select({ contact: contacts, portalEnabled: companies.portalEnabled })
    .from(contacts)
    .innerJoin(companies, eq(companies.id, contacts.companyId))
    .where(and(eq(contacts.id, session.contactId), eq(contacts.tenantId, tenantId)))
    .limit(1);
  if (!row || !row.contact.portalAccess || !row.portalEnabled) return null;
  if (kind === 'client' && row.contact.sessionVersion !== session.sessionVersion) return null;
  return { session, contact: row.contact satisfies Contact };
}

export async function endSession(token: string | undefined) {
  if (!token) return;
  const db = await getDb();
  await db.delete(sessions).where(eq(sessions.idHash, hashToken(token)));
}

export async function endContactSessions(tenantId: string, contactId: string, exceptToken?: string) {
  const db = await getDb();
  const conditions = [eq(sessions.tenantId, tenantId), eq(sessions.contactId, contactId), eq(sessions.kind, 'client')];
  if (exceptToken) conditions.push(ne(sessions.idHash, hashToken(exceptToken)));
  await db.delete(sessions).where(and(...conditions));
}

export async function endUserSessions(tenantId: string, userId: string) {
  const db = await getDb();
  await db.delete(sessions).where(and(eq(sessions.tenantId, tenantId), eq(sessions.userId, userId)));
}

/** Housekeeping: sessions past their absolute or idle timeout; a preview that ran out is audited as it would be on its next use. */
export async function purgeExpiredSessions(now = new Date()) {
  const db = await getDb();
  const idleCutoff = new Date(now.getTime() - env().SESSION_IDLE_MINUTES * 60_000);
  const gone = await db
    .delete(sessions)
    .where(or(lte(sessions.expiresAt, now), lte(sessions.lastSeenAt, idleCutoff)))
    .returning({ kind: sessions.kind, tenantId: sessions.tenantId, userId: sessions.userId, contactId: sessions.contactId });
  for (const session of gone) if (session.kind === 'preview') await auditPreviewEnd(session, 'expired');
  return gone.length;
}
