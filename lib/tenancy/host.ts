/**
 * Host header → tenant slug and area. Pure and dependency-free: the proxy runs it on every request.
 * Clients use `acme.<root>`; the staff section lives on its own origin, `acme.admin.<root>`, so tenant
 * Custom Code on portal pages never runs where a staff cookie is sent.
 */
export type Area = 'portal' | 'admin';
export type HostInfo = { slug: string; area: Area };

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const ADMIN_LABEL = 'admin';

export function parseHost(host: string | null | undefined, rootDomain: string): HostInfo | null {
  if (!host) return null;
  const root = rootDomain.toLowerCase();
  const h = host.toLowerCase().trim();
  const candidate = root.includes(':') ? h : h.replace(/:\d+$/, '');
  const suffix = `.${root}`;
  if (!candidate.endsWith(suffix)) return null;
  const labels = candidate.slice(0, -suffix.length).split('.');
  const area: Area = labels.length === 2 && labels[1] === ADMIN_LABEL ? 'admin' : 'portal';
  if (labels.length !== (area === 'admin' ? 2 : 1)) return null;
  const slug = labels[0];
  if (!LABEL.test(slug) || slug === 'www' || slug === ADMIN_LABEL) return null;
  return { slug, area };
}

/** The tenant of a host, whether its portal or its staff section is asked for. */
export function tenantSlugFromHost(host: string | null | undefined, rootDomain: string): string | null {
  return parseHost(host, rootDomain)?.slug ?? null;
}

export function rootDomainFromEnv(): string {
  return process.env.ROOT_DOMAIN || 'localhost:3000';
}

/** `http` only where the root domain is this machine; everything else is served over https. */
export function publicProtocol(rootDomain = rootDomainFromEnv()): 'http' | 'https' {
  const forced = process.env.PUBLIC_PROTOCOL;
  if (forced === 'http' || forced === 'https') return forced;
  return /^(localhost|127\.0\.0\.1)(:\d+)?$|\.localhost(:\d+)?$/.test(rootDomain) ? 'http' : 'https';
}

/** The tenant's own (portal) address, used for every client link we send (never the request's Host). */
export function tenantBaseUrl(slug: string, rootDomain = rootDomainFromEnv()): string {
  return `${publicProtocol(rootDomain)}://${slug}.${rootDomain}`;
}

/** The tenant's staff section: its own origin, where no tenant code runs. */
export function adminBaseUrl(slug: string, rootDomain = rootDomainFromEnv()): string {
  return `${publicProtocol(rootDomain)}://${slug}.${ADMIN_LABEL}.${rootDomain}`;
}
