import type { Metadata } from 'next';
import Link from 'next/link';
import { PortalUnavailable } from '@/components/portal-unavailable';
import { Alert } from '@/components/ui/alert';
import { getTranslations } from 'next-intl/server';
import { inspectSetPasswordLink } from '@/lib/auth/onboarding';
import { requireTenant } from '@/lib/tenancy/tenant';
import { AuthCard } from '../auth-card';
import { SetPasswordForm } from './set-password-form';
import { ClientMessages } from '@/components/client-messages';
import { AUTH_CLIENT_MESSAGES } from '@/lib/i18n/client-messages';

export const metadata: Metadata = { title: 'Set Password' };

export default async function SetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const tenant = await requireTenant();
  if (!tenant.portalActivated) return <PortalUnavailable tenantName={tenant.name} />;
  const { token = '' } = await searchParams;
  const link = await inspectSetPasswordLink(tenant, token);
  const t = await getTranslations('setPassword');
  if (!link.contact) {
    const problem = { title: t(`${link.status}Title`), text: t(`${link.status}Text`) };
    return (
      <AuthCard tenantName={tenant.name} title={t('title')}>
        <div className="space-y-4">
          <Alert tone="error">
            <strong className="block">{problem.title}</strong>
            {problem.text}
          </Alert>
          <div className="flex justify-between text-sm">
            <Link href="/forgot-password" className="font-medium text-brand-700 underline">
              {t('askNew')}
            </Link>
            <Link href="/sign-in" className="text-zinc-600 underline">
              {t('signIn')}
            </Link>
          </div>
        </div>
      </AuthCard>
    );
  }
  return (
    <AuthCard tenantName={tenant.name} title={t('title')}>
      <ClientMessages paths={AUTH_CLIENT_MESSAGES}>
        <SetPasswordForm token={token} logonName={link.contact.logonName ?? link.contact.email} email={link.contact.email} />
      </ClientMessages>
    </AuthCard>
  );
}
