import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { PortalUnavailable } from '@/components/portal-unavailable';
import { getClient } from '@/lib/auth/client';
import { requireTenant } from '@/lib/tenancy/tenant';
import { AuthCard } from '../auth-card';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

export default async function ClientSignInPage() {
  const tenant = await requireTenant();
  if (!tenant.portalActivated) return <PortalUnavailable tenantName={tenant.name} />;
  if (await getClient()) redirect('/home');
  const [t, locale] = await Promise.all([getTranslations('signIn'), getLocale()]);
  return (
    <AuthCard tenantName={tenant.name} title={t('title', { tenant: tenant.name })}>
      <SignInForm
        locale={locale}
        labels={{ logon: t('logon'), password: t('password'), submit: t('submit'), submitting: t('submitting') }}
      />
      <p className="mt-4 text-center text-sm">
        <Link href="/forgot-password" className="text-brand-700 underline">
          {t('forgot')}
        </Link>
      </p>
    </AuthCard>
  );
}
