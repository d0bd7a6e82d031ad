'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { lazy, startTransition, Suspense, useActionState, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Dialog } from '@/components/ui/dialog';
import type { ActionState } from '@/lib/action-state';
import type { PortalUserFormOptions, PortalUserRow } from '@/lib/portal-users/queries';
import { LIST_DEFAULTS, type ListParams } from '@/lib/portal-users/list';
import { OnDemandMenu } from '@/components/ui/on-demand-menu';
import { fill, PORTAL_USER_LABELS, type PortalUserLabels } from './labels';
import { FilterBox, Pager, SortHeader } from '@/components/ui/list-controls';
import type { Total } from '@/lib/paging-url';
// The Actions menu, and the add form with its schema (zod), load on first use.
const loadActionsMenu = () => import('./actions-menu');
const ActionsMenu = lazy(loadActionsMenu);
const PortalUserForm = lazy(() => import('./portal-user-form').then((m) => ({ default: m.PortalUserForm })));
const actionsButtonClass = 'rounded-md bg-brand-600 px-4 py-2 text-sm font-medium uppercase tracking-wide text-white hover:bg-brand-700';
import { ViewPortalButton } from '@/components/admin/view-portal-button';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

type Props = {
  rows: PortalUserRow[];
  total: number | Total;
  params: ListParams;
  canEdit: boolean;
  canPreview: boolean;
  options: PortalUserFormOptions;
  addAction: Action;
  /** staff only: Portal Admin › Logins deletes nothing */
  deleteAction?: Action;
  /** where a row opens (staff: /admin/portal-access, client: /portal-admin/logins) */
  detailPath?: string;
  labels?: PortalUserLabels;
};

const statusStyle = { Active: 'bg-green-100 text-green-800', Invited: 'bg-amber-100 text-amber-800', Inactive: 'bg-zinc-200 text-zinc-700' };

export function PortalUsersTable({
  rows,
  total,
  params,
  canEdit,
  canPreview,
  options,
  addAction,
  deleteAction,
  detailPath = '/admin/portal-access',
  labels = PORTAL_USER_LABELS,
}: Props) {
  const router = useRouter();
  const [picked, setSelected] = useState<string[]>([]);
  const [adding, setAdding] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string>();
  const [deleteState, runDelete, deleting] = useActionState(async (previous: ActionState, formData: FormData) => {
    if (!deleteAction) return previous;
    const result = await deleteAction(previous, formData);
    if (result.success) {
      setMessage(result.success);
      setConfirming(false);
      setSelected([]);
    }
    return result;
  }, {});
  const selected = picked.filter((id) => rows.some((r) => r.id === id));
  const selectable = canEdit && Boolean(deleteAction);

  const allOnPage = rows.length > 0 && rows.every((r) => selected.includes(r.id));
  const toggle = (id: string) => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
  const confirmDelete = () => {
    const data = new FormData();
    data.set('ids', selected.join(','));
    startTransition(() => runDelete(data));
  };
  const noun = selected.length === 1 ? '1 portal user' : `${selected.length} portal users`;

  return (
    <div className="space-y-4">
      {message && <Alert tone="success">{message}</Alert>}
      {deleteState.error && <Alert tone="error">{deleteState.error}</Alert>}
      <div className="flex flex-wrap items-end justify-between gap-4">
        <FilterBox id="portal-users-filter" params={params} defaults={LIST_DEFAULTS} labels={labels} />
        {canEdit && (
          <OnDemandMenu
            className={actionsButtonClass}
            preload={loadActionsMenu}
            menu={() => <ActionsMenu className={actionsButtonClass} labels={labels} selected={selected.length} onAdd={() => setAdding(true)} onDelete={deleteAction && (() => setConfirming(true))} />}
          >
            {labels.actions} <span aria-hidden>▾</span>
          </OnDemandMenu>
        )}
      </div>

      <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white shadow-sm">
        <table className="w-full text-sm" aria-label={labels.table}>
          <thead className="border-b border-zinc-200 bg-zinc-50 text-zinc-700">
            <tr>
              {selectable && (
                <th scope="col" className="w-10 px-3 py-2">
                  <input
                    type="checkbox"
                    aria-label={labels.selectAll}
                    checked={allOnPage}
                    onChange={() => setSelected(allOnPage ? [] : rows.map((r) => r.id))}
                  />
                </th>
              )}
              <SortHeader label={labels.company} sortKey="company" params={params} defaults={LIST_DEFAULTS} />
              <SortHeader label={labels.email} sortKey="email" params={params} defaults={LIST_DEFAULTS} />
              <SortHeader label={labels.name} sortKey="name" params={params} defaults={LIST_DEFAULTS} />
              <SortHeader label={labels.level} sortKey="level" params={params} defaults={LIST_DEFAULTS} />
              <SortHeader label={labels.status} sortKey="status" params={params} defaults={LIST_DEFAULTS} />
              {canPreview && (
                <th scope="col" className="px-3 py-2">
                  <span className="sr-only">Preview</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={5 + (selectable ? 1 : 0) + (canPreview ? 1 : 0)} className="px-3 py-10 text-center text-zinc-500">
                  {params.q ? fill(labels.noMatch, { q: params.q }) : labels.none}
                </td>
              </tr>
            )}
            {rows.map((row) => (
              <tr
                key={row.id}
                onClick={(e) => {
                  if (!(e.target as HTMLElement).closest('input,a')) router.push(`${detailPath}/${row.id}`);
                }}
                className="cursor-pointer border-b border-zinc-100 last:border-0 hover:bg-zinc-50"
              >
                {selectable && (
                  <td className="px-3 py-2">
                    <input
                      type="checkbox"
                      aria-label={fill(labels.select, { email: row.email })}
                      checked={selected.includes(row.id)}
                      onChange={() => toggle(row.id)}
                    />
                  </td>
                )}
                <td className="px-3 py-2">{row.company}</td>
                <td className="px-3 py-2">
                  <Link href={`${detailPath}/${row.id}`} className="text-brand-700 hover:underline">
                    {row.email}
                  </Link>
                </td>
                <td className="px-3 py-2">{row.name}</td>
                <td className="px-3 py-2">{row.level ?? '—'}</td>
                <td className="px-3 py-2">
                  <span className={`rounded px-2 py-0.5 text-xs ${statusStyle[row.status]}`}>{labels[row.status]}</span>
                </td>
                {canPreview && (
                  <td className="px-3 py-2 text-right">
                    {row.status !== 'Inactive' && (
                      <ViewPortalButton contactId={row.id} label={`View Portal as ${row.email}`} className="text-xs text-brand-700 underline">
                        View Portal
                      </ViewPortalButton>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
        <Pager params={params} defaults={LIST_DEFAULTS} total={total} labels={labels} />
      </div>

      {canEdit && (
        <Dialog open={adding} onOpenChange={setAdding} title={labels.add} description={labels.addDescription} wide>
          <Suspense fallback={null}>
            <PortalUserForm
              options={options}
              action={addAction}
              labels={labels}
              onCancel={() => setAdding(false)}
              onSaved={(m) => {
                setMessage(m);
                setAdding(false);
              }}
            />
          </Suspense>
        </Dialog>
      )}
      <ConfirmDialog open={confirming} onOpenChange={setConfirming} title="Delete portal users" onConfirm={confirmDelete} pending={deleting}>
        Delete {noun}? They lose access to the portal at once and their sessions end. This cannot be undone.
      </ConfirmDialog>
    </div>
  );
}
