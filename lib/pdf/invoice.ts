import { formatMoney } from '@/lib/money';
import { GREY, PAGE, Writer, newDocument, table } from './layout';

export type InvoicePdfInput = {
  tenant: { name: string; address: string };
  company: { name: string };
  invoice: {
    number: number;
    issueDate: string;
    dueDate: string;
    currency: string;
    status: string;
    notes: string;
    paymentLink: string | null;
    subtotal: string;
    taxTotal: string;
    total: string;
    creditNoteOfNumber?: number | null;
  };
  lines: { description: string; quantity: string; unitPrice: string; taxRate: string; amount: string }[];
};

type Line = InvoicePdfInput['lines'][number];

const STATUS: Record<string, string> = { draft: 'Draft', sent: 'Sent', paid: 'Paid', void: 'Void', overdue: 'Overdue' };

/** The invoice (or credit note) as an A4 PDF, byte-for-byte the same for the same input. */
export async function invoicePdf(input: InvoicePdfInput): Promise<Uint8Array> {
  const { tenant, company, invoice, lines } = input;
  const title = invoice.creditNoteOfNumber != null ? `Credit note ${invoice.number}` : `Invoice ${invoice.number}`;
  const money = (value: string) => formatMoney(value, invoice.currency, 'en-US');
  const { doc, fonts } = await newDocument({ title, subject: `${title} for ${company.name}`, author: tenant.name, date: invoice.issueDate });
  const w = new Writer(doc, fonts);
  const right = PAGE.width - PAGE.margin;
  const top = w.y;

  w.paragraph(tenant.name, { size: 14, bold: true, width: 260 });
  w.paragraph(tenant.address, { size: 9, color: GREY, width: 260 });
  const leftBottom = w.y;

  w.y = top;
  w.text(title, right, { size: 20, bold: true, align: 'right' });
  w.y -= 26;
  const facts: [string, string][] = [
    ['Issue date', invoice.issueDate],
    ['Due date', invoice.dueDate],
    ['Status', STATUS[invoice.status] ?? invoice.status],
    ['Currency', invoice.currency],
  ];
  if (invoice.creditNoteOfNumber != null) facts.push(['Credits invoice', String(invoice.creditNoteOfNumber)]);
  for (const [label, value] of facts) {
    w.text(label, right - 110, { size: 9, color: GREY, align: 'right' });
    w.text(value, right, { size: 9, align: 'right' });
    w.y -= 13;
  }
  w.y = Math.min(w.y, leftBottom) - 20;

  w.text('Bill to', PAGE.margin, { size: 9, color: GREY });
  w.y -= 14;
  w.paragraph(company.name, { size: 11, bold: true, width: 300 });
  w.y -= 16;

  table<Line>(w, [
    { header: 'Description', width: 235, value: (l) => l.description, wrap: true },
    { header: 'Quantity', width: 55, align: 'right', value: (l) => l.quantity },
    { header: 'Unit price', width: 80, align: 'right', value: (l) => money(l.unitPrice) },
    { header: 'Tax %', width: 45, align: 'right', value: (l) => l.taxRate },
    { header: 'Amount', width: 80, align: 'right', value: (l) => money(l.amount) },
  ], lines);

  w.y -= 8;
  w.ensure(60);
  const totals: [string, string, boolean][] = [
    ['Subtotal', money(invoice.subtotal), false],
    ['Tax', money(invoice.taxTotal), false],
    [`Total (${invoice.currency})`, money(invoice.total), true],
  ];
  for (const [label, value, bold] of totals) {
    w.text(label, right - 110, { size: bold ? 11 : 10, bold, align: 'right' });
    w.text(value, right - 4, { size: bold ? 11 : 10, bold, align: 'right' });
    w.y -= bold ? 18 : 15;
  }

  if (invoice.notes.trim()) {
    w.y -= 12;
    w.ensure(30);
    w.text('Notes', PAGE.margin, { size: 9, color: GREY });
    w.y -= 14;
    w.paragraph(invoice.notes, { size: 10 });
  }
  if (invoice.paymentLink) {
    w.y -= 12;
    w.ensure(34);
    w.text('Pay online', PAGE.margin, { size: 10, bold: true });
    w.y -= 14;
    w.link(invoice.paymentLink);
  }
  w.numberPages();
  return doc.save({ useObjectStreams: false });
}
