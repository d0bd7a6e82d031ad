'use client';
import { startTransition, useActionState, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import type { ActionState } from '@/lib/action-state';
import type { Action } from './form-shell';

/** Delete after a Yes/Cancel question; the button's name says what goes. */
export function DeleteRecord({ action, id, label, question }: { action: Action; id: string; label: string; question: string }) {
  const [confirming, setConfirming] = useState(false);
  const [state, run, pending] = useActionState(async (previous: ActionState, formData: FormData) => {
    const result = await action(previous, formData);
    setConfirming(false);
    return result;
  }, {});
  const confirm = () => {
    const data = new FormData();
    data.set('id', id);
    startTransition(() => run(data));
  };
  return (
    <span className="inline-flex items-center gap-2">
      <Button type="button" variant="secondary" aria-label={label} onClick={() => setConfirming(true)}>
        Delete
      </Button>
      {state.error && <Alert tone="error">{state.error}</Alert>}
      <ConfirmDialog open={confirming} onOpenChange={setConfirming} title={label} onConfirm={confirm} pending={pending}>
        {question}
      </ConfirmDialog>
    </span>
  );
}
