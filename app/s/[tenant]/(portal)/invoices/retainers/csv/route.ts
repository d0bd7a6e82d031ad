import { csvResponse } from '@/lib/csv';
import { notFoundResponse, portalDownload, retainersCsv } from '@/lib/hours/exports';

/** Retainers month by month as CSV: the viewer's own company, with invoices.view; anyone else 404. */
export async function GET() {
  const found = await portalDownload();
  if (!found) return notFoundResponse();
  return csvResponse(`retainers-${found.header.asOf}.csv`, retainersCsv(found.report));
}
