import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { InvoiceStatusBadge } from '@/components/invoices/portal-invoices';
import { requireClient } from '@/lib/auth/client';
import { formatDate, formatNumber } from '@/lib/format';
import { findPortalInvoice } from '@/lib/invoices/portal';
import { canPayOnline, displayStatus, formatAmount, isoDate, todayIso } from '@/lib/invoices/portal-status';
import { viewerOf } from '@/lib/portal/access';

export const metadata: Metadata = { title: 'Invoice' };

const box = 'rounded-lg border border-zinc-200 bg-white p-6 shadow-sm';

/** One invoice: 404 unless the viewer may see it (a draft, another company's or tenant's, a level without invoices: all 404). */
export default async function InvoicePage({ params }: { params: Promise<{ invoiceId: string }> }) {
  const { invoiceId } = await params;
  const client = await requireClient();
  const found = await findPortalInvoice(viewerOf(client), invoiceId);
  if (!found) notFound();
  const { invoice, lines } = found;
  const { contact, tenant } = client;
  const t = await getTranslations('invoices');
  const money = (value: string) => formatAmount(value, invoice.currency, contact.numberFormat);
  const date = (value: string) => formatDate(isoDate(value), contact.dateFormat);
  return (
    <article className="mx-auto max-w-4xl space-y-6">
      <Link href="/dashboards/invoices" className="text-sm text-brand-700 hover:underline">
        ← {t('back')}
      </Link>
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div className="space-y-1">
          <h1 className="flex items-center gap-3 text-2xl font-semibold">
            {t('invoiceNumber', { number: invoice.number })}
            <InvoiceStatusBadge status={displayStatus(invoice, todayIso())} />
          </h1>
          {invoice.creditNoteOfNumber !== null && <p className="text-sm text-zinc-600">{t('creditNoteOf', { number: invoice.creditNoteOfNumber })}</p>}
          <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-zinc-500">{t('issueDate')}</dt>
            <dd>{date(invoice.issueDate)}</dd>
            <dt className="text-zinc-500">{t('dueDate')}</dt>
            <dd>{date(invoice.dueDate)}</dd>
          </dl>
          {invoice.status === 'paid' && invoice.paidOn && <p className="text-sm text-green-800">{t('paidOn', { date: date(invoice.paidOn) })}</p>}
        </div>
        <div className="flex flex-wrap gap-2">
          <a href={`/invoices/${invoice.id}/pdf`} className="rounded-md bg-white px-4 py-2 text-sm font-medium text-brand-700 ring-1 ring-zinc-300 hover:bg-zinc-50">
            {t('downloadPdf')}
          </a>
          {canPayOnline(invoice) && (
            <a
              href={invoice.paymentLink!}
              target="_blank"
              rel="noopener noreferrer"
              title={t('payOnlineHint', { tenant: tenant.name })}
              className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
            >
              {t('payOnline')}
            </a>
          )}
        </div>
      </header>
      <section aria-label={t('lines')} className={`${box} overflow-x-auto`}>
        <table className="w-full text-sm">
          <caption className="sr-only">{t('lines')}</caption>
          <thead className="border-b border-zinc-200 text-left text-zinc-700">
            <tr>
              <th scope="col" className="py-2 pr-3">{t('description')}</th>
              <th scope="col" className="px-3 py-2 text-right">{t('quantity')}</th>
              <th scope="col" className="px-3 py-2 text-right">{t('unitPrice')}</th>
              <th scope="col" className="px-3 py-2 text-right">{t('taxRate')}</th>
              <th scope="col" className="py-2 pl-3 text-right">{t('amount')}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-100">
            {lines.map((line, i) => (
              <tr key={i}>
                <td className="py-2 pr-3">{line.description}</td>
                <td className="px-3 py-2 text-right tabular-nums">{formatNumber(Number(line.quantity), contact.numberFormat, decimalsOf(line.quantity))}</td>
                <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">{money(line.unitPrice)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{formatNumber(Number(line.taxRate), contact.numberFormat, decimalsOf(line.taxRate))} %</td>
                <td className="py-2 pl-3 text-right whitespace-nowrap tabular-nums">{money(line.amount)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t border-zinc-200">
            <tr>
              <th scope="row" colSpan={4} className="px-3 pt-3 text-right font-normal text-zinc-600">{t('subtotal')}</th>
              <td className="pt-3 pl-3 text-right whitespace-nowrap tabular-nums">{money(invoice.subtotal)}</td>
            </tr>
            <tr>
              <th scope="row" colSpan={4} className="px-3 text-right font-normal text-zinc-600">{t('tax')}</th>
              <td className="pl-3 text-right whitespace-nowrap tabular-nums">{money(invoice.taxTotal)}</td>
            </tr>
            <tr>
              <th scope="row" colSpan={4} className="px-3 pt-1 text-right">{t('total')}</th>
              <td className="pt-1 pl-3 text-right font-semibold whitespace-nowrap tabular-nums">{money(invoice.total)}</td>
            </tr>
          </tfoot>
        </table>
      </section>
      {invoice.notes && (
        <section aria-label={t('notes')} className={box}>
          <h2 className="mb-2 font-semibold">{t('notes')}</h2>
          <p className="text-sm whitespace-pre-line">{invoice.notes}</p>
        </section>
      )}
    </article>
  );
}

/** Decimals worth showing of a quantity or rate ("3.500" → 1, "1.000" → 0), so nothing is rounded away. */
function decimalsOf(value: string) {
  const frac = value.split('.')[1]?.replace(/0+$/, '') ?? '';
  return frac.length;
}
