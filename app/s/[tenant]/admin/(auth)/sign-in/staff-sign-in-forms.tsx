'use client';
import { Field } from '@/components/forms/field';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { staffEmailLinkSchema, staffPasswordSchema } from '@/lib/auth/schemas';
import { sendSignInLink, signInWithPassword } from './actions';

export function PasswordForm() {
  const { form, state, pending, onSubmit, errorsOf } = useActionForm(staffPasswordSchema, signInWithPassword, { email: '', password: '' });
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate aria-label="Sign in with password">
      {state.error && <Alert tone="error">{state.error}</Alert>}
      <Field label="Email" id="staff-email" type="email" autoComplete="username" registration={form.register('email')} errors={errorsOf('email')} />
      <Field label="Password" id="staff-password" type="password" autoComplete="current-password" registration={form.register('password')} errors={errorsOf('password')} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}

export function EmailLinkForm() {
  const { form, pending, onSubmit, errorsOf } = useActionForm(staffEmailLinkSchema, sendSignInLink, { email: '' });
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate aria-label="Sign in with an e-mail link">
      <Field label="Email for a sign-in link" id="link-email" type="email" autoComplete="email" registration={form.register('email')} errors={errorsOf('email')} />
      <Button type="submit" variant="secondary" disabled={pending} className="w-full">
        {pending ? 'Sending…' : 'Email me a sign-in link'}
      </Button>
    </form>
  );
}
