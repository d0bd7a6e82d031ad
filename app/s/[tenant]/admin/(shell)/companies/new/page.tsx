import type { Metadata } from 'next';
import Link from 'next/link';
import { CompanyForm } from '@/components/companies/company-form';
import { Card } from '@/components/ui/card';
import { requireStaff } from '@/lib/auth/staff';
import { createCompanyAction } from '../actions';

export const metadata: Metadata = { title: 'Add company' };

export default async function NewCompanyPage() {
  await requireStaff();
  const defaults = { name: '', email: '', parentCompanyId: '', primaryContactId: '', billingContactId: '', portalEnabled: true, knowledgeBaseEnabled: false, twoFactorRequired: false };
  return (
    <div className="max-w-3xl space-y-4">
      <Link href="/admin/companies" className="text-sm text-brand-700 hover:underline">
        ← Companies
      </Link>
      <h1 className="text-2xl font-semibold">Add company</h1>
      <Card>
        <CompanyForm action={createCompanyAction} defaults={defaults} parent={null} people={[]} />
      </Card>
    </div>
  );
}
