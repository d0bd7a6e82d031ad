import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { proxy } from '@/proxy';

async function run(url: string, host: string) {
  const response = await proxy(new NextRequest(url, { headers: { host } }));
  return response.headers.get('x-middleware-rewrite');
}

describe('proxy', () => {
  it('rewrites a tenant host to its route tree, keeping path and query', async () => {
    expect(await run('http://localhost:3000/admin/outbox?x=1', 'acme.localhost:3000')).toBe('http://localhost:3000/s/acme/admin/outbox?x=1');
    expect(await run('http://localhost:3000/', 'acme.localhost:3000')).toBe('http://localhost:3000/s/acme');
  });

  it('keeps tenant trees out of reach on the root domain and of other tenants', async () => {
    expect(await run('http://localhost:3000/s/acme/home', 'localhost:3000')).toBe('http://localhost:3000/not-found');
    expect(await run('http://localhost:3000/s/globex/home', 'acme.localhost:3000')).toBe('http://localhost:3000/s/acme/s/globex/home');
    expect(await run('http://localhost:3000/', 'localhost:3000')).toBeNull();
  });
});
