import type { ReactNode } from 'react';

/** The centred card of the client sign-in pages, under the tenant's name. */
export function AuthCard({ tenantName, title, children }: { tenantName: string; title: string; children: ReactNode }) {
  return (
    <main className="mx-auto flex min-h-screen max-w-sm flex-col justify-center p-6">
      <p className="text-center text-sm font-semibold uppercase tracking-wide text-brand-600">{tenantName}</p>
      <h1 className="mb-6 mt-1 text-center text-2xl font-semibold">{title}</h1>
      <div className="rounded-lg border border-zinc-200 bg-white p-6 shadow-sm">{children}</div>
    </main>
  );
}
