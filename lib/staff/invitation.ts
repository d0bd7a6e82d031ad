import 'server-only';
import { and, eq } from 'drizzle-orm';
import { hashPassword } from '@/lib/auth/password';
import { setPasswordSchema } from '@/lib/auth/password-policy';
import { consumeToken, inspectToken, type TokenStatus } from '@/lib/auth/tokens';
import { audit } from '@/lib/audit';
import { getDb, transaction } from '@/lib/db/client';
import { users, type Tenant } from '@/lib/db/schema';
import { ActionError } from '@/lib/errors';

export const INVITATION_LINK_ERRORS: Record<Exclude<TokenStatus, 'valid'>, string> = {
  used: 'This invitation link was already used.',
  expired: 'This invitation link has expired.',
  unknown: 'This invitation link is not valid.',
};

/** The (active) staff member a welcome link belongs to, if the link can still be used. */
export async function inspectStaffInvitation(tenant: Tenant, token: string) {
  const { status, row } = await inspectToken(token, tenant.id, ['staff_invitation']);
  if (status !== 'valid' || !row?.userId) return { status: status === 'valid' ? ('unknown' as const) : status };
  const db = await getDb();
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.tenantId, tenant.id), eq(users.id, row.userId), eq(users.active, true)));
  return user ? { status, user } : { status: 'unknown' as const };
}

/** Welcome: the invited member chooses a password (the portal's policy), using the link up. */
export async function acceptStaffInvitation(tenant: Tenant, input: { token: string; password: string; confirm: string }) {
  const link = await inspectStaffInvitation(tenant, input.token);
  if (!link.user) throw new ActionError(INVITATION_LINK_ERRORS[link.status as Exclude<TokenStatus, 'valid'>]);
  const parsed = setPasswordSchema({ email: link.user.email }).safeParse(input);
  if (!parsed.success) {
    const fieldErrors = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), [i.message]]));
    throw new ActionError('Please correct the highlighted fields.', fieldErrors);
  }
  const passwordHash = await hashPassword(input.password);
  const user = link.user;
  return transaction(async (tx) => {
    const used = await consumeToken(input.token, tenant.id, ['staff_invitation'], tx);
    if (!used || used.userId !== user.id) throw new ActionError(INVITATION_LINK_ERRORS.used);
    await tx
      .update(users)
      .set({ passwordHash, emailVerified: new Date() })
      .where(and(eq(users.tenantId, tenant.id), eq(users.id, user.id)));
    await audit({ tenantId: tenant.id, actorType: 'staff', actorId: user.id, action: 'staff.accept_invitation', targetType: 'user', targetId: user.id }, tx);
    return user;
  });
}
