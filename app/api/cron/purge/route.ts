import { purgeExpired } from '@/lib/auth/purge';
import { cronRefusal } from '@/lib/http/cron';

/** The scheduled clean-up (Vercel Cron, daily; see lib/http/cron.ts for who may call it). */
export async function GET(request: Request) {
  return cronRefusal(request) ?? Response.json(await purgeExpired());
}
