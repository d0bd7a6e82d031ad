import { sendDocumentationDigests } from '@/lib/documentation/digest';
import { cronRefusal } from '@/lib/http/cron';

/** The weekly digest of expiring warranties and licenses (Vercel Cron, Mondays); once a week per tenant, however often called. */
export async function GET(request: Request) {
  return cronRefusal(request) ?? Response.json({ tenants: await sendDocumentationDigests() });
}
