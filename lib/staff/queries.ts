import 'server-only';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { hashToken } from '@/lib/auth/random';
import { getDb } from '@/lib/db/client';
import { sessions, users } from '@/lib/db/schema';
import { staffStatus } from './labels';

const memberColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  permissions: users.permissions,
  active: users.active,
  passwordHash: users.passwordHash,
  emailVerified: users.emailVerified,
  createdAt: users.createdAt,
};

/** What the Staff page shows of a member (never the password hash). */
function shown<T extends { active: boolean; passwordHash: string | null; emailVerified: Date | null }>({ passwordHash, emailVerified, ...rest }: T) {
  return { ...rest, status: staffStatus({ active: rest.active, passwordHash, emailVerified }) };
}

export async function listStaff({ tenantId }: { tenantId: string }) {
  const db = await getDb();
  const rows = await db
    .select(memberColumns)
    .from(users)
    .where(eq(users.tenantId, tenantId))
    .orderBy(asc(sql`lower(coalesce(${users.name}, ${users.email}))`));
  return rows.map(shown);
}
export type StaffListRow = Awaited<ReturnType<typeof listStaff>>[number];

export async function getStaffMemberDetail({ tenantId, userId }: { tenantId: string; userId: string }) {
  const db = await getDb();
  const [row] = await db
    .select(memberColumns)
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.id, userId)));
  return row ? shown(row) : null;
}

/** The signed-in staff member's own sessions, newest activity first, the one of this request marked. */
export async function listOwnStaffSessions({ tenantId, userId, sessionToken }: { tenantId: string; userId: string; sessionToken: string }) {
  const db = await getDb();
  const rows = await db
    .select({ idHash: sessions.idHash, userAgent: sessions.userAgent, createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt })
    .from(sessions)
    .where(and(eq(sessions.tenantId, tenantId), eq(sessions.userId, userId), eq(sessions.kind, 'staff')))
    .orderBy(desc(sessions.lastSeenAt));
  const current = hashToken(sessionToken);
  return rows.map((r) => ({ ...r, current: r.idHash === current }));
}
