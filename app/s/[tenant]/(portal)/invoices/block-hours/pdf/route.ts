import { z } from 'zod';
import { blockPdf, notFoundResponse, pdfResponse, portalDownload } from '@/lib/hours/exports';

/** One block's report as PDF (?block=<id>): only a block of the viewer's own company, with invoices.view; else 404. */
export async function GET(request: Request) {
  const blockId = new URL(request.url).searchParams.get('block') ?? '';
  if (!z.uuid().safeParse(blockId).success) return notFoundResponse();
  const found = await portalDownload();
  const pdf = found && (await blockPdf(found.report, blockId, found.header));
  return pdf ? pdfResponse(pdf.name, pdf.data) : notFoundResponse();
}
