'use client';
import Link from 'next/link';
import { Field } from '@/components/forms/field';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { PASSWORD_POLICY, setPasswordSchema } from '@/lib/auth/password-policy';
import { acceptInvitationAction } from './actions';

export function WelcomeForm({ token, email }: { token: string; email: string }) {
  const { form, state, pending, onSubmit, errorsOf } = useActionForm(setPasswordSchema({ email }), acceptInvitationAction, { token, password: '', confirm: '' });
  if (state.success) {
    return (
      <div className="space-y-4">
        <Alert tone="success">{state.success}</Alert>
        <Link href="/admin/sign-in" className="block rounded-md bg-brand-600 px-4 py-2 text-center text-sm font-medium text-white hover:bg-brand-700">
          Sign in
        </Link>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Choose your password">
      {state.error && <Alert tone="error">{state.error}</Alert>}
      <p className="text-sm text-zinc-600">
        You sign in with <strong>{email}</strong>.
      </p>
      <input type="hidden" {...form.register('token')} />
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <section aria-label="Password rules" className="rounded-md bg-zinc-50 p-3 text-sm">
        <h2 className="font-medium">Your password must be</h2>
        <ul className="mt-1 list-disc pl-5 text-zinc-600">
          {PASSWORD_POLICY.map((rule) => (
            <li key={rule}>{rule.replace('logon name or e-mail address', 'e-mail address')}</li>
          ))}
        </ul>
      </section>
      <Field label="New Password" type="password" autoComplete="new-password" registration={form.register('password')} errors={errorsOf('password')} />
      <Field label="Confirm Password" type="password" autoComplete="new-password" registration={form.register('confirm')} errors={errorsOf('confirm')} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? 'Saving…' : 'Set Password'}
      </Button>
    </form>
  );
}
