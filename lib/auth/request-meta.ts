import 'server-only';
import { headers } from 'next/headers';
import { env } from '@/lib/env';

/**
 * The client's address from an X-Forwarded-For value, trusting only what our own proxies wrote.
 *
 * Each trusted proxy appends the address it was called from, so with `trustedHops` of them the client
 * is the entry that many places from the right; everything left of it is whatever the client sent.
 * Next 16's node server (`next start`) hands route handlers and server actions no socket: base-server.js
 * only fills the header in when the request arrived without one (`x-forwarded-for ??= socket.remoteAddress`)
 * and never appends to one the client sent. So with no proxy (0) the rightmost entry is the socket
 * address — unless the client sent the header itself, which Next passes through untouched: a server
 * reachable without a proxy cannot see its peer's address then (see README, TRUSTED_PROXY_HOPS).
 */
export function clientAddress(forwardedFor: string | null | undefined, trustedHops: number): string | null {
  const entries = (forwardedFor ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (!entries.length) return null;
  return entries[Math.max(0, entries.length - Math.max(trustedHops, 1))];
}

/** Who is asking: the browser's user agent and the client address (as far as it can be trusted). */
export async function requestMeta() {
  const h = await headers();
  return { userAgent: h.get('user-agent'), ip: clientAddress(h.get('x-forwarded-for'), env().TRUSTED_PROXY_HOPS) };
}
