import { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth/auth';
import { rootDomainFromEnv, tenantBaseUrl, tenantSlugFromHost } from '@/lib/tenancy/host';

/** Auth.js reads its origin from the request URL: give it the tenant's configured address. */
function onTenantOrigin(request: NextRequest): NextRequest {
  const slug = tenantSlugFromHost(request.headers.get('host'), rootDomainFromEnv());
  if (!slug) return request;
  return new NextRequest(new URL(`${request.nextUrl.pathname}${request.nextUrl.search}`, tenantBaseUrl(slug)), request);
}

export const GET = (request: NextRequest) => handlers.GET(onTenantOrigin(request));
export const POST = (request: NextRequest) => handlers.POST(onTenantOrigin(request));
