import { notFound } from 'next/navigation';
import type { Metadata } from 'next';
import Link from 'next/link';
import { TicketForm } from '@/components/tickets/ticket-form';
import { Card } from '@/components/ui/card';
import { can, requireStaff } from '@/lib/auth/staff';
import { createTicketAction } from '../actions';

export const metadata: Metadata = { title: 'New ticket' };

export default async function NewTicketPage() {
  const { user } = await requireStaff();
  if (!can(user, 'tickets.edit')) notFound();
  return (
    <div className="max-w-3xl space-y-4">
      <Link href="/admin/tickets" className="text-sm text-brand-700 hover:underline">
        ← Tickets
      </Link>
      <h1 className="text-2xl font-semibold">New ticket</h1>
      <Card>
        <TicketForm action={createTicketAction} company={null} contact={null} defaults={{ companyId: '', title: '', description: '', status: 'new', priority: 'medium', ticketContactId: '' }} />
      </Card>
    </div>
  );
}
