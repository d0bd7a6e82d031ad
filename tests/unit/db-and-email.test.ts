import { describe, expect, it } from 'vitest';
import { chooseDriver } from '@/lib/db/client';
import { linksIn } from '@/lib/email/links';
import { isSessionLive } from '@/lib/auth/sessions';

describe('chooseDriver', () => {
  it('picks PGlite without a URL, node-postgres for postgres:// and Neon for Neon hosts', () => {
    expect(chooseDriver(undefined, undefined)).toBe('pglite');
    expect(chooseDriver('', undefined)).toBe('pglite');
    expect(chooseDriver('postgres://postgres@127.0.0.1:5432/test', undefined)).toBe('pg');
    expect(chooseDriver('postgresql://u:p@ep-cool-1.eu-central-1.aws.neon.tech/db?sslmode=require', undefined)).toBe('neon');
    expect(chooseDriver('postgres://postgres@127.0.0.1:5432/test', 'neon')).toBe('neon');
  });
});

describe('linksIn', () => {
  it('lists each link of a message once, with entities decoded', () => {
    expect(linksIn('<a href="http://a/x?a=1&amp;b=2">x</a><a href="http://b">y</a><a href="http://b">z</a>')).toEqual(['http://a/x?a=1&b=2', 'http://b']);
  });
});

describe('isSessionLive', () => {
  const now = new Date('2026-01-01T12:00:00Z');
  it('honours the idle (8 h) and absolute timeouts', () => {
    const future = new Date('2026-01-10T00:00:00Z');
    expect(isSessionLive({ lastSeenAt: new Date('2026-01-01T05:00:00Z'), expiresAt: future }, now)).toBe(true);
    expect(isSessionLive({ lastSeenAt: new Date('2026-01-01T03:59:00Z'), expiresAt: future }, now)).toBe(false);
    expect(isSessionLive({ lastSeenAt: now, expiresAt: new Date('2026-01-01T11:59:59Z') }, now)).toBe(false);
  });
});
