'use client';
import { useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import { Field } from '@/components/forms/field';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ActionState } from '@/lib/action-state';
import { twoFactorCodeSchema } from '@/lib/account/schemas';
import { translateError } from '@/lib/i18n/errors';

/** One code field: signing in with the second factor, or confirming set-up (then the recovery codes show). */
type Props = { action: (s: ActionState, f: FormData) => Promise<ActionState>; submitLabel: string; hidden?: Record<string, string> };

export function CodeForm({ action, submitLabel, hidden = {} }: Props) {
  const t = useTranslations('twoFactor');
  const locale = useLocale();
  const { form, state, pending, onSubmit, errorsOf } = useActionForm(twoFactorCodeSchema, action, { code: '' });
  if (state.list) {
    return (
      <div className="space-y-4">
        <h2 className="font-semibold">{t('recoveryTitle')}</h2>
        <p className="text-sm text-zinc-600">{t('recoveryText')}</p>
        <ul aria-label={t('recoveryTitle')} className="grid grid-cols-2 gap-2 rounded-md bg-zinc-50 p-3 font-mono text-sm">
          {state.list.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
        <Link href="/home" className="block rounded-md bg-brand-600 px-4 py-2 text-center text-sm font-medium text-white hover:bg-brand-700">
          {t('continue')}
        </Link>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state.error && <Alert tone="error">{translateError(state.error, locale)}</Alert>}
      <Field label={t('code')} inputMode="numeric" autoComplete="one-time-code" registration={form.register('code')} errors={errorsOf('code').map((m) => translateError(m, locale))} />
      <Button type="submit" disabled={pending} className="w-full">
        {submitLabel}
      </Button>
    </form>
  );
}
