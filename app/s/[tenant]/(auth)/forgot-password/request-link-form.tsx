'use client';
import { Field } from '@/components/forms/field';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useLocale, useTranslations } from 'next-intl';
import { requestLinkSchema } from '@/lib/auth/schemas';
import { translateError } from '@/lib/i18n/errors';
import { requestLinkAction } from '../actions';

export function RequestLinkForm() {
  const t = useTranslations('forgotPassword');
  const signIn = useTranslations('signIn');
  const locale = useLocale();
  const { form, state, pending, onSubmit, errorsOf } = useActionForm(requestLinkSchema, requestLinkAction, { logon: '' });
  if (state.success) return <Alert tone="success">{t('sent')}</Alert>;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <p className="text-sm text-zinc-600">{t('intro')}</p>
      <Field label={signIn('logon')} autoComplete="username" registration={form.register('logon')} errors={errorsOf('logon').map((m) => translateError(m, locale))} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t('sending') : t('send')}
      </Button>
    </form>
  );
}
