import type { Metadata } from 'next';
import Link from 'next/link';
import { requireTenant } from '@/lib/tenancy/tenant';

export const metadata: Metadata = { title: 'Check your e-mail' };

export default async function CheckEmailPage() {
  const tenant = await requireTenant();
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-3 p-6 text-center">
      <h1 className="text-2xl font-semibold">Check your e-mail</h1>
      <p className="text-zinc-600">
        If that address belongs to {tenant.name} staff, a sign-in link is on its way. The link works once and expires in 15
        minutes.
      </p>
      <Link href="/admin/sign-in" className="text-sm text-brand-600 underline">
        Back to sign-in
      </Link>
    </main>
  );
}
