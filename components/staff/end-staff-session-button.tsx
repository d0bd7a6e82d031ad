'use client';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ActionState } from '@/lib/action-state';

export function EndStaffSessionButton({ action, session }: { action: (state: ActionState, formData: FormData) => Promise<ActionState>; session: string }) {
  const [state, run, pending] = useActionState(action, {});
  return (
    <form action={run} className="inline-block space-y-1 text-left">
      <input type="hidden" name="session" value={session} />
      <Button type="submit" variant="secondary" disabled={pending}>
        End session
      </Button>
      {state.error && <Alert tone="error">{state.error}</Alert>}
    </form>
  );
}
