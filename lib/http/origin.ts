import { adminBaseUrl, parseHost, rootDomainFromEnv, tenantBaseUrl } from '@/lib/tenancy/host';

/**
 * Whether a request that changes something came from a page of the origin it was sent to, as Next checks for
 * server actions: a form or script on another origin (a tenant's portal page included) is refused.
 */
export function fromOwnOrigin(request: Request): boolean {
  const host = parseHost(request.headers.get('host'), rootDomainFromEnv());
  const origin = request.headers.get('origin');
  if (!host || !origin) return false;
  const own = host.area === 'admin' ? adminBaseUrl(host.slug) : tenantBaseUrl(host.slug);
  return origin === own;
}
