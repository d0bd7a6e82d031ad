'use client';
import { startTransition, useActionState, useOptimistic } from 'react';
import { useHydrated } from '@/components/ui/use-hydrated';
import type { ActionState } from '@/lib/action-state';
import type { Shareable } from '@/lib/projects/schemas';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;
/** `kind`: which sort of record, when one action serves several (projects); documentation records need none. */
type Props = { kind?: Shareable; id: string; shared: boolean; name: string; action?: Action };

/** Show on Portal? — Yes/No; saved at once by a server action. Without one (a view-only staff member) it only says which. */
export function ShowOnPortalSwitch({ action, ...props }: Props) {
  if (!action) {
    return (
      <span className="text-xs text-zinc-600" aria-label={`Show on Portal? ${props.name}: ${props.shared ? 'Yes' : 'No'}`}>
        Show on Portal? {props.shared ? 'Yes' : 'No'}
      </span>
    );
  }
  return <Switch {...props} action={action} />;
}

function Switch({ kind, id, shared, name, action }: Props & { action: Action }) {
  const [optimistic, setOptimistic] = useOptimistic(shared);
  const [state, run, pending] = useActionState(action, {});
  const hydrated = useHydrated();
  function toggle() {
    const next = !optimistic;
    const data = new FormData();
    if (kind) data.set('kind', kind);
    data.set('id', id);
    data.set('shared', String(next));
    startTransition(() => {
      setOptimistic(next);
      run(data);
    });
  }
  return (
    <span className="inline-flex items-center gap-2 text-xs text-zinc-600">
      Show on Portal?
      <button
        type="button"
        role="switch"
        aria-checked={optimistic}
        aria-label={`Show on Portal? ${name}`}
        disabled={pending || !hydrated}
        onClick={toggle}
        className={`relative h-5 w-9 rounded-full transition ${optimistic ? 'bg-brand-600' : 'bg-zinc-300'}`}
      >
        <span className={`absolute top-0.5 h-4 w-4 rounded-full bg-white shadow transition ${optimistic ? 'left-4' : 'left-0.5'}`} />
      </button>
      <span aria-hidden className="w-6">
        {optimistic ? 'Yes' : 'No'}
      </span>
      {state.error && (
        <span role="alert" className="text-red-700">
          {state.error}
        </span>
      )}
    </span>
  );
}
