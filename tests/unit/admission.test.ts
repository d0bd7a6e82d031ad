import { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { admissionLimit, admitAtMost } from '@/lib/http/admission';

class LimitedServer extends Server {}
admitAtMost(2, LimitedServer);

const release: (() => void)[] = [];
const server = new LimitedServer((req, res) => {
  if (req.url?.startsWith('/_next/static/')) return res.end('static');
  release.push(() => res.end('done'));
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('load shedding', () => {
  it('works on at most the limit at once, answers the next with 503 at once, and admits again when one finishes', async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const first = fetch(`${base}/home`);
    const second = fetch(`${base}/home`);
    while (release.length < 2) await new Promise((r) => setTimeout(r, 5));

    const third = await fetch(`${base}/tickets`);
    expect(third.status).toBe(503);
    expect(third.headers.get('retry-after')).toBe('2');
    expect(await third.text()).toContain('The portal is busy');
    expect((await fetch(`${base}/_next/static/chunk.js`)).status, 'static files are never shed').toBe(200);

    release.shift()!();
    expect((await first).status).toBe(200);
    const fourth = fetch(`${base}/home`);
    while (release.length < 2) await new Promise((r) => setTimeout(r, 5));
    release.splice(0).forEach((end) => end());
    expect([(await second).status, (await fourth).status]).toEqual([200, 200]);
  });

  it('reads its limit from the environment, falling back on nonsense', () => {
    expect([admissionLimit(undefined), admissionLimit('10'), admissionLimit('0'), admissionLimit('-3'), admissionLimit('lots')]).toEqual([48, 10, 0, 48, 48]);
  });
});
