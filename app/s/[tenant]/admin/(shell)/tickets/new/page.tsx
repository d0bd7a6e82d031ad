import { notFound } from 'next/navigation';
import type { Metadata } from 'next';
import Link from 'next/link';
import { TicketForm } from '@/components/tickets/ticket-form';
import { Card } from '@/components/ui/card';
import { can, requireStaff } from '@/lib/auth/staff';
import { getCompanyOptions } from '@/lib/companies/queries';
import { getCompanyContactOptions } from '@/lib/tickets/queries';
import { createTicketAction } from '../actions';

export const metadata: Metadata = { title: 'New ticket' };

export default async function NewTicketPage() {
  const { tenant, user } = await requireStaff();
  if (!can(user, 'tickets.edit')) notFound();
  const [companies, contacts] = await Promise.all([getCompanyOptions({ tenantId: tenant.id }), getCompanyContactOptions({ tenantId: tenant.id })]);
  return (
    <div className="max-w-3xl space-y-4">
      <Link href="/admin/tickets" className="text-sm text-brand-700 hover:underline">
        ← Tickets
      </Link>
      <h1 className="text-2xl font-semibold">New ticket</h1>
      <Card>
        <TicketForm action={createTicketAction} companies={companies} contacts={contacts} defaults={{ companyId: '', title: '', description: '', status: 'new', priority: 'medium', ticketContactId: '' }} />
      </Card>
    </div>
  );
}
