import { getClient } from '@/lib/auth/client';
import { csvResponse } from '@/lib/csv';
import { portalInvoicesCsv } from '@/lib/invoices/exports';
import { exportPortalInvoices, parseInvoiceQuery } from '@/lib/invoices/portal';
import { may, viewerOf } from '@/lib/portal/access';

/**
 * The Invoices dashboard as CSV (?status=&sort=&dir=, as on screen), only what `visibleInvoices` lets the viewer see;
 * a level without invoices.view (Basic), no session or two-factor pending: 404.
 */
export async function GET(request: Request) {
  const client = await getClient();
  const viewer = client && !client.twoFactorPending ? viewerOf(client) : null;
  if (!viewer || !may(viewer, 'invoices.view')) return new Response('Not found', { status: 404 });
  const { status, sort, dir } = parseInvoiceQuery(Object.fromEntries(new URL(request.url).searchParams));
  const { rows, today } = await exportPortalInvoices(viewer, { status, sort, dir });
  return csvResponse(`invoices-${today}.csv`, portalInvoicesCsv(rows, today));
}
