'use client';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ActionState } from '@/lib/action-state';
import { PORTAL_USER_LABELS, type PortalUserLabels } from './labels';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

type ButtonProps = { label: string; action: Action; contactId: string; extra?: Record<string, string>; variant?: 'secondary' | 'danger'; disabled?: boolean };

function ActionButton({ label, action, contactId, extra, variant = 'secondary', disabled }: ButtonProps) {
  const [state, run, pending] = useActionState(action, {});
  return (
    <form action={run} className="space-y-2">
      <input type="hidden" name="contactId" value={contactId} />
      {Object.entries(extra ?? {}).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <Button type="submit" variant={variant} disabled={pending || disabled} className="w-full">
        {label}
      </Button>
      {state.error && <Alert tone="error">{state.error}</Alert>}
      {state.success && <Alert tone="success">{state.success}</Alert>}
    </form>
  );
}

type Props = {
  contactId: string;
  active: boolean;
  twoFactorConfigured: boolean;
  resendAction: Action;
  resetAction: Action;
  setActiveAction: Action;
  /** staff only */
  resetTwoFactorAction?: Action;
  labels?: PortalUserLabels;
};

export function PortalUserActions({
  contactId,
  active,
  twoFactorConfigured,
  resendAction,
  resetAction,
  setActiveAction,
  resetTwoFactorAction,
  labels = PORTAL_USER_LABELS,
}: Props) {
  return (
    <aside aria-label={labels.userActions} className="space-y-3 rounded-lg border border-zinc-200 bg-white p-4 shadow-sm">
      <ActionButton label={labels.resend} action={resendAction} contactId={contactId} />
      <ActionButton label={labels.reset} action={resetAction} contactId={contactId} />
      {resetTwoFactorAction && (
        <ActionButton label={labels.resetTwoFactor} action={resetTwoFactorAction} contactId={contactId} disabled={!twoFactorConfigured} />
      )}
      <ActionButton
        label={active ? labels.deactivate : labels.activate}
        action={setActiveAction}
        contactId={contactId}
        extra={{ active: active ? 'false' : 'true' }}
        variant={active ? 'danger' : 'secondary'}
      />
    </aside>
  );
}
