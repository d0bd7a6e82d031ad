import type { Metadata } from 'next';
import Link from 'next/link';
import { ViewOnlyNotice } from '@/components/admin/view-only-notice';
import { SecurityLevelsTable } from '@/components/security-levels/security-levels-table';
import { editRights, requireStaff } from '@/lib/auth/staff';
import { listSecurityLevels } from '@/lib/security-levels/queries';
import { deleteSecurityLevelAction } from './actions';

export const metadata: Metadata = { title: 'Security Levels · Organization Settings' };

/** Everyone sees the levels and who holds them; staff who manage security levels build, copy and delete them. */
export default async function SecurityLevelsPage() {
  const { tenant, user } = await requireStaff();
  const rights = editRights(user, 'security_levels.manage');
  const levels = await listSecurityLevels({ tenantId: tenant.id });
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Security Levels</h1>
        {rights.allowed && (
          <Link href="/admin/settings/security-levels/new" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
            New Security Level
          </Link>
        )}
      </div>
      <p className="max-w-3xl text-sm text-zinc-600">
        A security level decides what a portal user may see and do. Basic, Advanced and Manager are built in and cannot be changed; copy one to build a level of
        your own.
      </p>
      {!rights.allowed && <ViewOnlyNotice permission="security_levels.manage" />}
      <SecurityLevelsTable levels={levels} deleteAction={rights.only(deleteSecurityLevelAction)} />
    </div>
  );
}
