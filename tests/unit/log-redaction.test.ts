import { inspect } from 'node:util';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import { describe, expect, it } from 'vitest';
import { redactConsole, redactLogArgument } from '@/lib/logging/redact';

const QUERY = 'insert into "contacts" ("email", "first_name") values ($1, $2)';
const SECRET = 'nataliya@coolair.com';

function failedQuery() {
  const cause = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: '22021' });
  return Object.assign(new DrizzleQueryError(QUERY, [SECRET, 'Nata\u0000liya'], cause), { digest: '12345' });
}

describe('log redaction', () => {
  it('the error as drizzle makes it carries the parameters', () => {
    expect(inspect(failedQuery())).toContain(SECRET);
  });

  it('a failed query is logged with its text and reason, without its parameters', () => {
    const logged = redactLogArgument(failedQuery()) as Error & { digest?: string };
    const printed = inspect(logged);
    expect(printed).not.toContain(SECRET);
    expect(printed).not.toContain('Nata');
    expect(logged.message).toBe(`Failed query: ${QUERY}\nparams: [redacted]\ncause: 22021 invalid byte sequence for encoding "UTF8": 0x00`);
    expect(logged.stack).toMatch(/^DrizzleQueryError: Failed query/);
    expect(logged.stack).toMatch(/\n\s+at /);
    expect(logged.digest).toBe('12345');
  });

  it('a failed query written out as text loses its params line', () => {
    const error = failedQuery();
    expect(redactLogArgument(String(error))).toBe(`Error: Failed query: ${QUERY}\nparams: [redacted]`);
    const stack = redactLogArgument(error.stack) as string;
    expect(stack).not.toContain(SECRET);
    expect(stack).toMatch(/params: \[redacted\]\n\s+at /);
  });

  it('other values are logged as they are', () => {
    const other = new Error('boom');
    expect(redactLogArgument(other)).toBe(other);
    expect(redactLogArgument('params: x')).toBe('params: x');
    expect(redactLogArgument(42)).toBe(42);
  });

  it('console.error and console.warn redact every argument', () => {
    const written: unknown[][] = [];
    const target = { error: (...args: unknown[]) => written.push(args), warn: (...args: unknown[]) => written.push(args) };
    redactConsole(target);
    target.error('Action failed:', failedQuery());
    target.warn(failedQuery());
    expect(written).toHaveLength(2);
    expect(inspect(written)).not.toContain(SECRET);
    expect(written[0][0]).toBe('Action failed:');
  });
});
