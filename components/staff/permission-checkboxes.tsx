'use client';
import { STAFF_PERMISSION_INFO } from '@/lib/auth/permissions';
import { STAFF_PERMISSIONS, type StaffPermission } from '@/lib/db/schema';
import { permissionLabel } from '@/lib/staff/labels';
import { orderedPermissions } from '@/lib/staff/schemas';

type Props = { value: string; onChange: (value: string) => void; errors?: string[]; disabled?: boolean };

/** One checkbox per permission with its one-line explanation; the ticked ones travel as one comma-separated field. */
export function PermissionCheckboxes({ value, onChange, errors = [], disabled }: Props) {
  const ticked = value.split(',').filter(Boolean) as StaffPermission[];
  const toggle = (permission: StaffPermission) =>
    onChange(orderedPermissions(ticked.includes(permission) ? ticked.filter((p) => p !== permission) : [...ticked, permission]).join(','));
  return (
    <fieldset disabled={disabled} aria-describedby={errors.length ? 'permissions-error' : undefined} className="space-y-3">
      <legend className="mb-2 text-sm font-medium text-zinc-800">Permissions</legend>
      <p className="text-xs text-zinc-500">Without any, a staff member can look at everything but change nothing.</p>
      {STAFF_PERMISSIONS.map((permission) => (
        <div key={permission} className="flex items-start gap-2">
          <input
            id={`permission-${permission}`}
            type="checkbox"
            checked={ticked.includes(permission)}
            onChange={() => toggle(permission)}
            aria-describedby={`permission-${permission}-hint`}
            className="mt-0.5 h-4 w-4 rounded border-zinc-300 text-brand-600"
          />
          <div>
            <label htmlFor={`permission-${permission}`} className="text-sm font-medium text-zinc-800">
              {permissionLabel(permission)}
            </label>
            <p id={`permission-${permission}-hint`} className="text-xs text-zinc-500">
              {STAFF_PERMISSION_INFO[permission].explanation}
            </p>
          </div>
        </div>
      ))}
      {errors.length > 0 && (
        <ul id="permissions-error" className="space-y-0.5 text-xs text-red-700">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
