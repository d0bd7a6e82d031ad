'use client';
import { startTransition, useActionState, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import type { ActionState } from '@/lib/action-state';
import type { StaffStatus } from '@/lib/staff/labels';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

function ActionButton({ label, action, userId, extra, variant = 'secondary' }: { label: string; action: Action; userId: string; extra?: Record<string, string>; variant?: 'secondary' | 'danger' }) {
  const [state, run, pending] = useActionState(action, {});
  return (
    <form action={run} className="space-y-2">
      <input type="hidden" name="userId" value={userId} />
      {Object.entries(extra ?? {}).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <Button type="submit" variant={variant} disabled={pending} className="w-full">
        {label}
      </Button>
      {state.error && <Alert tone="error">{state.error}</Alert>}
      {state.success && <Alert tone="success">{state.success}</Alert>}
    </form>
  );
}

type Props = { userId: string; name: string; status: StaffStatus; resendAction: Action; setActiveAction: Action; removeAction: Action };

/** Resend the invitation (until accepted), deactivate or activate, and remove after a Yes/Cancel question. */
export function StaffMemberActions({ userId, name, status, resendAction, setActiveAction, removeAction }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [removeState, runRemove, removing] = useActionState(async (previous: ActionState, formData: FormData) => {
    const result = await removeAction(previous, formData);
    setConfirming(false);
    return result;
  }, {});
  const remove = () => {
    const data = new FormData();
    data.set('userId', userId);
    startTransition(() => runRemove(data));
  };
  const active = status !== 'deactivated';
  return (
    <aside aria-label="Staff member actions" className="space-y-3 rounded-lg border border-zinc-200 bg-white p-4 shadow-sm">
      {status === 'invited' && <ActionButton label="Resend Invitation" action={resendAction} userId={userId} />}
      <ActionButton label={active ? 'Deactivate' : 'Activate'} action={setActiveAction} userId={userId} extra={{ active: active ? 'false' : 'true' }} variant={active ? 'danger' : 'secondary'} />
      <Button type="button" variant="danger" className="w-full" onClick={() => setConfirming(true)}>
        Remove
      </Button>
      {removeState.error && <Alert tone="error">{removeState.error}</Alert>}
      <ConfirmDialog open={confirming} onOpenChange={setConfirming} title="Remove staff member" onConfirm={remove} pending={removing}>
        Remove {name}? They are signed out at once, their previews end and they can no longer sign in. What they wrote stays. This cannot be undone.
      </ConfirmDialog>
    </aside>
  );
}
