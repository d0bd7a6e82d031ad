'use server';
import { AuthError } from 'next-auth';
import { validatedAction } from '@/lib/actions';
import { signIn, StaffSignInLocked } from '@/lib/auth/auth';
import { staffEmailLinkSchema, staffPasswordSchema } from '@/lib/auth/schemas';
import { requireTenant } from '@/lib/tenancy/tenant';

export const signInWithPassword = validatedAction(staffPasswordSchema, async ({ email, password }) => {
  await requireTenant();
  try {
    await signIn('credentials', { email, password, redirectTo: '/admin' });
  } catch (error) {
    if (error instanceof StaffSignInLocked) {
      return { error: `Too many failed sign-ins: this account is locked for ${error.minutes} minute${error.minutes === 1 ? '' : 's'}.` };
    }
    if (error instanceof AuthError) return { error: 'Incorrect e-mail or password.' };
    throw error;
  }
});

export const sendSignInLink = validatedAction(staffEmailLinkSchema, async ({ email }) => {
  await requireTenant();
  await signIn('email', { email, redirectTo: '/admin' });
});
