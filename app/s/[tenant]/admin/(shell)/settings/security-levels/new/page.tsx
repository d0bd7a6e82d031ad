import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { ViewOnlyNotice } from '@/components/admin/view-only-notice';
import { SecurityLevelForm } from '@/components/security-levels/security-level-form';
import { Card } from '@/components/ui/card';
import { can, requireStaff } from '@/lib/auth/staff';
import { listSecurityLevels } from '@/lib/security-levels/queries';
import { copyOf } from '@/lib/security-levels/service';
import { createSecurityLevelAction } from '../actions';

export const metadata: Metadata = { title: 'New Security Level · Organization Settings' };

/** New Security Level, empty or (with `?copy=<id>`) pre-filled from any level this tenant can see. */
export default async function NewSecurityLevelPage({ searchParams }: { searchParams: Promise<{ copy?: string | string[] }> }) {
  const { tenant, user } = await requireStaff();
  const { copy } = await searchParams;
  const levels = await listSecurityLevels({ tenantId: tenant.id });
  const source = z.uuid().safeParse(copy).success ? levels.find((l) => l.id === copy) : undefined;
  const draft = source
    ? copyOf(
        source,
        levels.map((l) => l.name),
      )
    : { name: '', permissions: [], clientAssignable: false };
  return (
    <div className="space-y-4">
      <Link href="/admin/settings/security-levels" className="text-sm text-brand-700 hover:underline">
        ← Security Levels
      </Link>
      <h1 className="text-2xl font-semibold">New Security Level</h1>
      {source && <p className="text-sm text-zinc-600">Copied from {source.name}: change the name and permissions, then save.</p>}
      {can(user, 'security_levels.manage') ? (
        <Card>
          <SecurityLevelForm action={createSecurityLevelAction} defaults={{ ...draft, permissions: draft.permissions.join(',') }} />
        </Card>
      ) : (
        <ViewOnlyNotice permission="security_levels.manage" />
      )}
    </div>
  );
}
