'use client';
import { useState } from 'react';
import { Field } from '@/components/forms/field';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import type { ActionState } from '@/lib/action-state';
import { inviteStaffSchema } from '@/lib/staff/schemas';
import { PermissionCheckboxes } from './permission-checkboxes';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** Invite Staff Member: name, e-mail and permissions; the invitation goes out once saved. */
export function InviteStaffDialog({ action }: { action: Action }) {
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const { form, state, pending, onSubmit, errorsOf } = useActionForm(inviteStaffSchema, action, { name: '', email: '', permissions: '' }, (s, f) => {
    setMessage(s.success ?? '');
    f.reset();
    setOpen(false);
  });
  const permissions = form.watch('permissions') ?? '';
  return (
    <div className="space-y-3">
      {message && <Alert tone="success">{message}</Alert>}
      <Button
        type="button"
        onClick={() => {
          setMessage('');
          setOpen(true);
        }}
      >
        Invite Staff Member
      </Button>
      <Dialog open={open} onOpenChange={setOpen} title="Invite Staff Member" description="They get an e-mail with a link to choose their password." wide>
        <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Invite Staff Member">
          {state.error && <Alert tone="error">{state.error}</Alert>}
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label="Name" autoComplete="off" registration={form.register('name')} errors={errorsOf('name')} />
            <Field label="E-mail" type="email" autoComplete="off" registration={form.register('email')} errors={errorsOf('email')} />
          </div>
          <input type="hidden" {...form.register('permissions')} />
          <PermissionCheckboxes value={permissions} onChange={(v) => form.setValue('permissions', v, { shouldDirty: true })} errors={errorsOf('permissions')} />
          <div className="flex justify-end gap-3">
            <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" disabled={pending}>
              {pending ? 'Sending…' : 'Send Invitation'}
            </Button>
          </div>
        </form>
      </Dialog>
    </div>
  );
}
