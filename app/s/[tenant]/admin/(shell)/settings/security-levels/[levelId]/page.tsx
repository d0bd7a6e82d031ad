import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { ViewOnlyNotice } from '@/components/admin/view-only-notice';
import { SecurityLevelForm } from '@/components/security-levels/security-level-form';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { can, requireStaff } from '@/lib/auth/staff';
import { getSecurityLevel } from '@/lib/security-levels/queries';
import { orderedLevelPermissions } from '@/lib/security-levels/info';
import { updateSecurityLevelAction } from '../actions';

export const metadata: Metadata = { title: 'Security Level · Organization Settings' };

/** A custom level opens for editing; a built-in one (or any level, for staff who may not manage them) read-only. */
export default async function SecurityLevelPage({
  params,
  searchParams,
}: {
  params: Promise<{ levelId: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const { tenant, user } = await requireStaff();
  const { levelId } = await params;
  if (!z.uuid().safeParse(levelId).success) notFound();
  const found = await getSecurityLevel({ tenantId: tenant.id, levelId });
  if (!found) notFound();
  const { level, portalUsers } = found;
  const canManage = can(user, 'security_levels.manage');
  const editable = canManage && !level.builtIn;
  const holders = `${portalUsers} portal user${portalUsers === 1 ? '' : 's'}`;
  return (
    <div className="space-y-4">
      <Link href="/admin/settings/security-levels" className="text-sm text-brand-700 hover:underline">
        ← Security Levels
      </Link>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{editable ? 'Edit Security Level' : level.name}</h1>
        {canManage && (
          <Link
            href={`/admin/settings/security-levels/new?copy=${level.id}`}
            className="rounded-md border border-zinc-300 bg-white px-4 py-2 text-sm font-medium text-zinc-800 hover:bg-zinc-50"
          >
            Copy
          </Link>
        )}
      </div>
      <p className="text-sm text-zinc-600">
        {level.builtIn ? 'Built-in level' : 'Custom level'} · held by {holders} of this workspace
      </p>
      {(await searchParams).created && <Alert tone="success">Security level {level.name} added.</Alert>}
      {level.builtIn && <Alert>Built-in levels cannot be changed. Copy this one to build a level of your own.</Alert>}
      {!canManage && <ViewOnlyNotice permission="security_levels.manage" />}
      <Card>
        <SecurityLevelForm
          action={updateSecurityLevelAction}
          readOnly={!editable}
          defaults={{
            levelId: level.id,
            name: level.name,
            permissions: orderedLevelPermissions(level.permissions).join(','),
            clientAssignable: level.clientAssignable,
          }}
        />
      </Card>
    </div>
  );
}
