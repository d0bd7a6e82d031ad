'use client';
import { startTransition, useActionState } from 'react';
import type { ActionState } from '@/lib/action-state';

export const TASK_STATUS_LABELS: Record<string, string> = { open: 'Open', in_progress: 'In progress', done: 'Done' };

type Props = { taskId: string; status: string; name: string; action?: (s: ActionState, f: FormData) => Promise<ActionState> };

/** A task's status, changed at once; only shown to staff who may not change it. */
export function TaskStatusSelect({ action, ...props }: Props) {
  if (!action) return <span className="text-xs text-zinc-600">{TASK_STATUS_LABELS[props.status]}</span>;
  return <StatusSelect {...props} action={action} />;
}

function StatusSelect({ taskId, status, name, action }: Props & { action: NonNullable<Props['action']> }) {
  const [, run, pending] = useActionState(action, {});
  return (
    <select
      aria-label={`Status of ${name}`}
      defaultValue={status}
      disabled={pending}
      onChange={(e) => {
        const data = new FormData();
        data.set('taskId', taskId);
        data.set('status', e.target.value);
        startTransition(() => run(data));
      }}
      className="rounded border border-zinc-300 px-2 py-1 text-xs"
    >
      {Object.entries(TASK_STATUS_LABELS).map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </select>
  );
}
