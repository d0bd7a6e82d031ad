'use client';
import { Field } from '@/components/forms/field';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useLocale, useTranslations } from 'next-intl';
import { setPasswordSchema } from '@/lib/auth/password-policy';
import { translateError } from '@/lib/i18n/errors';
import { setPasswordAction } from '../actions';

export function SetPasswordForm({ token, logonName, email }: { token: string; logonName: string; email: string }) {
  const t = useTranslations('setPassword');
  const common = useTranslations('common');
  const locale = useLocale();
  const { form, state, pending, onSubmit, errorsOf } = useActionForm(setPasswordSchema({ logonName, email }), setPasswordAction, { token, password: '', confirm: '' });
  const tr = (list: string[]) => list.map((m) => translateError(m, locale));
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {state.error && <Alert tone="error">{translateError(state.error, locale)}</Alert>}
      <p className="text-sm text-zinc-600">{t('logonName', { logon: logonName })}</p>
      <input type="hidden" {...form.register('token')} />
      <input type="text" name="username" autoComplete="username" value={logonName} readOnly hidden />
      <section aria-label={t('policyTitle')} className="rounded-md bg-zinc-50 p-3 text-sm">
        <h2 className="font-medium">{t('policyTitle')}</h2>
        <ul className="mt-1 list-disc pl-5 text-zinc-600">
          <li>{t('policyLength')}</li>
          <li>{t('policyIdentity')}</li>
          <li>{t('policyCommon')}</li>
        </ul>
      </section>
      <Field label={t('newPassword')} type="password" autoComplete="new-password" registration={form.register('password')} errors={tr(errorsOf('password'))} />
      <Field label={t('confirmPassword')} type="password" autoComplete="new-password" registration={form.register('confirm')} errors={tr(errorsOf('confirm'))} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? common('saving') : common('save')}
      </Button>
    </form>
  );
}
