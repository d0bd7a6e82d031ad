'use client';
import type { ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ActionState } from '@/lib/action-state';

export type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** An hours form's frame: the action's message on top, the fields (each with its own errors), then the button. */
export function FormShell({
  label,
  submit,
  state,
  pending,
  onSubmit,
  children,
}: {
  label: string;
  submit: string;
  state: ActionState;
  pending: boolean;
  onSubmit: () => void;
  children: ReactNode;
}) {
  return (
    <form onSubmit={onSubmit} noValidate aria-label={label} className="mt-3 grid gap-3 sm:grid-cols-2">
      {state.error && (
        <div className="sm:col-span-2">
          <Alert tone="error">{state.error}</Alert>
        </div>
      )}
      {state.success && (
        <div className="sm:col-span-2">
          <Alert tone="success">{state.success}</Alert>
        </div>
      )}
      {children}
      <div className="sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {submit}
        </Button>
      </div>
    </form>
  );
}
