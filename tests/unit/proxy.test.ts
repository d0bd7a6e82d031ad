import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { proxy } from '@/proxy';

function run(url: string, host: string) {
  const response = proxy(new NextRequest(url, { headers: { host } }));
  return response.headers.get('x-middleware-rewrite');
}

describe('proxy', () => {
  it('rewrites a tenant host to its route tree, keeping path and query', () => {
    expect(run('http://localhost:3000/admin/outbox?x=1', 'acme.localhost:3000')).toBe('http://localhost:3000/s/acme/admin/outbox?x=1');
    expect(run('http://localhost:3000/', 'acme.localhost:3000')).toBe('http://localhost:3000/s/acme');
  });

  it('keeps tenant trees out of reach on the root domain and of other tenants', () => {
    expect(run('http://localhost:3000/s/acme/home', 'localhost:3000')).toBe('http://localhost:3000/not-found');
    expect(run('http://localhost:3000/s/globex/home', 'acme.localhost:3000')).toBe('http://localhost:3000/s/acme/s/globex/home');
    expect(run('http://localhost:3000/', 'localhost:3000')).toBeNull();
  });
});
