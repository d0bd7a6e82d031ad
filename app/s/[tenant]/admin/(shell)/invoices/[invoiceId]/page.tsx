import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { QuickForm } from '@/components/forms/quick-form';
import { inputClass } from '@/components/forms/styles';
import { InvoiceForm } from '@/components/invoices/invoice-form';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { can, requireStaff } from '@/lib/auth/staff';
import { getInvoiceForStaff } from '@/lib/invoices/queries';
import { displayStatus, todayIso } from '@/lib/invoices/status';
import { formatMoney } from '@/lib/money';
import { markInvoicePaidAction, resendInvoiceAction, sendInvoiceAction, updateInvoiceAction, voidInvoiceAction } from '../actions';
import { StatusBadge } from '../status-badge';

export const metadata: Metadata = { title: 'Invoice' };

const DONE = {
  sent: (n: number) => `Invoice #${n} was sent.`,
  paid: (n: number) => `Invoice #${n} was marked as paid.`,
  credit: (n: number) => `The invoice was voided and credit note #${n} issued.`,
};

export default async function InvoicePage({ params, searchParams }: { params: Promise<{ invoiceId: string }>; searchParams: Promise<{ done?: string | string[] }> }) {
  const { tenant, user } = await requireStaff();
  const { invoiceId } = await params;
  if (!z.uuid().safeParse(invoiceId).success) notFound();
  const found = await getInvoiceForStaff({ tenantId: tenant.id, invoiceId });
  if (!found) notFound();
  const { invoice, company, lines, creditNoteOf, creditNotes } = found;
  const editor = can(user, 'invoices.edit');
  const today = todayIso();
  const money = (v: string) => formatMoney(v, invoice.currency);
  const title = `${invoice.creditNoteOfId ? 'Credit note' : 'Invoice'} #${invoice.number}`;
  const done = (await searchParams).done;
  const notice = typeof done === 'string' && Object.hasOwn(DONE, done) ? DONE[done as keyof typeof DONE](invoice.number) : null;
  return (
    <div className="max-w-4xl space-y-4">
      <Link href="/admin/invoices" className="text-sm text-brand-700 hover:underline">
        ← Invoices
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{title}</h1>
        <StatusBadge status={displayStatus(invoice, today)} />
        <a href={`/admin/invoices/${invoice.id}/pdf`} className="ml-auto rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm font-medium hover:bg-zinc-50">
          Download PDF
        </a>
      </div>
      {notice && <Alert tone="success">{notice}</Alert>}
      <dl className="grid grid-cols-2 gap-x-6 gap-y-1 text-sm sm:grid-cols-4">
        <dt className="text-zinc-600">Company</dt>
        <dd>
          <Link href={`/admin/companies/${company.id}`} className="text-brand-700 hover:underline">
            {company.name}
          </Link>
        </dd>
        <dt className="text-zinc-600">Currency</dt>
        <dd>{invoice.currency}</dd>
        <dt className="text-zinc-600">Issue date</dt>
        <dd>{invoice.issueDate}</dd>
        <dt className="text-zinc-600">Due date</dt>
        <dd>{invoice.dueDate}</dd>
        {invoice.paymentLink && (
          <>
            <dt className="text-zinc-600">Payment link</dt>
            <dd className="col-span-3 break-all">
              <a href={invoice.paymentLink} className="text-brand-700 underline" rel="noopener noreferrer" target="_blank">
                {invoice.paymentLink}
              </a>
            </dd>
          </>
        )}
        {invoice.paidOn && (
          <>
            <dt className="text-zinc-600">Paid on</dt>
            <dd>{invoice.paidOn}</dd>
            <dt className="text-zinc-600">Reference</dt>
            <dd>{invoice.paymentReference}</dd>
          </>
        )}
      </dl>
      {creditNoteOf && (
        <p className="text-sm">
          Credit note for{' '}
          <Link href={`/admin/invoices/${creditNoteOf.id}`} className="text-brand-700 hover:underline">
            invoice #{creditNoteOf.number}
          </Link>
          .
        </p>
      )}
      {creditNotes.map((c) => (
        <p key={c.id} className="text-sm">
          Voided; credit note{' '}
          <Link href={`/admin/invoices/${c.id}`} className="text-brand-700 hover:underline">
            #{c.number}
          </Link>
          .
        </p>
      ))}

      <table className="w-full border-collapse text-sm" aria-label="Lines">
        <thead>
          <tr className="border-b border-zinc-200 text-left text-zinc-600">
            <th className="py-2 pr-3 font-medium">Description</th>
            <th className="py-2 pr-3 text-right font-medium">Quantity</th>
            <th className="py-2 pr-3 text-right font-medium">Unit price</th>
            <th className="py-2 pr-3 text-right font-medium">Tax</th>
            <th className="py-2 text-right font-medium">Amount</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.id} className="border-b border-zinc-100">
              <td className="py-2 pr-3">{l.description}</td>
              <td className="py-2 pr-3 text-right tabular-nums">{l.quantity}</td>
              <td className="py-2 pr-3 text-right tabular-nums">{money(l.unitPrice)}</td>
              <td className="py-2 pr-3 text-right tabular-nums">{l.taxRate}%</td>
              <td className="py-2 text-right tabular-nums">{money(l.amount)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={4} className="pt-2 pr-3 text-right text-zinc-600">
              Subtotal
            </td>
            <td className="pt-2 text-right tabular-nums">{money(invoice.subtotal)}</td>
          </tr>
          <tr>
            <td colSpan={4} className="pr-3 text-right text-zinc-600">
              Tax
            </td>
            <td className="text-right tabular-nums">{money(invoice.taxTotal)}</td>
          </tr>
          <tr>
            <td colSpan={4} className="pr-3 text-right font-medium">
              Total
            </td>
            <td className="text-right font-medium tabular-nums" data-testid="invoice-total">
              {money(invoice.total)}
            </td>
          </tr>
        </tfoot>
      </table>
      {invoice.notes && <p className="whitespace-pre-wrap text-sm text-zinc-700">{invoice.notes}</p>}

      {editor && invoice.status === 'draft' && (
        <>
          <Card title="Send">
            <QuickForm action={sendInvoiceAction} label="Send invoice" submit="Send" resetOnSuccess={false}>
              <input type="hidden" name="invoiceId" value={invoice.id} />
              <p className="text-sm text-zinc-600">E-mails the invoice with its PDF (and the payment link) to the company’s billing contact. A sent invoice can no longer be edited.</p>
            </QuickForm>
          </Card>
          <Card title="Edit draft">
            <InvoiceForm
              action={updateInvoiceAction}
              invoiceId={invoice.id}
              company={{ id: company.id, name: company.name }}
              defaults={{
                issueDate: invoice.issueDate,
                dueDate: invoice.dueDate,
                currency: invoice.currency,
                paymentLink: invoice.paymentLink ?? '',
                notes: invoice.notes,
                lines: lines.map((l) => ({ description: l.description, quantity: l.quantity, unitPrice: l.unitPrice, taxRate: l.taxRate })),
              }}
            />
          </Card>
        </>
      )}
      {editor && invoice.status === 'sent' && (
        <div className="grid gap-4 sm:grid-cols-2">
          <Card title="Mark as paid">
            <QuickForm action={markInvoicePaidAction} label="Mark as paid" submit="Mark as paid" resetOnSuccess={false}>
              <input type="hidden" name="invoiceId" value={invoice.id} />
              <label className="block space-y-1 text-sm">
                <span className="font-medium text-zinc-800">Payment date</span>
                <input type="date" name="paidOn" defaultValue={today} className={inputClass} />
              </label>
              <label className="block space-y-1 text-sm">
                <span className="font-medium text-zinc-800">Reference</span>
                <input name="paymentReference" className={inputClass} />
              </label>
            </QuickForm>
          </Card>
          <Card title="Resend">
            <QuickForm action={resendInvoiceAction} label="Resend invoice" submit="Resend invoice" resetOnSuccess={false} variant="secondary">
              <input type="hidden" name="invoiceId" value={invoice.id} />
              <p className="text-sm text-zinc-600">E-mails it again, with its PDF, to the company’s billing contact.</p>
            </QuickForm>
          </Card>
          {!invoice.creditNoteOfId && (
            <Card title="Void">
              <QuickForm action={voidInvoiceAction} label="Void invoice" submit="Void and issue credit note" resetOnSuccess={false} variant="secondary">
                <input type="hidden" name="invoiceId" value={invoice.id} />
                <p className="text-sm text-zinc-600">The invoice becomes void and a credit note with the negative amounts is issued.</p>
              </QuickForm>
            </Card>
          )}
        </div>
      )}
    </div>
  );
}
