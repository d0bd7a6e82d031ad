'use server';
import { validatedAction } from '@/lib/actions';
import { setPasswordSchema } from '@/lib/auth/password-policy';
import { acceptStaffInvitation } from '@/lib/staff/invitation';
import { requireTenant } from '@/lib/tenancy/tenant';

export const acceptInvitationAction = validatedAction(setPasswordSchema(), async (data) => {
  const tenant = await requireTenant();
  const user = await acceptStaffInvitation(tenant, data);
  return { success: `Your password is set. Sign in with ${user.email} and your new password.` };
});
