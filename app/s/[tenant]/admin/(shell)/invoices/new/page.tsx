import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { companyParam } from '@/components/admin/company-filter';
import { InvoiceForm } from '@/components/invoices/invoice-form';
import { Card } from '@/components/ui/card';
import { can, requireStaff } from '@/lib/auth/staff';
import { getCompanyName } from '@/lib/companies/pickers';
import { addDays, todayIso } from '@/lib/invoices/status';
import { createInvoiceAction } from '../actions';

export const metadata: Metadata = { title: 'New invoice' };

export default async function NewInvoicePage({ searchParams }: { searchParams: Promise<{ company?: string | string[] }> }) {
  const { tenant, user } = await requireStaff();
  if (!can(user, 'invoices.edit')) notFound();
  const company = await getCompanyName({ tenantId: tenant.id, companyId: companyParam((await searchParams).company) });
  const today = todayIso();
  const due = addDays(today, 30);
  return (
    <div className="max-w-4xl space-y-4">
      <Link href="/admin/invoices" className="text-sm text-brand-700 hover:underline">
        ← Invoices
      </Link>
      <h1 className="text-2xl font-semibold">New invoice</h1>
      <Card>
        <InvoiceForm
          action={createInvoiceAction}
          company={company}
          defaults={{
            issueDate: today,
            dueDate: due,
            currency: 'USD',
            paymentLink: '',
            notes: '',
            lines: [{ description: '', quantity: '1', unitPrice: '', taxRate: '0' }],
          }}
        />
      </Card>
    </div>
  );
}
