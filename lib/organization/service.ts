import 'server-only';
import { eq } from 'drizzle-orm';
import type { StaffWork } from '@/lib/pipeline';
import { tenants } from '@/lib/db/schema';
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
  return saved;
}

export const updatePortalSettings = (w: StaffWork<'organization_settings.edit'>, input: PortalSettingsInput) => updateTenantSettings(w, input);
