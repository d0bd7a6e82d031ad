/**
 * Host header → tenant slug. Pure and dependency-free: the proxy runs it on every request.
 * `acme.localhost:3000` → `acme` when ROOT_DOMAIN is `localhost:3000`; the bare root → null.
 */
export function tenantSlugFromHost(host: string | null | undefined, rootDomain: string): string | null {
  if (!host) return null;
  const root = rootDomain.toLowerCase();
  const h = host.toLowerCase().trim();
  const candidate = root.includes(':') ? h : h.replace(/:\d+$/, '');
  const suffix = `.${root}`;
  if (!candidate.endsWith(suffix)) return null;
  const sub = candidate.slice(0, -suffix.length);
  if (!/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(sub) || sub === 'www') return null;
  return sub;
}

export function rootDomainFromEnv(): string {
  return process.env.ROOT_DOMAIN || 'localhost:3000';
}

/** The tenant's own address, used for every link we send (never the request's Host). */
export function tenantBaseUrl(slug: string, rootDomain = rootDomainFromEnv()): string {
  const protocol = process.env.PUBLIC_PROTOCOL || (/localhost|127\.0\.0\.1/.test(rootDomain) ? 'http' : 'https');
  return `${protocol}://${slug}.${rootDomain}`;
}
