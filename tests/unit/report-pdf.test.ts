import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { type HoursReportPdfInput, hoursReportPdf } from '@/lib/pdf/report';

const input: HoursReportPdfInput = {
  tenant: { name: 'Acme Services', address: '12 Harbour Street\nPortland, ME 04101' },
  company: { name: 'Cool Air Ltd' },
  title: 'Block hours: 40-hour block',
  asOf: '2026-04-15',
  details: ['Purchased 2026-01-15 · expires 2027-01-15'],
  rows: [
    { date: '2026-02-02', hours: '2.75', description: 'Firewall rules review — ☃ and all', reference: 'Ticket #1201' },
    { date: '2026-02-10', hours: '8', description: 'Migration of the file server', reference: 'Project: Office move' },
  ],
  summary: { bought: '40', used: '10.75', remaining: '29.25' },
};

describe('hours report PDF', () => {
  it('is the same bytes every time, dated from the report date', async () => {
    const [a, b] = [await hoursReportPdf(input), await hoursReportPdf(input)];
    expect(Buffer.from(a).subarray(0, 5).toString()).toBe('%PDF-');
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const pdf = await PDFDocument.load(a, { updateMetadata: false });
    expect(pdf.getTitle()).toBe('Block hours: 40-hour block');
    expect(pdf.getSubject()).toBe('Block hours: 40-hour block for Cool Air Ltd');
    expect(pdf.getCreationDate()?.toISOString()).toBe('2026-04-15T00:00:00.000Z');
  });

  it('changes when the figures change, and accepts an overrun and no rows', async () => {
    const over = await hoursReportPdf({ ...input, rows: [], summary: { bought: '10', used: '12.5', remaining: '-2.5' } });
    expect(Buffer.from(over).equals(Buffer.from(await hoursReportPdf(input)))).toBe(false);
    expect((await PDFDocument.load(over)).getPageCount()).toBe(1);
  });
});
