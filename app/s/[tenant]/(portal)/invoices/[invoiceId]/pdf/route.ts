import { getClient } from '@/lib/auth/client';
import { portalInvoicePdfData } from '@/lib/invoices/portal';
import { invoicePdf } from '@/lib/pdf/invoice';
import { viewerOf } from '@/lib/portal/access';

const notFound = () => new Response('Not found', { status: 404 });

/**
 * An invoice's PDF for a signed-in portal user (not halfway through two-factor) who may see the invoice; anyone
 * else — Basic level, another company, another tenant, a draft, no session — gets the same 404.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ invoiceId: string }> }) {
  const { invoiceId } = await params;
  const client = await getClient();
  if (!client || client.twoFactorPending) return notFound();
  const data = await portalInvoicePdfData(viewerOf(client), invoiceId);
  if (!data) return notFound();
  const pdf = await invoicePdf(data);
  return new Response(new Uint8Array(pdf), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="invoice-${data.invoice.number}.pdf"`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    },
  });
}
