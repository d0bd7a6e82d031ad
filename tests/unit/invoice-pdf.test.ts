import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { type InvoicePdfInput, invoicePdf } from '@/lib/pdf/invoice';

const input: InvoicePdfInput = {
  tenant: { name: 'Acme Services', address: '12 Harbour Street\nSuite 4\nPortland, ME 04101' },
  company: { name: 'Cool Air Ltd' },
  invoice: {
    number: 1042,
    issueDate: '2026-03-01',
    dueDate: '2026-03-31',
    currency: 'EUR',
    status: 'sent',
    notes: 'Thank you — payment within 30 days.\nBank: IBAN FR76 …',
    paymentLink: 'https://pay.acme-services.example/invoice/1042',
    subtotal: '1300.00',
    taxTotal: '260.00',
    total: '1560.00',
  },
  lines: [
    { description: 'Managed services, March — servers, backups and monitoring for the head office and the two branches', quantity: '1', unitPrice: '1000.00', taxRate: '20', amount: '1000.00' },
    { description: 'On-site visit ✓ 日本 Zürich', quantity: '2.5', unitPrice: '120.00', taxRate: '20', amount: '300.00' },
  ],
};

describe('invoice PDF', () => {
  it('is the same bytes every time for the same input', async () => {
    const [a, b] = [await invoicePdf(input), await invoicePdf(input)];
    expect(Buffer.from(a).subarray(0, 5).toString()).toBe('%PDF-');
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('carries the number, the dates from the issue date and fixed producer', async () => {
    const pdf = await PDFDocument.load(await invoicePdf(input), { updateMetadata: false });
    expect(pdf.getTitle()).toBe('Invoice 1042');
    expect(pdf.getSubject()).toBe('Invoice 1042 for Cool Air Ltd');
    expect(pdf.getAuthor()).toBe('Acme Services');
    expect(pdf.getCreationDate()?.toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(pdf.getModificationDate()?.toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(pdf.getProducer()).toBe('Client Portal (pdf-lib)');
    expect(pdf.getPageCount()).toBe(1);
  });

  it('makes the payment link a clickable Link annotation opening that URL; none without a link', async () => {
    const links = async (data: InvoicePdfInput) => {
      const pdf = await PDFDocument.load(await invoicePdf(data));
      const annots = pdf.getPage(0).node.lookupMaybe(PDFName.of('Annots'), PDFArray);
      return (annots?.asArray() ?? []).map((ref) => {
        const annot = pdf.context.lookup(ref, PDFDict);
        const action = annot.lookup(PDFName.of('A'), PDFDict);
        return { subtype: annot.get(PDFName.of('Subtype'))?.toString(), uri: action.lookup(PDFName.of('URI'), PDFString).decodeText() };
      });
    };
    expect(await links(input)).toEqual([{ subtype: '/Link', uri: 'https://pay.acme-services.example/invoice/1042' }]);
    expect(await links({ ...input, invoice: { ...input.invoice, paymentLink: null } })).toEqual([]);
  });

  it('titles a credit note as such and differs from the invoice', async () => {
    const credit = await invoicePdf({ ...input, invoice: { ...input.invoice, number: 1050, creditNoteOfNumber: 1042 } });
    expect((await PDFDocument.load(credit)).getTitle()).toBe('Credit note 1050');
  });

  it('flows many lines onto further pages instead of clipping them', async () => {
    const lines = Array.from({ length: 80 }, (_, i) => ({ ...input.lines[0], description: `Line ${i + 1} ${'long text '.repeat(i % 5)}` }));
    const pdf = await PDFDocument.load(await invoicePdf({ ...input, lines }));
    expect(pdf.getPageCount()).toBeGreaterThan(1);
  });
});
