'use server';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { audit } from '@/lib/audit';
import { validatedAction } from '@/lib/actions';
import { checkClientCredentials, signInAccountKey, startClientSession, startTwoFactor } from '@/lib/auth/client';
import { requestMeta } from '@/lib/auth/request-meta';
import { limitedAttempt } from '@/lib/auth/rate-limit';
import { clientSignInSchema } from '@/lib/auth/schemas';
import { requireTenant } from '@/lib/tenancy/tenant';

export const signInClient = validatedAction(clientSignInSchema, async ({ logon, password }) => {
  const tenant = await requireTenant();
  const t = await getTranslations('signIn');
  const { ip } = await requestMeta();
  const keys = { account: await signInAccountKey(tenant, logon), address: ip };
  const locked = (ms: number) => ({ error: t('locked', { minutes: Math.ceil(ms / 60_000) }) });

  const attempt = await limitedAttempt(tenant.id, keys, async () => {
    const checked = await checkClientCredentials(tenant, logon, password);
    return checked.ok ? checked : null;
  });
  if (!attempt.ok) {
    if (!attempt.counted) return locked(attempt.lockedMs);
    await audit({ tenantId: tenant.id, actorType: 'client', action: 'client.sign_in_failed', details: { logon }, ip });
    return attempt.lockedMs ? locked(attempt.lockedMs) : { error: t('wrong') };
  }
  const result = attempt.value;
  if (result.twoFactor) {
    await startTwoFactor(tenant, result.contactId);
    redirect('/two-factor');
  }
  await startClientSession(tenant, result.contactId);
  redirect('/home');
});
