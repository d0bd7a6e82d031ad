import 'server-only';
import { getDb, type Db } from '@/lib/db/client';
import { auditLog } from '@/lib/db/schema';

export type AuditInput = {
  tenantId: string;
  actorType: 'staff' | 'client' | 'system';
  actorId?: string | null;
  action: string;
  targetType?: string;
  targetId?: string | null;
  details?: Record<string, unknown>;
  ip?: string | null;
};

/** Records who did what, when, to which record(s) — several in one statement. Pass `tx` to write inside the caller's transaction. */
export async function audit(entry: AuditInput | AuditInput[], tx?: Db) {
  const entries = Array.isArray(entry) ? entry : [entry];
  if (!entries.length) return;
  const db = tx ?? (await getDb());
  await db.insert(auditLog).values(entries);
}

type StaffActor = { tenant: { id: string }; user: { id: string } };

/** The audit entry of a staff member's action on one record. */
export function staffAudit(ctx: StaffActor, action: string, targetType: string, targetId: string, details?: Record<string, unknown>): AuditInput {
  return { tenantId: ctx.tenant.id, actorType: 'staff', actorId: ctx.user.id, action, targetType, targetId, details };
}
