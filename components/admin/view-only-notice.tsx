import type { ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { STAFF_PERMISSION_INFO } from '@/lib/auth/permissions';
import type { StaffPermission } from '@/lib/db/schema';

/** Said at the top of a screen a staff member may look at but not change. */
export function ViewOnlyNotice({ permission }: { permission: StaffPermission }) {
  return <Alert>View only: changing this needs the “{STAFF_PERMISSION_INFO[permission].label}” permission.</Alert>;
}

/** A form a staff member may only look at: every field disabled and its save button absent. */
export function EditableWhen({ allowed, children }: { allowed: boolean; children: ReactNode }) {
  return (
    <fieldset disabled={!allowed} className={allowed ? 'contents' : 'contents [&_button[type=submit]]:hidden'}>
      {children}
    </fieldset>
  );
}
