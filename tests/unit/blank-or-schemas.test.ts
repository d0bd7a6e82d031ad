import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldError } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldMessages } from '@/components/forms/use-action-form';
import { licenseSchema } from '@/lib/documentation/schemas';
import { hourBlockSchema } from '@/lib/hours/schemas';
import { offHoursScheduleSchema } from '@/lib/portal-admin/off-hours-schemas';
import { projectSchema } from '@/lib/projects/schemas';

const SEATS = 'Enter the seats as a whole number, 0 or more.';
const license = { kind: 'license', companyId: '00000000-0000-4000-8000-000000000001', name: 'Office' };

/** The messages a form shows under `field`, as react-hook-form gets them from the schema (every broken rule). */
async function shown(schema: z.ZodType, values: Record<string, unknown>, field: string) {
  const result = await zodResolver(schema as never)(values, undefined, { criteriaMode: 'all', fields: {}, shouldUseNativeValidation: false });
  return fieldMessages((result.errors as Record<string, FieldError | undefined>)[field]);
}

describe('an optional field shows only its own message, never zod’s “expected ""”', () => {
  it.each(['abc', '-1', '2.5'])('license Seats %s', async (seats) => {
    expect(await shown(licenseSchema, { ...license, seats }, 'seats')).toEqual([SEATS]);
  });

  it('license Seats above the maximum', async () => {
    expect(await shown(licenseSchema, { ...license, seats: '2000000' }, 'seats')).toEqual(['At most 1,000,000 seats.']);
  });

  it('license Seats empty, blank or absent is none, and a number is kept', () => {
    for (const seats of ['', '  ', undefined]) expect(licenseSchema.parse({ ...license, seats }).seats).toBeNull();
    expect(licenseSchema.parse({ ...license, seats: '25' }).seats).toBe(25);
  });

  it('optional dates of licenses, blocks and projects', async () => {
    expect(await shown(licenseSchema, { ...license, endsOn: 'soon' }, 'endsOn')).toEqual(['Enter a date as YYYY-MM-DD.']);
    const block = { companyId: license.companyId, name: 'B', purchasedOn: '2026-01-01', hours: '10', expiresOn: '31/12/2026' };
    expect(await shown(hourBlockSchema, block, 'expiresOn')).toEqual(['Enter a date as YYYY-MM-DD.']);
    const project = { companyId: license.companyId, name: 'P', status: 'active', startDate: 'x' };
    expect(await shown(projectSchema, project, 'startDate')).toEqual(['Enter a date as YYYY-MM-DD.']);
  });

  it('off-hours times', async () => {
    expect(await shown(offHoursScheduleSchema, { timeZone: 'UTC', opens1: '25:00', closes1: '18:00' }, 'opens1')).toEqual(['Enter a time as HH:mm.']);
  });
});
