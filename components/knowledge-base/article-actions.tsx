'use client';
import { startTransition, useActionState, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import type { ActionState } from '@/lib/action-state';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;
type Props = { articleId: string; title: string; published: boolean; publish: Action; unpublish: Action; remove: Action };

/** Publish or Unpublish in one click; Delete after a Yes/Cancel question. */
export function ArticleActions({ articleId, title, published, publish, unpublish, remove }: Props) {
  const [state, run, pending] = useActionState(published ? unpublish : publish, {});
  const [confirming, setConfirming] = useState(false);
  const [removeState, runRemove, removing] = useActionState(async (previous: ActionState, formData: FormData) => {
    const result = await remove(previous, formData);
    setConfirming(false);
    return result;
  }, {});
  const confirmDelete = () => {
    const data = new FormData();
    data.set('articleId', articleId);
    startTransition(() => runRemove(data));
  };
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <form action={run}>
          <input type="hidden" name="articleId" value={articleId} />
          <Button type="submit" variant={published ? 'secondary' : 'primary'} disabled={pending}>
            {published ? 'Unpublish' : 'Publish'}
          </Button>
        </form>
        <Button type="button" variant="danger" onClick={() => setConfirming(true)}>
          Delete
        </Button>
      </div>
      {state.error && <Alert tone="error">{state.error}</Alert>}
      {state.success && <Alert tone="success">{state.success}</Alert>}
      {removeState.error && <Alert tone="error">{removeState.error}</Alert>}
      <ConfirmDialog open={confirming} onOpenChange={setConfirming} title="Delete article" onConfirm={confirmDelete} pending={removing}>
        Delete “{title}” with its attachments and feedback? Clients can no longer read it. This cannot be undone.
      </ConfirmDialog>
    </div>
  );
}
