import type { Metadata } from 'next';
import { ViewOnlyNotice } from '@/components/admin/view-only-notice';
import { can, requireStaff } from '@/lib/auth/staff';
import { importBillingCsvAction } from './actions';
import { ImportForm } from './import-form';

export const metadata: Metadata = { title: 'Import invoices and time entries' };

export default async function BillingImportPage() {
  const { user } = await requireStaff();
  return (
    <div className="max-w-3xl space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">Import invoices and time entries</h1>
        <p className="text-sm text-zinc-600">
          Upload a CSV exported from your PSA. Run a dry run first: it lists every line&apos;s problem, or what would be created. Import writes the whole
          file at once, and nothing of it when any line is bad. Companies are matched by name; dates are YYYY-MM-DD; invoices are created as drafts,
          their lines grouped by reference (or number).
        </p>
      </div>
      {can(user, 'invoices.edit') ? <ImportForm action={importBillingCsvAction} /> : <ViewOnlyNotice permission="invoices.edit" />}
    </div>
  );
}
