import { formatHours, formatMoney, isNegative, minus } from '@/lib/money';
import { GREY, PAGE, Writer, newDocument, table } from './layout';

export type HoursReportPdfInput = {
  tenant: { name: string; address: string };
  company: { name: string };
  /** e.g. "Block hours: 40-hour block" or "Retainer: Monthly retainer, March 2026". */
  title: string;
  /** The report's as-of date (YYYY-MM-DD): printed and used as the PDF's dates, so a download is the same document. */
  asOf: string;
  /** Extra lines under the title: purchase and expiry dates, the retainer's period, rollover. */
  details?: string[];
  rows: { date: string; hours: string; description: string; reference: string }[];
  /** Hours as decimal strings; a negative remaining is printed as an overrun. */
  summary: { bought: string; used: string; remaining: string };
  /** A money retainer's summary is in this currency rather than hours. */
  currency?: string;
};

type Row = HoursReportPdfInput['rows'][number];

/** A block-hours or retainer report as an A4 PDF, the same bytes for the same input. */
export async function hoursReportPdf(input: HoursReportPdfInput): Promise<Uint8Array> {
  const { tenant, company, title, asOf, rows, summary } = input;
  const { doc, fonts } = await newDocument({ title, subject: `${title} for ${company.name}`, author: tenant.name, date: asOf });
  const w = new Writer(doc, fonts);
  const right = PAGE.width - PAGE.margin;
  const top = w.y;

  w.paragraph(tenant.name, { size: 14, bold: true, width: 260 });
  w.paragraph(tenant.address, { size: 9, color: GREY, width: 260 });
  const leftBottom = w.y;
  w.y = top;
  w.text(company.name, right, { size: 12, bold: true, align: 'right' });
  w.y -= 15;
  w.text(`As of ${asOf}`, right, { size: 9, color: GREY, align: 'right' });
  w.y = Math.min(w.y, leftBottom) - 24;

  w.paragraph(title, { size: 16, bold: true });
  for (const line of input.details ?? []) w.paragraph(line, { size: 9, color: GREY });
  w.y -= 10;

  const overrun = isNegative(summary.remaining);
  const { currency } = input;
  const show = (v: string) => (currency ? formatMoney(v, currency) : formatHours(v));
  const unit = currency ? 'Amount' : 'Hours';
  const lines: [string, string][] = [
    [currency ? 'Amount available' : 'Hours bought', show(summary.bought)],
    [`${unit} used`, show(summary.used)],
    overrun ? ['Overrun', show(minus('0', summary.remaining))] : [`${unit} remaining`, show(summary.remaining)],
  ];
  for (const [label, value] of lines) {
    w.text(label, PAGE.margin, { size: 10 });
    w.text(value, PAGE.margin + 160, { size: 10, bold: true, align: 'right' });
    w.y -= 15;
  }
  w.y -= 12;

  if (rows.length === 0) w.paragraph('No time entries.', { size: 10, color: GREY });
  else
    table<Row>(w, [
      { header: 'Date', width: 70, value: (r) => r.date },
      { header: 'Hours', width: 50, align: 'right', value: (r) => formatHours(r.hours) },
      { header: 'Description', width: 265, value: (r) => r.description, wrap: true },
      { header: 'Reference', width: 110, value: (r) => r.reference, wrap: true },
    ], rows);
  w.numberPages();
  return doc.save({ useObjectStreams: false });
}
