import type { ReactNode } from 'react';
import Link from 'next/link';
import { AdminNav, type NavItem } from '@/components/admin-nav';
import { Button } from '@/components/ui/button';
import { can, requireStaff } from '@/lib/auth/staff';
import { signOutStaff } from './actions';

const sections: NavItem[] = [
  { href: '/admin', label: 'Dashboard', ready: true },
  { href: '/admin/portal-access', label: 'Portal Access', ready: true },
  { href: '/admin/companies', label: 'Companies', ready: true },
  { href: '/admin/contacts', label: 'Contacts', ready: true },
  { href: '/admin/projects', label: 'Projects', ready: true },
  { href: '/admin/tickets', label: 'Tickets', ready: true },
  { href: '/admin/invoices', label: 'Invoices', ready: true },
  { href: '/admin/knowledge-base', label: 'Knowledge Base', ready: true },
  { href: '/admin/settings', label: 'Organization Settings', ready: true },
  { href: '/admin/audit', label: 'Audit log', ready: true },
  { href: '/admin/outbox', label: 'Outbox', ready: true, permission: 'organization_settings.edit' },
];

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const { tenant, user } = await requireStaff();
  return (
    <div className="flex min-h-screen flex-col md:flex-row">
      <aside className="shrink-0 border-b border-zinc-200 bg-white p-4 md:w-60 md:border-b-0 md:border-r">
        <p className="px-3 text-xs font-semibold uppercase tracking-wide text-zinc-500">Admin</p>
        <p className="mb-4 px-3 font-semibold">{tenant.name}</p>
        <AdminNav items={sections.filter((s) => !s.permission || can(user, s.permission))} />
      </aside>
      <div className="min-w-0 flex-1">
        <header className="flex items-center justify-end gap-3 border-b border-zinc-200 bg-white px-6 py-3 text-sm">
          <Link href="/admin/account" className="text-zinc-700 hover:underline" title="Your account and sessions">
            Signed in as <strong>{user.name ?? user.email}</strong>
          </Link>
          <form action={signOutStaff}>
            <Button variant="secondary" type="submit">
              Sign out
            </Button>
          </form>
        </header>
        <main className="p-6">{children}</main>
      </div>
    </div>
  );
}
