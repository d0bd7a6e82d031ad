'use server';
import { sessionAction } from '@/lib/actions';
import { signOut } from '@/lib/auth/auth';

export const signOutStaff = sessionAction(async () => {
  await signOut({ redirectTo: '/admin/sign-in' });
});
