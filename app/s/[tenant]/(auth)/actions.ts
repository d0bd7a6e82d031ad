'use server';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { after } from 'next/server';
import { twoFactorCodeSchema, twoFactorSetupSchema } from '@/lib/account/schemas';
import { clientAction, validatedAction } from '@/lib/actions';
import { audit } from '@/lib/audit';
import { finishTwoFactor, pendingTwoFactor, startClientSession } from '@/lib/auth/client';
import { requestMeta } from '@/lib/auth/request-meta';
import { lockedFor, recordFailure } from '@/lib/auth/rate-limit';
import { confirmSetup, verifySecondFactor } from '@/lib/auth/two-factor';
import { requestNewLink, setPasswordWithLink } from '@/lib/auth/onboarding';
import { setPasswordSchema } from '@/lib/auth/password-policy';
import { requestLinkSchema } from '@/lib/auth/schemas';
import { ActionError } from '@/lib/errors';
import { requireTenant } from '@/lib/tenancy/tenant';

export const setPasswordAction = validatedAction(setPasswordSchema(), async (data) => {
  const tenant = await requireTenant();
  const contactId = await setPasswordWithLink(tenant, data);
  await startClientSession(tenant, contactId);
  redirect('/home');
});

export const requestLinkAction = validatedAction(requestLinkSchema, async ({ logon }) => {
  const tenant = await requireTenant();
  // After the answer: looking the user up and sending the e-mail would otherwise show in the response time.
  after(() => requestNewLink(tenant, logon));
  return { success: 'If that matches a portal user, we have sent a new link to their e-mail address. It may take a minute to arrive.' };
});

export const verifyTwoFactorAction = validatedAction(twoFactorCodeSchema, async ({ code }) => {
  const tenant = await requireTenant();
  const t = await getTranslations();
  const pending = await pendingTwoFactor(tenant);
  if (!pending) return { error: t('twoFactor.expired') };
  const { ip } = await requestMeta();
  const keys = { account: pending.contact.logonName ?? pending.contact.email, address: ip };
  const wait = await lockedFor(tenant.id, keys);
  if (wait) return { error: t('signIn.locked', { minutes: Math.ceil(wait / 60_000) }) };
  if (!(await verifySecondFactor(tenant.id, pending.contact, code))) {
    await recordFailure(tenant.id, keys);
    await audit({ tenantId: tenant.id, actorType: 'client', actorId: pending.contact.id, action: 'client.two_factor_failed', ip });
    return { error: t('twoFactor.wrongCode') };
  }
  if (!(await finishTwoFactor(tenant, pending.token, pending.contact.id))) return { error: t('twoFactor.expired') };
  redirect('/home');
});

export const confirmTwoFactorSetupAction = clientAction(
  { schema: twoFactorSetupSchema, permission: 'own_account', audit: 'client.two_factor_enabled', beforeTwoFactor: true, refresh: false },
  async ({ code, key }, w) => {
    const codes = await confirmSetup(w, key, code);
    if (!codes) throw new ActionError((await getTranslations('twoFactor'))('wrongCode'));
    await w.audit({ type: 'contact', id: w.contact.id });
    return { success: 'ok', list: codes };
  },
);
