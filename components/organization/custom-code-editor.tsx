'use client';
import { startTransition, useActionState, useRef, useState } from 'react';
import type { ActionState } from '@/lib/action-state';

type Props = { action: (state: ActionState, formData: FormData) => Promise<ActionState>; css: string; js: string; readOnly: boolean };

const area = 'block w-full rounded-md border border-zinc-300 bg-zinc-950 p-3 font-mono text-xs text-zinc-100 focus:outline-none focus:ring-2 focus:ring-brand-600 disabled:opacity-70';

/** Custom Code: saved automatically a moment after typing stops, with a saved / failed indicator. */
export function CustomCodeEditor({ action, css, js, readOnly }: Props) {
  const [code, setCode] = useState({ customCss: css, customJs: js });
  const [dirty, setDirty] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const [state, save, saving] = useActionState(async (previous: ActionState, formData: FormData) => {
    const result = await action(previous, formData);
    setDirty(false);
    return result;
  }, {});

  function change(field: 'customCss' | 'customJs', value: string) {
    const next = { ...code, [field]: value };
    setCode(next);
    setDirty(true);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const data = new FormData();
      data.set('customCss', next.customCss);
      data.set('customJs', next.customJs);
      startTransition(() => save(data));
    }, 700);
  }

  const status = saving ? 'Saving…' : dirty ? 'Unsaved changes' : state.error ? `Save failed: ${state.fieldErrors ? Object.values(state.fieldErrors).flat().join(' ') : state.error}` : state.success ? 'All changes saved' : '';
  return (
    <div className="space-y-4">
      <p className="text-sm text-zinc-600">Applied to client-portal pages only, never to admin pages. Saved automatically.</p>
      <label className="block space-y-1 text-sm font-medium">
        <span>Custom CSS</span>
        <textarea rows={8} spellCheck={false} disabled={readOnly} value={code.customCss} onChange={(e) => change('customCss', e.target.value)} className={area} />
      </label>
      <label className="block space-y-1 text-sm font-medium">
        <span>Custom JavaScript</span>
        <textarea rows={8} spellCheck={false} disabled={readOnly} value={code.customJs} onChange={(e) => change('customJs', e.target.value)} className={area} />
      </label>
      <p role="status" aria-live="polite" data-testid="custom-code-status" className={`text-sm ${state.error && !saving && !dirty ? 'text-red-700' : 'text-zinc-500'}`}>
        {status}
      </p>
    </div>
  );
}
