import { z } from 'zod';
import { getStaff } from '@/lib/auth/staff';
import { invoiceFileName, invoicePdfInputFor } from '@/lib/invoices/queries';
import { invoicePdf } from '@/lib/pdf/invoice';

const notFound = () => new Response('Not found', { status: 404 });

/** Download PDF (staff): any staff member of the tenant may read an invoice; another tenant's id is not found. */
export async function GET(_request: Request, { params }: { params: Promise<{ invoiceId: string }> }) {
  const staff = await getStaff();
  if (!staff) return notFound();
  const { invoiceId } = await params;
  if (!z.uuid().safeParse(invoiceId).success) return notFound();
  const input = await invoicePdfInputFor({ tenantId: staff.tenant.id, invoiceId });
  if (!input) return notFound();
  const pdf = await invoicePdf(input);
  return new Response(new Uint8Array(pdf), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="${invoiceFileName(input.invoice.number, input.invoice.creditNoteOfNumber != null)}"`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    },
  });
}
