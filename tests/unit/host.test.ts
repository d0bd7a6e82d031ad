import { describe, expect, it } from 'vitest';
import { tenantBaseUrl, tenantSlugFromHost } from '@/lib/tenancy/host';

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
