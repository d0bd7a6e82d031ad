import 'server-only';
import { eq } from 'drizzle-orm';
import { audit } from '@/lib/audit';
import { getDb } from '@/lib/db/client';
import { tenants } from '@/lib/db/schema';
import { requirePermission, type StaffContext } from '@/lib/errors';
import type { PortalSettingsInput } from './schemas';

type TenantSettings = Partial<Pick<typeof tenants.$inferInsert, 'portalActivated' | 'invitationLifetimeHours' | 'twoFactorRequired' | 'shareByDefault' | 'shareMilestonesByDefault' | 'shareTasksByDefault' | 'customCss' | 'customJs'>>;

/**
 * Organization Settings › Client Portal. Changes apply to what happens next (new invitations, new items),
 * never to existing items. Every change is audited with the fields that changed.
 */
export async function updateTenantSettings(ctx: StaffContext, input: TenantSettings, action = 'organization.update_portal_settings') {
  requirePermission(ctx, 'organization_settings.edit');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(tenants).where(eq(tenants.id, ctx.tenant.id));
    const [saved] = await tx.update(tenants).set(input).where(eq(tenants.id, ctx.tenant.id)).returning();
    const changed = (Object.keys(input) as (keyof TenantSettings)[]).filter((k) => before[k] !== saved[k]);
    await audit({ tenantId: ctx.tenant.id, actorType: 'staff', actorId: ctx.user.id, action, targetType: 'tenant', targetId: ctx.tenant.id, details: { changed } }, tx);
    return saved;
  });
}

export const updatePortalSettings = (ctx: StaffContext, input: PortalSettingsInput) => updateTenantSettings(ctx, input);
