'use client';
import { startTransition, useActionState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ActionState } from '@/lib/action-state';
import { IMPORT_COLUMNS, type ImportKind } from '@/lib/imports/schemas';

const KINDS: { value: ImportKind; label: string }[] = [
  { value: 'time_entries', label: 'Time entries' },
  { value: 'invoices', label: 'Invoices (one row per line)' },
];

/** Upload, dry run, then import: the answer lists every line's problem, or what was (or would be) created. */
export function ImportForm({ action }: { action: (state: ActionState, formData: FormData) => Promise<ActionState> }) {
  const [state, run, pending] = useActionState(action, {});
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => run(data));
  };
  const problems = Object.values(state.fieldErrors ?? {}).flat().filter((m): m is string => Boolean(m));
  return (
    <form onSubmit={onSubmit} aria-label="Import CSV" className="space-y-4 rounded-lg border border-zinc-200 bg-white p-4 shadow-sm">
      <fieldset className="space-y-1 text-sm">
        <legend className="font-medium text-zinc-800">The file holds</legend>
        {KINDS.map((k) => (
          <label key={k.value} className="flex items-start gap-2">
            <input type="radio" name="kind" value={k.value} defaultChecked={k.value === 'time_entries'} className="mt-1" />
            <span>
              {k.label}
              <span className="block text-xs text-zinc-500">
                Columns: {IMPORT_COLUMNS[k.value].required.join(', ')}; optional: {IMPORT_COLUMNS[k.value].optional.join(', ')}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <label className="block space-y-1 text-sm">
        <span className="font-medium text-zinc-800">CSV file (UTF-8, header row, at most 2 MB)</span>
        <input type="file" name="file" accept=".csv,text/csv" required className="block text-sm" />
      </label>
      <div className="flex gap-2">
        <Button type="submit" name="mode" value="dry_run" variant="secondary" disabled={pending}>
          Dry run
        </Button>
        <Button type="submit" name="mode" value="import" disabled={pending}>
          Import
        </Button>
      </div>
      {state.error && (
        <Alert tone="error">
          {state.error}
          {problems.length > 0 && (
            <ul className="mt-1 list-disc pl-5" aria-label="Problems">
              {problems.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      {state.success && (
        <Alert tone="success">
          {state.success}
          {state.list && state.list.length > 0 && (
            <ul className="mt-1 list-disc pl-5" aria-label="Rows">
              {state.list.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          )}
        </Alert>
      )}
    </form>
  );
}
