import { NextResponse, type NextRequest } from 'next/server';
import { rootDomainFromEnv, tenantSlugFromHost } from '@/lib/tenancy/host';
import { malformedActionResponse } from '@/lib/http/action-request';

/** Host → tenant route tree. No database here: the page layer loads (or 404s) the tenant. */
export async function proxy(request: NextRequest) {
  const malformed = await malformedActionResponse(request);
  if (malformed) return malformed;
  const slug = tenantSlugFromHost(request.headers.get('host'), rootDomainFromEnv());
  const { pathname, search } = request.nextUrl;

  if (!slug) {
    if (pathname === '/s' || pathname.startsWith('/s/')) {
      return NextResponse.rewrite(new URL('/not-found', request.url));
    }
    return NextResponse.next();
  }
  return NextResponse.rewrite(new URL(`/s/${slug}${pathname === '/' ? '' : pathname}${search}`, request.url));
}

export const config = {
  matcher: ['/((?!api/|_next/static|_next/image|favicon.ico|robots.txt).*)'],
};
