import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { pendingTwoFactor } from '@/lib/auth/client';
import { requireTenant } from '@/lib/tenancy/tenant';
import { verifyTwoFactorAction } from '../actions';
import { AuthCard } from '../auth-card';
import { CodeForm } from './code-form';
import { ClientMessages } from '@/components/client-messages';
import { AUTH_CLIENT_MESSAGES } from '@/lib/i18n/client-messages';

export const metadata: Metadata = { title: 'Two-factor authentication' };

export default async function TwoFactorPage() {
  const tenant = await requireTenant();
  const t = await getTranslations();
  const pending = await pendingTwoFactor(tenant);
  return (
    <AuthCard tenantName={tenant.name} title={t('twoFactor.title')}>
      {pending ? (
        <div className="space-y-4">
          <p className="text-sm text-zinc-600">{t('twoFactor.prompt')}</p>
          <ClientMessages paths={AUTH_CLIENT_MESSAGES}>
            <CodeForm action={verifyTwoFactorAction} submitLabel={t('twoFactor.verify')} />
          </ClientMessages>
        </div>
      ) : (
        <div className="space-y-4">
          <Alert tone="error">{t('twoFactor.expired')}</Alert>
          <Link href="/sign-in" className="text-sm text-brand-700 underline">
            {t('setPassword.signIn')}
          </Link>
        </div>
      )}
    </AuthCard>
  );
}
