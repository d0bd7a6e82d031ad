'use client';
import { useLocale, useTranslations } from 'next-intl';
import { translateError } from '@/lib/i18n/errors';
import { useActionState } from 'react';
import { CheckboxField } from '@/components/forms/field';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ActionState } from '@/lib/action-state';
import { emailPreferencesSchema } from '@/lib/account/schemas';
import type { EmailPreferences } from '@/lib/db/schema';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function SmallActionButton({ action, label, fields = {} }: { action: Action; label: string; fields?: Record<string, string> }) {
  const [state, run, pending] = useActionState(action, {});
  const locale = useLocale();
  return (
    <form action={run} className="flex flex-col items-end gap-1">
      {state.error && <Alert tone="error">{translateError(state.error, locale)}</Alert>}
      {Object.entries(fields).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <Button type="submit" variant="secondary" disabled={pending} className="px-3 py-1 text-xs">
        {label}
      </Button>
    </form>
  );
}

export function PreferencesForm({ action, preferences }: { action: Action; preferences: EmailPreferences }) {
  const t = useTranslations('notifications');
  const { form, state, pending, onSubmit } = useActionForm(emailPreferencesSchema, action, preferences);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t('preferences')}>
      {state.success && <Alert tone="success">{state.success}</Alert>}
      <CheckboxField label={t('prefNotifications')} registration={form.register('notifications')} />
      <CheckboxField label={t('prefTicketUpdates')} registration={form.register('ticketUpdates')} />
      <CheckboxField label={t('prefProjectUpdates')} registration={form.register('projectUpdates')} />
      <Button type="submit" disabled={pending}>
        {t('savePreferences')}
      </Button>
    </form>
  );
}
