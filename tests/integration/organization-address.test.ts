/** Organization Settings › Client Portal › Address: printed on invoices and reports; a settings change like any other. */
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, tenants } from '@/lib/db/schema';
import type { StaffContext } from '@/lib/errors';
import { organizationAddressSchema } from '@/lib/organization/schemas';
import * as organization from '@/lib/organization/service';
import { demo } from '../support/demo';
import { staffOp } from '../support/work';

const saveAddress = staffOp(organization.updateTenantSettings, 'organization_settings.edit', 'organization.update_address');

describe('the organization address', () => {
  it('is saved by staff with the organization-settings permission, audited, and refused to view-only staff', async () => {
    const d = await demo();
    const owner: StaffContext = { tenant: d.acme, user: await d.staff(d.acme.id, 'owner@acme.test') };
    const helpdesk: StaffContext = { tenant: d.acme, user: await d.staff(d.acme.id, 'helpdesk@acme.test') };
    const address = organizationAddressSchema.parse({ address: '  200 Main Street\nSuite 4\nSpringfield  ' }).address;
    await saveAddress(owner, { address });
    const [acme] = await d.db.select().from(tenants).where(eq(tenants.id, d.acme.id));
    expect(acme.address).toBe('200 Main Street\nSuite 4\nSpringfield');
    const rows = await d.db.select().from(auditLog).where(and(eq(auditLog.tenantId, d.acme.id), eq(auditLog.action, 'organization.update_address')));
    expect(rows.map((r) => r.details)).toEqual([{ changed: ['address'] }]);

    await expect(saveAddress(helpdesk, { address: 'Elsewhere' })).rejects.toThrow('You do not have permission to');
    const [globex] = await d.db.select().from(tenants).where(eq(tenants.id, d.globex.id));
    expect([(await d.db.select().from(tenants).where(eq(tenants.id, d.acme.id)))[0].address, globex.address]).toEqual([acme.address, '']);
  });

  it('answers a too long address on the field', () => {
    const parsed = organizationAddressSchema.safeParse({ address: 'x'.repeat(501) });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['address'], message: 'The address can be at most 500 characters.' });
  });
});
