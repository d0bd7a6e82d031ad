'use client';
import { startTransition, useActionState, useState, type ReactNode } from 'react';
import { ShowOnPortalSwitch } from '@/components/projects/show-on-portal-switch';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Dialog } from '@/components/ui/dialog';
import type { ActionState } from '@/lib/action-state';
import type { DocumentationKind } from '@/lib/db/schema';
import { daysUntil, expiresInWords, EXPIRY_WINDOW_DAYS } from '@/lib/documentation/expiry';
import { KIND_SINGULAR, MINIMUM_LEVEL_LABELS } from '@/lib/documentation/schemas';
import { RevealSecret } from './reveal-secret';
import { DocumentationForm, type DocumentationRecordView } from './documentation-forms';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** Absent when the staff member may not: no Add/Edit/Delete without "edit documentation", no Reveal without "reveal passwords". */
export type DocumentationActions = { create?: Action; update?: Action; remove?: Action; setShared?: Action; reveal?: Action };

type Props = { kind: DocumentationKind; companyId: string; records: DocumentationRecordView[]; today: string; actions: DocumentationActions };

/** One kind of a company's documentation: its records, Add, Edit, Delete (after a question), Show on Portal? and Reveal. */
export function DocumentationList({ kind, companyId, records, today, actions }: Props) {
  const [editing, setEditing] = useState<DocumentationRecordView | 'new' | null>(null);
  const [message, setMessage] = useState('');
  const what = KIND_SINGULAR[kind];
  const saveAction = editing === 'new' ? actions.create : actions.update;
  return (
    <div className="space-y-4">
      {message && <Alert tone="success">{message}</Alert>}
      {actions.create && (
        <Button
          type="button"
          onClick={() => {
            setMessage('');
            setEditing('new');
          }}
        >
          Add {what}
        </Button>
      )}
      {records.length === 0 ? (
        <p className="text-sm text-zinc-500">No {KIND_SINGULAR[kind]}s on file yet.</p>
      ) : (
        <ul className="space-y-3" aria-label={`${what[0].toUpperCase()}${what.slice(1)}s`}>
          {records.map((r) => (
            <RecordItem
              key={r.id}
              record={r}
              today={today}
              actions={actions}
              onEdit={() => {
                setMessage('');
                setEditing(r);
              }}
              onDeleted={setMessage}
            />
          ))}
        </ul>
      )}
      {editing && saveAction && (
        <Dialog open onOpenChange={(open) => !open && setEditing(null)} title={editing === 'new' ? `Add ${what}` : `Edit ${editing.name}`} wide>
          <DocumentationForm
            kind={kind}
            companyId={companyId}
            record={editing === 'new' ? undefined : editing}
            action={saveAction}
            onSaved={(m) => {
              setMessage(m);
              setEditing(null);
            }}
            onCancel={() => setEditing(null)}
          />
        </Dialog>
      )}
    </div>
  );
}

function RecordItem({ record, today, actions, onEdit, onDeleted }: { record: DocumentationRecordView; today: string; actions: DocumentationActions; onEdit: () => void; onDeleted: (m: string) => void }) {
  const secretLabel = record.kind === 'license' ? 'License key' : 'Password';
  return (
    <li className="rounded-lg border border-zinc-200 p-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h3 className="font-semibold break-words">{record.name}</h3>
        <div className="flex flex-wrap items-center gap-2">
          <ShowOnPortalSwitch id={record.id} shared={record.showOnPortal} name={record.name} action={actions.setShared} />
          {actions.update && (
            <Button type="button" variant="secondary" className="px-3 py-1" onClick={onEdit} aria-label={`Edit ${record.name}`}>
              Edit
            </Button>
          )}
          {actions.remove && <DeleteButton record={record} action={actions.remove} onDeleted={onDeleted} />}
        </div>
      </div>
      <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
        {record.kind === 'credential' && (
          <>
            <Item label="System/URL">{record.system}</Item>
            <Item label="Username">{record.username && <span className="font-mono">{record.username}</span>}</Item>
          </>
        )}
        {record.kind === 'warranty' && (
          <>
            <Item label="Serial number">{record.serialNumber}</Item>
            <Item label="Vendor">{record.vendor}</Item>
            <Item label="Start date">{record.startsOn}</Item>
            <Item label="End date">{record.endsOn && <Ends endsOn={record.endsOn} today={today} />}</Item>
          </>
        )}
        {record.kind === 'license' && (
          <>
            <Item label="Seats">{record.seats?.toString()}</Item>
            <Item label="Assigned to">{record.assignedTo}</Item>
            <Item label="Start date">{record.startsOn}</Item>
            <Item label="Expiry date">{record.endsOn && <Ends endsOn={record.endsOn} today={today} />}</Item>
          </>
        )}
        {record.kind !== 'warranty' && (
          <Item label={secretLabel}>
            {!record.hasSecret ? null : actions.reveal ? (
              <RevealSecret action={actions.reveal} recordId={record.id} labels={{ reveal: 'Reveal', revealing: 'Revealing…', hide: 'Hide', copy: 'Copy', copied: 'Copied', secret: secretLabel }} />
            ) : (
              <span className="text-zinc-500">Stored (revealing needs the “reveal passwords” permission)</span>
            )}
          </Item>
        )}
        <Item label="Minimum security level">{record.showOnPortal ? MINIMUM_LEVEL_LABELS[record.minimumLevel] : `${MINIMUM_LEVEL_LABELS[record.minimumLevel]} (not shown on the portal)`}</Item>
        {record.notes && (
          <div className="sm:col-span-2">
            <dt className="text-zinc-500">Notes</dt>
            <dd className="whitespace-pre-wrap break-words">{record.notes}</dd>
          </div>
        )}
      </dl>
    </li>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-zinc-500">{label}</dt>
      <dd className="break-words">{children || '—'}</dd>
    </div>
  );
}

/** The date, and how soon it comes when within the window (or already past). */
export function Ends({ endsOn, today }: { endsOn: string; today: string }) {
  const days = daysUntil(endsOn, today);
  const soon = days <= EXPIRY_WINDOW_DAYS;
  return (
    <>
      {endsOn}
      {soon && <span className={`ml-2 rounded px-1.5 py-0.5 text-xs ${days < 0 ? 'bg-red-50 text-red-700' : 'bg-amber-50 text-amber-800'}`}>{expiresInWords(days)}</span>}
    </>
  );
}

function DeleteButton({ record, action, onDeleted }: { record: DocumentationRecordView; action: Action; onDeleted: (m: string) => void }) {
  const [confirming, setConfirming] = useState(false);
  const [state, run, pending] = useActionState(async (previous: ActionState, formData: FormData) => {
    const result = await action(previous, formData);
    setConfirming(false);
    if (result.success) onDeleted(result.success);
    return result;
  }, {});
  const remove = () => {
    const data = new FormData();
    data.set('recordId', record.id);
    startTransition(() => run(data));
  };
  return (
    <>
      <Button type="button" variant="ghost" className="px-3 py-1 text-red-700" onClick={() => setConfirming(true)} aria-label={`Delete ${record.name}`}>
        Delete
      </Button>
      {state.error && <span role="alert" className="text-sm text-red-700">{state.error}</span>}
      <ConfirmDialog open={confirming} onOpenChange={setConfirming} title={`Delete ${KIND_SINGULAR[record.kind]}`} onConfirm={remove} pending={pending}>
        Delete {record.name}? {record.hasSecret ? 'Its stored secret is deleted with it. ' : ''}This cannot be undone.
      </ConfirmDialog>
    </>
  );
}
