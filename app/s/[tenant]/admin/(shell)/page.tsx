import type { Metadata } from 'next';
import { Card } from '@/components/ui/card';
import { getTenantSummary } from '@/lib/admin/queries';
import { requireStaff } from '@/lib/auth/staff';

export const metadata: Metadata = { title: 'Admin' };

export default async function AdminHome() {
  const { tenant, user } = await requireStaff();
  const summary = await getTenantSummary({ tenantId: tenant.id });
  const stats = [
    ['Companies', summary.companies],
    ['Portal users', summary.portalUsers],
    ['Staff', summary.staff],
  ] as const;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Welcome, {user.name ?? user.email}</h1>
      <div className="grid gap-4 sm:grid-cols-3">
        {stats.map(([label, value]) => (
          <Card key={label}>
            <p className="text-sm text-zinc-500">{label}</p>
            <p className="mt-1 text-3xl font-semibold">{value}</p>
          </Card>
        ))}
      </div>
      <Card title="Client portal">
        <p className="text-sm text-zinc-600">
          Portal Activation is <strong>{tenant.portalActivated ? 'on' : 'off'}</strong>. Clients sign in at the address of this
          workspace.
        </p>
      </Card>
    </div>
  );
}
