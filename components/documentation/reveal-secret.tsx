'use client';
import { useActionState, useState } from 'react';
import { Button } from '@/components/ui/button';
import type { ActionState } from '@/lib/action-state';

export type RevealLabels = { reveal: string; revealing: string; hide: string; copy: string; copied: string; secret: string };

export const REVEAL_LABELS: RevealLabels = { reveal: 'Reveal', revealing: 'Revealing…', hide: 'Hide', copy: 'Copy', copied: 'Copied', secret: 'Password' };

/**
 * Reveal: a POST to an audited action that answers with the secret once. The page never holds it; it lives in
 * this component's state until Hide (or leaving the page), and Copy puts it on the clipboard.
 */
export function RevealSecret({
  action,
  recordId,
  labels = REVEAL_LABELS,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  recordId: string;
  labels?: RevealLabels;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const [hidden, setHidden] = useState(false);
  const [copied, setCopied] = useState(false);
  const shown = state.secret !== undefined && !hidden && !pending;
  if (shown) {
    return (
      <span className="inline-flex flex-wrap items-center gap-2">
        <code aria-label={labels.secret} className="rounded bg-zinc-100 px-2 py-1 font-mono text-sm break-all">
          {state.secret}
        </code>
        <Button
          type="button"
          variant="secondary"
          className="px-2 py-1"
          onClick={() => navigator.clipboard.writeText(state.secret ?? '').then(() => setCopied(true), () => setCopied(false))}
        >
          {copied ? labels.copied : labels.copy}
        </Button>
        <Button type="button" variant="ghost" className="px-2 py-1" onClick={() => setHidden(true)}>
          {labels.hide}
        </Button>
      </span>
    );
  }
  return (
    <form
      action={(formData) => {
        setHidden(false);
        setCopied(false);
        formAction(formData);
      }}
      className="inline-flex items-center gap-2"
    >
      <input type="hidden" name="recordId" value={recordId} />
      <span aria-hidden className="font-mono text-zinc-400">
        ••••••••
      </span>
      <Button type="submit" variant="secondary" className="px-2 py-1" disabled={pending}>
        {pending ? labels.revealing : labels.reveal}
      </Button>
      {state.error && (
        <span role="alert" className="text-sm text-red-700">
          {state.error}
        </span>
      )}
    </form>
  );
}
