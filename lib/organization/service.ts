import 'server-only';
import { eq } from 'drizzle-orm';
import type { StaffWork } from '@/lib/pipeline';
import { afterCommit } from '@/lib/db/client';
import { tenants } from '@/lib/db/schema';
import { forgetTenant } from '@/lib/tenancy/tenant';
import type { PortalSettingsInput } from './schemas';

type TenantSettings = Partial<
  Pick<
    typeof tenants.$inferInsert,
    'portalActivated' | 'invitationLifetimeHours' | 'twoFactorRequired' | 'shareByDefault' | 'shareMilestonesByDefault' | 'shareTasksByDefault' | 'customCss' | 'customJs' | 'address'
  >
>;

/**
 * Organization Settings › Client Portal. Changes apply to what happens next (new invitations, new items),
 * never to existing items. Every change is audited with the fields that changed.
 */
export async function updateTenantSettings(w: StaffWork<'organization_settings.edit'>, input: TenantSettings) {
  const [before] = await w.tx.select().from(tenants).where(eq(tenants.id, w.tenant.id));
  const [saved] = await w.tx.update(tenants).set(input).where(eq(tenants.id, w.tenant.id)).returning();
  const changed = (Object.keys(input) as (keyof TenantSettings)[]).filter((k) => before[k] !== saved[k]);
  await w.audit({ type: 'tenant', id: w.tenant.id, details: { changed } });
  await afterCommit(async () => forgetTenant(w.tenant.slug));
  return saved;
}

export const updatePortalSettings = (w: StaffWork<'organization_settings.edit'>, input: PortalSettingsInput) => updateTenantSettings(w, input);
