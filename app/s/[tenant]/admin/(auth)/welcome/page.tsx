import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { INVITATION_LINK_ERRORS, inspectStaffInvitation } from '@/lib/staff/invitation';
import { requireTenant } from '@/lib/tenancy/tenant';
import { WelcomeForm } from './welcome-form';

export const metadata: Metadata = { title: 'Welcome · Staff' };

/** Where a staff invitation leads: the invited member chooses a password, then signs in. */
export default async function StaffWelcomePage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const tenant = await requireTenant();
  const { token = '' } = await searchParams;
  const link = await inspectStaffInvitation(tenant, token);
  return (
    <main className="mx-auto flex min-h-screen max-w-sm flex-col justify-center p-6">
      <p className="text-center text-sm font-semibold uppercase tracking-wide text-brand-600">{tenant.name}</p>
      <h1 className="mb-6 mt-1 text-center text-2xl font-semibold">{link.user ? `Welcome, ${link.user.name || link.user.email}` : 'Staff invitation'}</h1>
      <div className="rounded-lg border border-zinc-200 bg-white p-6 shadow-sm">
        {link.user ? (
          <WelcomeForm token={token} email={link.user.email} />
        ) : (
          <div className="space-y-4">
            <Alert tone="error">
              <strong className="block">{INVITATION_LINK_ERRORS[link.status]}</strong>
              Ask a colleague who can manage staff to send you a new invitation, or sign in if you have already chosen a password.
            </Alert>
            <Link href="/admin/sign-in" className="text-sm font-medium text-brand-700 underline">
              Staff sign-in
            </Link>
          </div>
        )}
      </div>
    </main>
  );
}
