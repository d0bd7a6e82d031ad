import { createHash, randomBytes } from 'node:crypto';

/** A random, URL-safe secret (256 bits) for cookies, links and hand-offs. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What we store instead of a token: its SHA-256 (tokens are random, so no salt is needed). */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
