'use server';
import { staffAction } from '@/lib/actions';
import { endStaffSessionSchema } from '@/lib/staff/schemas';
import { endOwnStaffSession } from '@/lib/staff/service';

export const endStaffSessionAction = staffAction({ schema: endStaffSessionSchema, permission: 'own_account', audit: 'staff.end_session' }, async ({ session }, w) => {
  await endOwnStaffSession(w, session);
  return { success: 'The session was ended.' };
});
