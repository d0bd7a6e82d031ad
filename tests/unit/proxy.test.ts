import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { proxy } from '@/proxy';

function run(url: string, host: string) {
  return proxy(new NextRequest(url, { headers: { host } }));
}
const rewrite = async (url: string, host: string) => (await run(url, host)).headers.get('x-middleware-rewrite');
const redirect = async (url: string, host: string) => {
  const response = await run(url, host);
  return [response.status, response.headers.get('location')];
};
/** The request headers the proxy hands on to the page (Next's middleware protocol). */
const forwarded = async (url: string, host: string, name: string) => (await run(url, host)).headers.get(`x-middleware-request-${name}`);

describe('proxy: hosts', () => {
  it('rewrites a portal host to its route tree, keeping path and query', async () => {
    expect(await rewrite('http://localhost:3000/home?x=1', 'acme.localhost:3000')).toBe('http://localhost:3000/s/acme/home?x=1');
    expect(await rewrite('http://localhost:3000/', 'acme.localhost:3000')).toBe('http://localhost:3000/s/acme');
  });

  it('sends the staff section of a portal host to the staff origin, path and query kept', async () => {
    expect(await redirect('http://localhost:3000/admin/outbox?x=1', 'acme.localhost:3000')).toEqual([308, 'http://acme.admin.localhost:3000/admin/outbox?x=1']);
    expect(await redirect('http://localhost:3000/admin', 'acme.localhost:3000')).toEqual([308, 'http://acme.admin.localhost:3000/admin']);
    expect(await rewrite('http://localhost:3000/administration', 'acme.localhost:3000')).toBe('http://localhost:3000/s/acme/administration');
  });

  it('serves only the staff section (and staff downloads) on the staff origin', async () => {
    const admin = 'acme.admin.localhost:3000';
    expect(await rewrite('http://localhost:3000/admin/outbox?x=1', admin)).toBe('http://localhost:3000/s/acme/admin/outbox?x=1');
    expect(await rewrite('http://localhost:3000/admin', admin)).toBe('http://localhost:3000/s/acme/admin');
    expect(await rewrite(`http://localhost:3000/files/${'0'.repeat(8)}`, admin)).toBe(`http://localhost:3000/s/acme/files/${'0'.repeat(8)}`);
    expect(await redirect('http://localhost:3000/', admin)).toEqual([307, 'http://acme.admin.localhost:3000/admin']);
    expect(await redirect('http://localhost:3000/home?tab=1', admin)).toEqual([308, 'http://acme.localhost:3000/home?tab=1']);
    expect(await redirect('http://localhost:3000/sign-in', admin)).toEqual([308, 'http://acme.localhost:3000/sign-in']);
    expect(await redirect('http://localhost:3000/preview/start?token=t', admin)).toEqual([308, 'http://acme.localhost:3000/preview/start?token=t']);
  });

  it('keeps tenant trees out of reach on the root domain and of other tenants', async () => {
    expect(await rewrite('http://localhost:3000/s/acme/home', 'localhost:3000')).toBe('http://localhost:3000/not-found');
    expect(await rewrite('http://localhost:3000/s/globex/home', 'acme.localhost:3000')).toBe('http://localhost:3000/s/acme/s/globex/home');
    expect(await rewrite('http://localhost:3000/', 'localhost:3000')).toBeNull();
  });

  it('leaves API routes where they are', async () => {
    expect(await rewrite('http://localhost:3000/api/auth/session', 'acme.admin.localhost:3000')).toBeNull();
    expect((await run('http://localhost:3000/api/auth/session', 'acme.admin.localhost:3000')).headers.get('location')).toBeNull();
  });
});

describe('proxy: security headers', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('gives every page a fresh nonce, in the policy it sends and in the request Next renders', async () => {
    const first = await run('http://localhost:3000/home', 'acme.localhost:3000');
    const csp = first.headers.get('content-security-policy')!;
    const nonce = /'nonce-([^']+)'/.exec(csp)![1];
    expect(first.headers.get('x-middleware-request-x-nonce')).toBe(nonce);
    expect(first.headers.get('x-middleware-request-content-security-policy')).toBe(csp);
    expect(await forwarded('http://localhost:3000/home', 'acme.localhost:3000', 'x-nonce')).not.toBe(nonce);
    expect(csp).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic';`);
    for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "default-src 'self'", "img-src 'self' data: blob:", "style-src 'self' 'unsafe-inline'"]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toContain('unsafe-eval');
  });

  it('lets admin forms end on the tenant portal, and portal forms only on their own origin', async () => {
    expect((await run('http://localhost:3000/admin', 'acme.admin.localhost:3000')).headers.get('content-security-policy')).toContain("form-action 'self' http://acme.localhost:3000;");
    expect((await run('http://localhost:3000/home', 'acme.localhost:3000')).headers.get('content-security-policy')).toContain("form-action 'self';");
  });

  it('does not trust a nonce the browser sends', async () => {
    const response = await proxy(new NextRequest('http://localhost:3000/home', { headers: { host: 'acme.localhost:3000', 'x-nonce': 'chosen', 'content-security-policy': "script-src 'nonce-chosen'" } }));
    expect(response.headers.get('x-middleware-request-x-nonce')).not.toBe('chosen');
    expect(response.headers.get('x-middleware-request-content-security-policy')).not.toContain('chosen');
  });

  it('sets the other headers on pages, redirects and API routes; HSTS only over https', async () => {
    for (const response of await Promise.all([run('http://localhost:3000/home', 'acme.localhost:3000'), run('http://localhost:3000/admin', 'acme.localhost:3000'), run('http://localhost:3000/api/auth/session', 'acme.admin.localhost:3000')])) {
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('permissions-policy')).toContain('camera=()');
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('strict-transport-security')).toBeNull();
    }
    vi.stubEnv('ROOT_DOMAIN', 'portal.example.com');
    const secure = await run('https://acme.portal.example.com/home', 'acme.portal.example.com');
    expect(secure.headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
    expect(secure.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
  });

  it("allows eval only in development (React's debugging needs it)", async () => {
    vi.stubEnv('NODE_ENV', 'development');
    expect((await run('http://localhost:3000/home', 'acme.localhost:3000')).headers.get('content-security-policy')).toContain("'strict-dynamic' 'unsafe-eval';");
  });
});

describe('proxy: the client address', () => {
  afterEach(() => vi.unstubAllEnvs());

  const sent = async (hops: string | undefined) => {
    if (hops) vi.stubEnv('TRUSTED_PROXY_HOPS', hops);
    const response = await proxy(new NextRequest('http://localhost:3000/sign-in', { headers: { host: 'acme.localhost:3000', 'x-forwarded-for': '6.6.6.6' } }));
    const overridden = (response.headers.get('x-middleware-override-headers') ?? '').split(',');
    return { kept: overridden.includes('x-forwarded-for'), value: response.headers.get('x-middleware-request-x-forwarded-for') };
  };

  it('drops an X-Forwarded-For the client made up when no proxy is trusted, so Next records the socket address', async () => {
    expect(await sent(undefined)).toEqual({ kept: false, value: null });
  });

  it('keeps it for the trusted proxies to have their say', async () => {
    expect(await sent('1')).toEqual({ kept: true, value: '6.6.6.6' });
  });
});
