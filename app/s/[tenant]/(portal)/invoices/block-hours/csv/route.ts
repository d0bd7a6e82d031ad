import { csvResponse } from '@/lib/csv';
import { blockHoursCsv, notFoundResponse, portalDownload } from '@/lib/hours/exports';

/** Block Hours as CSV: the viewer's own company, with invoices.view; anyone else 404. */
export async function GET() {
  const found = await portalDownload();
  if (!found) return notFoundResponse();
  return csvResponse(`block-hours-${found.header.asOf}.csv`, blockHoursCsv(found.report));
}
