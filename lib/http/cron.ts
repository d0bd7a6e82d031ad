import { createHash, timingSafeEqual } from 'node:crypto';
import { env } from '@/lib/env';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Why a scheduled job's request is refused (null: it may run). Vercel Cron sends `Authorization: Bearer
 * $CRON_SECRET`; without a configured secret the route does not exist, and a wrong one is compared in constant time.
 */
export function cronRefusal(request: Request): Response | null {
  const secret = env().CRON_SECRET;
  if (!secret) return new Response('Not Found', { status: 404 });
  const given = request.headers.get('authorization') ?? '';
  if (!timingSafeEqual(digest(given), digest(`Bearer ${secret}`))) return new Response('Unauthorized', { status: 401 });
  return null;
}
