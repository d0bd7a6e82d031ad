import { purgeExpired } from '@/lib/auth/purge';
import { deliverQueued } from '@/lib/email/delivery';
import { cronRefusal } from '@/lib/http/cron';

/**
 * The scheduled clean-up (Vercel Cron; see lib/http/cron.ts for who may call it): deletes what can no longer be
 * used, then retries e-mails whose send failed and whose next attempt is due.
 */
export async function GET(request: Request) {
  const refusal = cronRefusal(request);
  if (refusal) return refusal;
  const purged = await purgeExpired();
  const retried = await deliverQueued();
  return Response.json({ ...purged, emailsRetried: retried.length, emailsSent: retried.filter((m) => m.status === 'sent').length });
}
