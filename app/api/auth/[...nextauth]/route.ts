import { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth/auth';
import { adminBaseUrl, parseHost, rootDomainFromEnv } from '@/lib/tenancy/host';
import { getTenantBySlug } from '@/lib/tenancy/tenant';

/**
 * Auth.js serves staff sign-in on a tenant's admin origin only; the root domain, portal hosts and unknown
 * tenants get a plain 404. Auth.js reads its origin from the request URL: give it the configured one.
 */
async function onAdminOrigin(request: NextRequest): Promise<NextRequest | null> {
  const host = parseHost(request.headers.get('host'), rootDomainFromEnv());
  if (host?.area !== 'admin' || !(await getTenantBySlug(host.slug))) return null;
  return new NextRequest(new URL(`${request.nextUrl.pathname}${request.nextUrl.search}`, adminBaseUrl(host.slug)), request);
}

const notFound = () => new Response('Not Found', { status: 404 });

export async function GET(request: NextRequest) {
  const onAdmin = await onAdminOrigin(request);
  return onAdmin ? handlers.GET(onAdmin) : notFound();
}

export async function POST(request: NextRequest) {
  const onAdmin = await onAdminOrigin(request);
  return onAdmin ? handlers.POST(onAdmin) : notFound();
}
