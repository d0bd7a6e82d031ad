'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Field, SelectField } from '@/components/forms/field';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ActionState } from '@/lib/action-state';
import { formatsSchema, languageSchema, logonChangeSchema, passwordChangeSchema } from '@/lib/account/schemas';
import { translateError } from '@/lib/i18n/errors';
import { DATE_FORMATS, LANGUAGES, NUMBER_FORMATS, TIME_FORMATS } from '@/lib/portal-users/schemas';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

function useTr() {
  const locale = useLocale();
  return (list: string[]) => list.map((m) => translateError(m, locale));
}

function Messages({ state }: { state: ActionState }) {
  const locale = useLocale();
  return (
    <>
      {state.error && <Alert tone="error">{translateError(state.error, locale)}</Alert>}
      {state.success && <Alert tone="success">{state.success}</Alert>}
    </>
  );
}

export function LanguageForm({ action, language }: { action: Action; language: string }) {
  const t = useTranslations();
  const { form, state, pending, onSubmit } = useActionForm(languageSchema, action, { language: language as 'en' | 'fr' });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t('settings.language')}>
      <Messages state={state} />
      <SelectField label={t('settings.language')} registration={form.register('language')}>
        {LANGUAGES.map((l) => (
          <option key={l.value} value={l.value}>
            {l.label}
          </option>
        ))}
      </SelectField>
      <Button type="submit" disabled={pending}>
        {t('common.save')}
      </Button>
    </form>
  );
}

export function FormatsForm({ action, defaults }: { action: Action; defaults: { dateFormat: string; timeFormat: string; numberFormat: string } }) {
  const t = useTranslations();
  const { form, state, pending, onSubmit } = useActionForm(formatsSchema, action, defaults as never);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t('settings.formats')}>
      <Messages state={state} />
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField label={t('settings.dateFormat')} registration={form.register('dateFormat')}>
          {DATE_FORMATS.map((f) => (
            <option key={f}>{f}</option>
          ))}
        </SelectField>
        <SelectField label={t('settings.timeFormat')} registration={form.register('timeFormat')}>
          {TIME_FORMATS.map((f) => (
            <option key={f}>{f}</option>
          ))}
        </SelectField>
        <SelectField label={t('settings.numberFormat')} registration={form.register('numberFormat')}>
          {NUMBER_FORMATS.map((f) => (
            <option key={f}>{f}</option>
          ))}
        </SelectField>
      </div>
      <Button type="submit" disabled={pending}>
        {t('common.save')}
      </Button>
    </form>
  );
}

export function LogonNameForm({ action, logonName }: { action: Action; logonName: string }) {
  const t = useTranslations('settings');
  const tr = useTr();
  const { form, state, pending, onSubmit, errorsOf } = useActionForm(logonChangeSchema, action, { logonName });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t('logonName')}>
      <Messages state={state} />
      <Field label={t('logonName')} autoComplete="username" registration={form.register('logonName')} errors={tr(errorsOf('logonName'))} hint={t('logonHint')} />
      <Button type="submit" disabled={pending}>
        {t('saveLogon')}
      </Button>
    </form>
  );
}

export function PasswordForm({ action }: { action: Action }) {
  const t = useTranslations('settings');
  const tr = useTr();
  const { form, state, pending, onSubmit, errorsOf } = useActionForm(passwordChangeSchema, action, { oldPassword: '', password: '', confirm: '' }, (_state, form) => form.reset());
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t('passwordTitle')}>
      <Messages state={state} />
      <Field label={t('oldPassword')} type="password" autoComplete="current-password" registration={form.register('oldPassword')} errors={tr(errorsOf('oldPassword'))} />
      <Field label={t('newPassword')} type="password" autoComplete="new-password" registration={form.register('password')} errors={tr(errorsOf('password'))} />
      <Field label={t('confirmPassword')} type="password" autoComplete="new-password" registration={form.register('confirm')} errors={tr(errorsOf('confirm'))} />
      <Button type="submit" disabled={pending}>
        {t('changePassword')}
      </Button>
    </form>
  );
}

export function EndSessionButton({ action, session }: { action: Action; session: string }) {
  const t = useTranslations('settings');
  const [state, run, pending] = useActionState(action, {});
  return (
    <form action={run}>
      <input type="hidden" name="session" value={session} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t('endSession')}
      </Button>
      {state.error && <Alert tone="error">{state.error}</Alert>}
    </form>
  );
}
