'use client';
import Link from 'next/link';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { useHydrated } from '@/components/ui/use-hydrated';
import type { ActionState } from '@/lib/action-state';
import { DeleteLevelDialog } from './delete-level-dialog';

type Level = { id: string; name: string; builtIn: boolean; clientAssignable: boolean; portalUsers: number };
type Props = { levels: Level[]; deleteAction?: (state: ActionState, formData: FormData) => Promise<ActionState> };

const linkClass = 'font-medium text-brand-700 hover:underline';

/** The levels with their kind and holders; Edit/View, Copy and Delete when the staff member may manage them. */
export function SecurityLevelsTable({ levels, deleteAction }: Props) {
  const [deleting, setDeleting] = useState<Level | null>(null);
  const [message, setMessage] = useState('');
  const canManage = Boolean(deleteAction);
  const hydrated = useHydrated();
  return (
    <div className="space-y-3">
      {message && <Alert tone="success">{message}</Alert>}
      <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white shadow-sm">
        <table className="w-full text-sm" aria-label="Security levels">
          <thead className="border-b border-zinc-200 bg-zinc-50 text-left text-zinc-700">
            <tr>
              <th scope="col" className="px-3 py-2">
                Name
              </th>
              <th scope="col" className="hidden px-3 py-2 sm:table-cell">
                Built-in/Custom
              </th>
              <th scope="col" className="hidden px-3 py-2 sm:table-cell">
                Assignable by client
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                Portal users
              </th>
              <th scope="col" className="px-3 py-2">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {levels.map((level) => {
              const editable = canManage && !level.builtIn;
              return (
                <tr key={level.id} className="border-b border-zinc-100 align-top last:border-0">
                  <td className="px-3 py-2">
                    <Link href={`/admin/settings/security-levels/${level.id}`} className={linkClass}>
                      {level.name}
                    </Link>
                    <span className="block text-xs text-zinc-500 sm:hidden">
                      {level.builtIn ? 'Built-in' : 'Custom'} · Assignable by client: {level.clientAssignable ? 'Yes' : 'No'}
                    </span>
                  </td>
                  <td className="hidden px-3 py-2 sm:table-cell">{level.builtIn ? 'Built-in' : 'Custom'}</td>
                  <td className="hidden px-3 py-2 sm:table-cell">{level.clientAssignable ? 'Yes' : 'No'}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{level.portalUsers}</td>
                  <td className="px-3 py-2">
                    <div className="flex flex-wrap items-center justify-end gap-x-4 gap-y-1">
                      <Link
                        href={`/admin/settings/security-levels/${level.id}`}
                        className={linkClass}
                        aria-label={`${editable ? 'Edit' : 'View'} ${level.name}`}
                      >
                        {editable ? 'Edit' : 'View'}
                      </Link>
                      {canManage && (
                        <Link href={`/admin/settings/security-levels/new?copy=${level.id}`} className={linkClass} aria-label={`Copy ${level.name}`}>
                          Copy
                        </Link>
                      )}
                      {editable && (
                        <button
                          type="button"
                          disabled={!hydrated}
                          className="font-medium text-red-700 hover:underline"
                          aria-label={`Delete ${level.name}`}
                          onClick={() => {
                            setMessage('');
                            setDeleting(level);
                          }}
                        >
                          Delete
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {deleteAction && deleting && (
        <DeleteLevelDialog
          level={deleting}
          targets={levels.filter((l) => l.id !== deleting.id)}
          action={deleteAction}
          onClose={() => setDeleting(null)}
          onDeleted={(text) => {
            setDeleting(null);
            setMessage(text);
          }}
        />
      )}
    </div>
  );
}
