'use server';
import { staffAction } from '@/lib/actions';
import { billingImportSchema } from '@/lib/imports/schemas';
import { importBillingCsv } from '@/lib/imports/service';

/** Dry run or import of a PSA export; a bad line refuses the whole file, so nothing of it is written. */
export const importBillingCsvAction = staffAction(
  { schema: billingImportSchema, permission: 'invoices.edit', audit: 'invoice.import', refresh: false },
  async ({ kind, mode, file }, w) => importBillingCsv(w, { kind, text: await file.text(), dryRun: mode === 'dry_run' }),
);
