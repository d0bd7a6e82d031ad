import 'server-only';
import { lte } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { verificationTokens } from '@/lib/db/schema';
import { purgeSignInAttempts } from './rate-limit';
import { purgeExpiredSessions } from './sessions';
import { purgeTokens } from './tokens';

/**
 * Deletes what can no longer be used — every check already refuses it, this only keeps the tables small:
 * ended sessions, sign-in counts whose window and lock are over, used or expired links, expired e-mail
 * sign-in tokens. Run on a schedule (app/api/cron/purge, vercel.json). Returns how many rows went.
 */
export async function purgeExpired(now = new Date()) {
  const db = await getDb();
  const verification = await db.delete(verificationTokens).where(lte(verificationTokens.expires, now)).returning({ token: verificationTokens.token });
  return {
    sessions: await purgeExpiredSessions(now),
    signInAttempts: await purgeSignInAttempts(now),
    oneTimeTokens: await purgeTokens(now),
    verificationTokens: verification.length,
  };
}
