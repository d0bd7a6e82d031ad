import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { ContactForm } from '@/components/companies/contact-form';
import { Card } from '@/components/ui/card';
import { requireStaff } from '@/lib/auth/staff';
import { getCompany } from '@/lib/companies/queries';
import { createContactAction } from '../../../actions';

export const metadata: Metadata = { title: 'Add contact' };

export default async function NewContactPage({ params }: { params: Promise<{ companyId: string }> }) {
  const { tenant } = await requireStaff();
  const { companyId } = await params;
  if (!z.uuid().safeParse(companyId).success) notFound();
  const company = await getCompany({ tenantId: tenant.id, companyId });
  if (!company) notFound();
  return (
    <div className="max-w-3xl space-y-4">
      <Link href={`/admin/companies/${companyId}`} className="text-sm text-brand-700 hover:underline">
        ← {company.name}
      </Link>
      <h1 className="text-2xl font-semibold">Add contact to {company.name}</h1>
      <Card>
        <ContactForm action={createContactAction} defaults={{ firstName: '', lastName: '', email: '', phone: '' }} hidden={{ companyId }} />
      </Card>
    </div>
  );
}
