import { z } from 'zod';
import { notFoundResponse, pdfResponse, portalDownload, retainerPdf } from '@/lib/hours/exports';

/** One retainer month as PDF (?retainer=<id>&month=YYYY-MM, latest month by default): own company, invoices.view; else 404. */
export async function GET(request: Request) {
  const query = new URL(request.url).searchParams;
  const retainerId = query.get('retainer') ?? '';
  const month = query.get('month');
  if (!z.uuid().safeParse(retainerId).success || (month !== null && !/^\d{4}-\d{2}$/.test(month))) return notFoundResponse();
  const found = await portalDownload();
  const pdf = found && (await retainerPdf(found.report, retainerId, month, found.header));
  return pdf ? pdfResponse(pdf.name, pdf.data) : notFoundResponse();
}
