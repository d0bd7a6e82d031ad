import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { requireClient } from '@/lib/auth/client';
import { isTwoFactorRequired, setupKey } from '@/lib/auth/two-factor';
import { confirmTwoFactorSetupAction } from '../../actions';
import { AuthCard } from '../../auth-card';
import { CodeForm } from '../code-form';
import { ClientMessages } from '@/components/client-messages';
import { AUTH_CLIENT_MESSAGES } from '@/lib/i18n/client-messages';

export const metadata: Metadata = { title: 'Set up two-factor authentication' };

export default async function TwoFactorSetupPage() {
  const { tenant, contact, company, preview } = await requireClient();
  // Nothing to set up in a read-only preview, nor once it is configured.
  if (contact.totpConfiguredAt || preview) redirect('/home');
  const t = await getTranslations('twoFactor');
  const { secret, sealed, qrCode } = await setupKey(tenant, contact);
  return (
    <AuthCard tenantName={tenant.name} title={t('setupTitle')}>
      <div className="space-y-4 text-sm">
        {isTwoFactorRequired(tenant, company) && <p className="font-medium">{t('setupRequired', { tenant: tenant.name })}</p>}
        <p className="text-zinc-600">{t('setupSteps')}</p>
        {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL generated on the server */}
        <img src={qrCode} alt="QR code for your authenticator app" width={220} height={220} className="mx-auto" />
        <p className="text-zinc-600">
          {t('secret')} <code data-testid="totp-secret" className="break-all rounded bg-zinc-100 px-1 py-0.5">{secret}</code>
        </p>
        <ClientMessages paths={AUTH_CLIENT_MESSAGES}>
          <CodeForm action={confirmTwoFactorSetupAction} submitLabel={t('enable')} hidden={{ key: sealed }} />
        </ClientMessages>
      </div>
    </AuthCard>
  );
}
