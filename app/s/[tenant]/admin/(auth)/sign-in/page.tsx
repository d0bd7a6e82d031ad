import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { LOCK_MINUTES } from '@/lib/auth/rate-limit';
import { getStaff } from '@/lib/auth/staff';
import { requireTenant } from '@/lib/tenancy/tenant';
import { EmailLinkForm, PasswordForm } from './staff-sign-in-forms';

export const metadata: Metadata = { title: 'Staff sign-in' };

const linkErrors: Record<string, string> = {
  Verification: 'That sign-in link has expired or was already used. Ask for a new one below.',
  AccessDenied: 'That account cannot sign in here.',
};

/** A direct POST to Auth.js's credentials callback lands here with the reason's code. */
const LOCKED = `Too many failed sign-ins: this account is locked for up to ${LOCK_MINUTES} minutes.`;

export default async function StaffSignInPage({ searchParams }: { searchParams: Promise<{ error?: string; code?: string }> }) {
  const tenant = await requireTenant();
  if (await getStaff()) redirect('/admin');
  const { error, code } = await searchParams;
  return (
    <main className="mx-auto flex min-h-screen max-w-sm flex-col justify-center gap-6 p-6">
      <div className="text-center">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-600">{tenant.name}</p>
        <h1 className="mt-1 text-2xl font-semibold">Staff sign-in</h1>
      </div>
      {error && <Alert tone="error">{code === 'locked' ? LOCKED : (linkErrors[error] ?? 'Sign-in failed. Please try again.')}</Alert>}
      <div className="space-y-6 rounded-lg border border-zinc-200 bg-white p-6 shadow-sm">
        <PasswordForm />
        <div className="flex items-center gap-3 text-xs uppercase text-zinc-400">
          <span className="h-px flex-1 bg-zinc-200" />
          or
          <span className="h-px flex-1 bg-zinc-200" />
        </div>
        <EmailLinkForm />
      </div>
    </main>
  );
}
