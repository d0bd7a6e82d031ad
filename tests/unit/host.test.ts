import { describe, expect, it } from 'vitest';
import { adminBaseUrl, parseHost, tenantBaseUrl, tenantSlugFromHost } from '@/lib/tenancy/host';

describe('tenantSlugFromHost', () => {
  it.each([
    ['acme.localhost:3000', 'localhost:3000', 'acme'],
    ['ACME.localhost:3000', 'localhost:3000', 'acme'],
    ['localhost:3000', 'localhost:3000', null],
    ['www.localhost:3000', 'localhost:3000', null],
    ['acme.localhost:3001', 'localhost:3000', null],
    ['a.b.localhost:3000', 'localhost:3000', null],
    ['acme.portal.example.com', 'portal.example.com', 'acme'],
    ['acme.portal.example.com:443', 'portal.example.com', 'acme'],
    ['portal.example.com', 'portal.example.com', null],
    ['acme.evil.com', 'portal.example.com', null],
    ['-bad.localhost:3000', 'localhost:3000', null],
    [null, 'localhost:3000', null],
  ])('%s under %s → %s', (host, root, slug) => {
    expect(tenantSlugFromHost(host, root)).toBe(slug);
  });
});

describe('tenantBaseUrl', () => {
  it('uses http for localhost and https elsewhere', () => {
    expect(tenantBaseUrl('acme', 'localhost:3000')).toBe('http://acme.localhost:3000');
    expect(tenantBaseUrl('acme', 'portal.example.com')).toBe('https://acme.portal.example.com');
  });
});

describe('parseHost', () => {
  it.each([
    ['acme.localhost:3000', { slug: 'acme', area: 'portal' }],
    ['acme.admin.localhost:3000', { slug: 'acme', area: 'admin' }],
    ['ACME.ADMIN.localhost:3000', { slug: 'acme', area: 'admin' }],
    ['admin.localhost:3000', null],
    ['x.acme.admin.localhost:3000', null],
    ['acme.other.localhost:3000', null],
  ])('%s → %j', (host, info) => {
    expect(parseHost(host, 'localhost:3000')).toEqual(info);
  });

  it('the staff section has its own origin', () => {
    expect(adminBaseUrl('acme', 'localhost:3000')).toBe('http://acme.admin.localhost:3000');
    expect(adminBaseUrl('acme', 'portal.example.com')).toBe('https://acme.admin.portal.example.com');
  });
});
