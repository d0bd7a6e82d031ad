import { createHash, timingSafeEqual } from 'node:crypto';
import { purgeExpired } from '@/lib/auth/purge';
import { env } from '@/lib/env';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * The scheduled clean-up (Vercel Cron calls GET with `Authorization: Bearer $CRON_SECRET`). Without a
 * configured secret the route does not exist; a wrong one is refused, compared in constant time.
 */
export async function GET(request: Request) {
  const secret = env().CRON_SECRET;
  if (!secret) return new Response('Not Found', { status: 404 });
  const given = request.headers.get('authorization') ?? '';
  if (!timingSafeEqual(digest(given), digest(`Bearer ${secret}`))) return new Response('Unauthorized', { status: 401 });
  return Response.json(await purgeExpired());
}
