'use client';
import { useActionState, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import type { ActionState } from '@/lib/action-state';

type Person = { id: string; firstName: string; lastName: string; email: string; portalUser: boolean };

/** Add People: only contacts of the project's company are offered. */
export function AddPeopleDialog({ projectId, candidates, action }: { projectId: string; candidates: Person[]; action: (s: ActionState, f: FormData) => Promise<ActionState> }) {
  const [open, setOpen] = useState(false);
  const [picked, setPicked] = useState<string[]>([]);
  const [state, run, pending] = useActionState(async (previous: ActionState, formData: FormData) => {
    const result = await action(previous, formData);
    if (result.success) {
      setPicked([]);
      setOpen(false);
    }
    return result;
  }, {});
  return (
    <div className="space-y-2">
      {state.success && <Alert tone="success">{state.success}</Alert>}
      <Button type="button" variant="secondary" onClick={() => setOpen(true)}>
        Add People
      </Button>
      <Dialog open={open} onOpenChange={setOpen} title="Add People" description="Only contacts of the project's company can be added. People without portal access get an invitation.">
        <form action={run} className="space-y-4">
          {state.error && <Alert tone="error">{state.error}</Alert>}
          <input type="hidden" name="projectId" value={projectId} />
          <input type="hidden" name="contactIds" value={picked.join(',')} />
          {candidates.length === 0 ? (
            <p className="text-sm text-zinc-500">Everyone at this company is already a member.</p>
          ) : (
            <ul className="max-h-72 space-y-2 overflow-y-auto">
              {candidates.map((p) => (
                <li key={p.id}>
                  <label className="flex items-center gap-2 text-sm">
                    <input type="checkbox" checked={picked.includes(p.id)} onChange={() => setPicked((s) => (s.includes(p.id) ? s.filter((x) => x !== p.id) : [...s, p.id]))} />
                    {p.firstName} {p.lastName} <span className="text-zinc-500">({p.email}{p.portalUser ? '' : ', no portal access yet'})</span>
                  </label>
                </li>
              ))}
            </ul>
          )}
          <div className="flex justify-end gap-3">
            <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" disabled={pending || picked.length === 0}>
              Add People
            </Button>
          </div>
        </form>
      </Dialog>
    </div>
  );
}
