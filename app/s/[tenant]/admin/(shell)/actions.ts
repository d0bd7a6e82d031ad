'use server';
import { signOut } from '@/lib/auth/auth';

export async function signOutStaff() {
  await signOut({ redirectTo: '/admin/sign-in' });
}
