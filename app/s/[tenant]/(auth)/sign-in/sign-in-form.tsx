'use client';
import { Field } from '@/components/forms/field';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { clientSignInSchema } from '@/lib/auth/schemas';
import { translateError } from '@/lib/i18n/errors';
import { signInClient } from './actions';

// The schema (and zod) load after the page: the sign-in page's first load stays small.
const loadSchema = (): Promise<typeof clientSignInSchema> => import('@/lib/auth/schemas').then((m) => m.clientSignInSchema);

/** The labels come from the page (server): the sign-in page loads no next-intl in the browser. */
export function SignInForm({ locale, labels }: { locale: string; labels: { logon: string; password: string; submit: string; submitting: string } }) {
  const { form, state, pending, onSubmit, errorsOf } = useActionForm(loadSchema, signInClient, { logon: '', password: '' });
  const tr = (list: string[]) => list.map((m) => translateError(m, locale));
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {state.error && <Alert tone="error">{translateError(state.error, locale)}</Alert>}
      <Field label={labels.logon} autoComplete="username" registration={form.register('logon')} errors={tr(errorsOf('logon'))} />
      <Field label={labels.password} type="password" autoComplete="current-password" registration={form.register('password')} errors={tr(errorsOf('password'))} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? labels.submitting : labels.submit}
      </Button>
    </form>
  );
}
