'use client';
import { startTransition, useActionState, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import type { ActionState } from '@/lib/action-state';

type Level = { id: string; name: string; portalUsers: number };
type Props = {
  level: Level;
  targets: { id: string; name: string }[];
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  onClose: () => void;
  onDeleted: (message: string) => void;
};

/** Delete a custom level after a Yes/Cancel question; when portal users hold it, they move to the level chosen here. */
export function DeleteLevelDialog({ level, targets, action, onClose, onDeleted }: Props) {
  const [moveTo, setMoveTo] = useState('');
  const [state, run, pending] = useActionState(async (previous: ActionState, formData: FormData) => {
    const result = await action(previous, formData);
    if (result.success) onDeleted(result.success);
    return result;
  }, {});
  const held = level.portalUsers > 0;
  const users = `${level.portalUsers} portal user${level.portalUsers === 1 ? '' : 's'}`;
  const errors = state.fieldErrors?.moveToLevelId ?? [];
  const confirm = () => {
    const data = new FormData();
    data.set('levelId', level.id);
    data.set('moveToLevelId', moveTo);
    startTransition(() => run(data));
  };
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title="Delete security level">
      <div className="space-y-4 text-sm">
        {state.error && !errors.length && <Alert tone="error">{state.error}</Alert>}
        <p className="text-zinc-700">
          Delete the security level <strong>{level.name}</strong>? This cannot be undone.
        </p>
        {held && (
          <div className="space-y-1">
            <label htmlFor="move-to-level" className="block font-medium text-zinc-800">
              Move its {users} to
            </label>
            <select
              id="move-to-level"
              value={moveTo}
              onChange={(e) => setMoveTo(e.target.value)}
              aria-invalid={errors.length ? true : undefined}
              aria-describedby={errors.length ? 'move-to-level-error' : undefined}
              className={`block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-sm focus:outline-none focus:ring-2 focus:ring-brand-600 ${errors.length ? 'border-red-500' : 'border-zinc-300'}`}
            >
              <option value="">Choose a level…</option>
              {targets.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
            {errors.length > 0 && (
              <ul id="move-to-level-error" className="space-y-0.5 text-xs text-red-700">
                {errors.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        <div className="flex justify-end gap-3">
          <Button type="button" variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="button" variant="danger" disabled={pending} onClick={confirm}>
            Yes
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
