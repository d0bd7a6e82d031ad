'use client';
import type { LevelPermission } from '@/lib/db/schema';
import { LEVEL_PERMISSION_INFO, orderedLevelPermissions, permissionsByGroup } from '@/lib/security-levels/info';

type Props = { value: string; onChange: (value: string) => void; errors?: string[]; disabled?: boolean };

/** The permissions of a level, one fieldset per group, each checkbox with its one-line explanation; sent as one comma-separated field. */
export function PermissionChecklist({ value, onChange, errors = [], disabled }: Props) {
  const ticked = value.split(',').filter(Boolean) as LevelPermission[];
  const toggle = (permission: LevelPermission) =>
    onChange(orderedLevelPermissions(ticked.includes(permission) ? ticked.filter((p) => p !== permission) : [...ticked, permission]).join(','));
  return (
    <div role="group" aria-labelledby="permissions-heading" aria-describedby={errors.length ? 'permissions-error' : undefined} className="space-y-4">
      <div>
        <p id="permissions-heading" className="text-sm font-medium text-zinc-800">
          User has access to
        </p>
        <p className="text-xs text-zinc-500">Each permission stands alone: tick every one the level should give.</p>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        {permissionsByGroup.map(({ group, permissions }) => (
          <fieldset key={group} disabled={disabled} className="space-y-3 rounded-md border border-zinc-200 p-4">
            <legend className="px-1 text-sm font-semibold text-zinc-800">{group}</legend>
            {permissions.map((permission) => (
              <div key={permission} className="flex items-start gap-2">
                <input
                  id={`permission-${permission}`}
                  type="checkbox"
                  checked={ticked.includes(permission)}
                  onChange={() => toggle(permission)}
                  aria-describedby={`permission-${permission}-hint`}
                  className="mt-0.5 h-4 w-4 shrink-0 rounded border-zinc-300 text-brand-600"
                />
                <div>
                  <label htmlFor={`permission-${permission}`} className="text-sm font-medium text-zinc-800">
                    {LEVEL_PERMISSION_INFO[permission].label}
                  </label>
                  <p id={`permission-${permission}-hint`} className="text-xs text-zinc-500">
                    {LEVEL_PERMISSION_INFO[permission].explanation}
                  </p>
                </div>
              </div>
            ))}
          </fieldset>
        ))}
      </div>
      {errors.length > 0 && (
        <ul id="permissions-error" className="space-y-0.5 text-xs text-red-700">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
