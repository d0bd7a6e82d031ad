'use client';
import { startTransition, useActionState, useRef, type FormEvent, type ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ActionState } from '@/lib/action-state';

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  label: string;
  submit: string;
  children: ReactNode;
  className?: string;
  resetOnSuccess?: boolean;
  /** translate refusal messages (portal pages) */
  translate?: (message: string) => string;
  variant?: 'primary' | 'secondary';
};

/** What the form holds now (files by name), to tell whether it changed since it was sent. */
function snapshot(form: HTMLFormElement) {
  return JSON.stringify([...new FormData(form)].map(([key, value]) => [key, typeof value === 'string' ? value : value.name]));
}

/**
 * A small add-something form: the server action validates with the domain's zod schema; its message and
 * every field error are shown above the fields.
 */
export function QuickForm({ action, label, submit, children, className = '', resetOnSuccess = true, translate = (m) => m, variant = 'primary' }: Props) {
  const ref = useRef<HTMLFormElement>(null);
  const submitted = useRef('');
  const [state, run, pending] = useActionState(async (previous: ActionState, formData: FormData) => {
    const result = await action(previous, formData);
    // Cleared for the next entry, unless the user has typed something new while this one was saving.
    if (result.success && resetOnSuccess && ref.current && snapshot(ref.current) === submitted.current) ref.current.reset();
    return result;
  }, {});
  // Submitted by hand so that a refused form keeps what the user typed (React resets forms after actions).
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    submitted.current = snapshot(event.currentTarget);
    startTransition(() => run(data));
  };
  const fieldErrors = Object.values(state.fieldErrors ?? {}).flat().filter((m): m is string => Boolean(m)).map(translate);
  return (
    <form ref={ref} onSubmit={onSubmit} aria-label={label} className={`space-y-3 ${className}`}>
      {state.error && (
        <Alert tone="error">
          {translate(state.error)}
          {fieldErrors.length > 0 && (
            <ul className="mt-1 list-disc pl-5">
              {fieldErrors.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      {state.success && <Alert tone="success">{state.success}</Alert>}
      {children}
      <div>
        <Button type="submit" variant={variant} disabled={pending}>
          {submit}
        </Button>
      </div>
    </form>
  );
}

/** Label + native control for QuickForm fields. */
export function QuickField({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="block space-y-1 text-sm">
      <span className="font-medium text-zinc-800">{label}</span>
      {children}
    </label>
  );
}
