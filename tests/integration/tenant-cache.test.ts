/** The tenant of every request comes from a short-lived cache: fresh after the app's own changes, per tenant only. */
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tenants } from '@/lib/db/schema';
import type { StaffContext } from '@/lib/errors';
import * as organization from '@/lib/organization/service';
import { forgetTenant, getTenantBySlug, TENANT_TTL_MS } from '@/lib/tenancy/tenant';
import { demo } from '../support/demo';
import { staffOp } from '../support/work';

const saveSettings = staffOp(organization.updateTenantSettings, 'organization_settings.edit', 'organization.update');

afterEach(() => {
  vi.useRealTimers();
});

describe('the tenant cache', () => {
  it('answers each slug with its own tenant, and an unknown or disabled one with nothing', async () => {
    const d = await demo();
    expect((await getTenantBySlug('acme'))?.id).toBe(d.acme.id);
    expect((await getTenantBySlug('globex'))?.id).toBe(d.globex.id);
    expect(await getTenantBySlug('nobody-here')).toBeNull();
  });

  it('shows a settings change made through the app at once', async () => {
    const d = await demo();
    const owner: StaffContext = { tenant: d.acme, user: await d.staff(d.acme.id, 'owner@acme.test') };
    expect((await getTenantBySlug('acme'))?.address).not.toBe('1 Cached Street');
    await saveSettings(owner, { address: '1 Cached Street' });
    expect((await getTenantBySlug('acme'))?.address).toBe('1 Cached Street');
    expect((await getTenantBySlug('globex'))?.address).not.toBe('1 Cached Street');
  });

  it('sees a change made outside the app once its entry has expired', async () => {
    const d = await demo();
    vi.useFakeTimers({ toFake: ['Date'] });
    forgetTenant('acme');
    expect((await getTenantBySlug('acme'))?.invitationLifetimeHours).toBe(d.acme.invitationLifetimeHours);
    await d.db.update(tenants).set({ invitationLifetimeHours: 99 }).where(eq(tenants.id, d.acme.id));
    try {
      expect((await getTenantBySlug('acme'))?.invitationLifetimeHours, 'still the cached row').toBe(d.acme.invitationLifetimeHours);
      vi.setSystemTime(Date.now() + TENANT_TTL_MS + 1);
      expect((await getTenantBySlug('acme'))?.invitationLifetimeHours).toBe(99);
    } finally {
      await d.db.update(tenants).set({ invitationLifetimeHours: d.acme.invitationLifetimeHours }).where(eq(tenants.id, d.acme.id));
      forgetTenant('acme');
    }
  });
});
