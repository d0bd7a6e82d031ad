import { NextResponse, type NextRequest } from 'next/server';
import { malformedActionResponse } from '@/lib/http/action-request';
import { adminBaseUrl, parseHost, publicProtocol, rootDomainFromEnv, tenantBaseUrl } from '@/lib/tenancy/host';

/** Paths the staff origin serves besides its pages: staff download documents and see pictures there. */
const ADMIN_FILES = /^\/(files|avatar)\//;
const isAdminPath = (pathname: string) => pathname === '/admin' || pathname.startsWith('/admin/');

/**
 * Host → tenant route tree, plus the security headers of every response. No database here: the page layer
 * loads (or 404s) the tenant. The staff section answers only on `<slug>.admin.<root>` and that origin never
 * renders a portal page, so tenant Custom Code never runs where a staff cookie is sent.
 */
export async function proxy(request: NextRequest) {
  // A replayed or hand-made server-action request that cannot be one answers 4xx here, not 500 inside Next.
  const malformed = await malformedActionResponse(request);
  if (malformed) return malformed;
  const rootDomain = rootDomainFromEnv();
  const host = parseHost(request.headers.get('host'), rootDomain);
  const { pathname, search } = request.nextUrl;
  const https = publicProtocol(rootDomain) === 'https';

  const headers = withoutUntrustedForwarding(request.headers);
  if (pathname.startsWith('/api/')) return secured(NextResponse.next({ request: { headers } }), API_CSP, https);
  const nonce = btoa(crypto.randomUUID());
  // Admin forms may end on the portal (View Portal posts to the staff origin, then redirects to the portal).
  const csp = pageCsp(nonce, https, host?.area === 'admin' ? tenantBaseUrl(host.slug, rootDomain) : null);
  headers.set('x-nonce', nonce);
  // Next reads the nonce from this request header and stamps its own scripts with it.
  headers.set('content-security-policy', csp);
  const page = (response: NextResponse) => secured(response, csp, https);

  if (!host) {
    if (pathname === '/s' || pathname.startsWith('/s/')) return page(NextResponse.rewrite(new URL('/not-found', request.url), { request: { headers } }));
    return page(NextResponse.next({ request: { headers } }));
  }
  const tree = (path: string) => page(NextResponse.rewrite(new URL(`/s/${host.slug}${path}${search}`, request.url), { request: { headers } }));

  if (host.area === 'portal') {
    if (isAdminPath(pathname)) return page(NextResponse.redirect(`${adminBaseUrl(host.slug, rootDomain)}${pathname}${search}`, 308));
    return tree(pathname === '/' ? '' : pathname);
  }
  if (pathname === '/') return page(NextResponse.redirect(`${adminBaseUrl(host.slug, rootDomain)}/admin`));
  if (isAdminPath(pathname) || ADMIN_FILES.test(pathname)) return tree(pathname);
  return page(NextResponse.redirect(`${tenantBaseUrl(host.slug, rootDomain)}${pathname}${search}`, 308));
}

/**
 * With no trusted proxy in front (TRUSTED_PROXY_HOPS unset or 0), an X-Forwarded-For the client sent is its own
 * invention: it is dropped, so Next's server fills in the socket's address and sign-in limits, sessions and the
 * audit log see the real peer.
 */
function withoutUntrustedForwarding(incoming: Headers): Headers {
  const headers = new Headers(incoming);
  if (!Number(process.env.TRUSTED_PROXY_HOPS || 0)) headers.delete('x-forwarded-for');
  return headers;
}

function pageCsp(nonce: string, https: boolean, formTarget: string | null): string {
  const dev = process.env.NODE_ENV === 'development';
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    // Radix, dnd-kit and React style attributes are inline styles.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${formTarget ? ` ${formTarget}` : ''}`,
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

function secured(response: NextResponse, csp: string, https: boolean): NextResponse {
  response.headers.set('Content-Security-Policy', csp);
  response.headers.set('X-Content-Type-Options', 'nosniff');
  response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()');
  response.headers.set('X-Frame-Options', 'DENY');
  if (https) response.headers.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
  return response;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|robots.txt).*)'],
};
