import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { PortalUnavailable } from '@/components/portal-unavailable';
import { requireTenant } from '@/lib/tenancy/tenant';
import { AuthCard } from '../auth-card';
import { RequestLinkForm } from './request-link-form';
import { ClientMessages } from '@/components/client-messages';
import { AUTH_CLIENT_MESSAGES } from '@/lib/i18n/client-messages';

export const metadata: Metadata = { title: 'Forgot password' };

export default async function ForgotPasswordPage() {
  const tenant = await requireTenant();
  if (!tenant.portalActivated) return <PortalUnavailable tenantName={tenant.name} />;
  const t = await getTranslations('forgotPassword');
  return (
    <AuthCard tenantName={tenant.name} title={t('title')}>
      <ClientMessages paths={AUTH_CLIENT_MESSAGES}>
        <RequestLinkForm />
      </ClientMessages>
      <p className="mt-4 text-center text-sm">
        <Link href="/sign-in" className="text-zinc-600 underline">
          {t('back')}
        </Link>
      </p>
    </AuthCard>
  );
}
