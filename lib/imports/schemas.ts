import { z } from 'zod';

export const IMPORT_KINDS = ['time_entries', 'invoices'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 5000;

export const IMPORT_COLUMNS: Record<ImportKind, { required: string[]; optional: string[] }> = {
  time_entries: { required: ['company', 'date', 'hours'], optional: ['worker', 'description', 'billable', 'block', 'retainer', 'ticket', 'project'] },
  invoices: {
    required: ['company', 'issue date', 'due date', 'currency', 'description', 'quantity', 'unit price'],
    optional: ['reference', 'number', 'tax rate'],
  },
};

/** The import form: what the file holds, a dry run or the import itself, and the file. */
export const billingImportSchema = z.object({
  kind: z.enum(IMPORT_KINDS, { error: 'Choose what the file holds.' }),
  mode: z.enum(['dry_run', 'import']).default('dry_run'),
  file: z
    .instanceof(File, { error: 'Choose a CSV file.' })
    .refine((f) => f.size > 0, 'Choose a CSV file.')
    .refine((f) => f.size <= MAX_IMPORT_BYTES, 'The file can be at most 2 MB.'),
});
export type BillingImportInput = z.infer<typeof billingImportSchema>;
