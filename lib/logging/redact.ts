/**
 * Drizzle's DrizzleQueryError carries the failed query's parameters (`params`, and a `params: …` line in its message
 * and stack): e-mail addresses, names, whatever the user typed. Logs get the query text and the database's reason only.
 */

type QueryError = Error & { query: string; params: unknown[]; digest?: string };

// Duck-typed: the server bundles can hold more than one copy of drizzle-orm, so `instanceof` is not reliable.
const isQueryError = (value: unknown): value is QueryError =>
  value instanceof Error && typeof (value as QueryError).query === 'string' && Array.isArray((value as QueryError).params);

/** The `params: …` part of a "Failed query" text, up to the stack frames if any. */
const PARAMS_LINE = /(Failed query: [\s\S]*?\nparams: )[\s\S]*?(?=\n\s+at |$)/g;

function reasonOf(cause: unknown) {
  if (!cause || typeof cause !== 'object') return '';
  const { code, message } = cause as { code?: unknown; message?: unknown };
  return [code, message].filter((part) => typeof part === 'string' && part).join(' ');
}

function redactQueryError(error: QueryError): Error {
  const reason = reasonOf(error.cause);
  const clean = new Error(`Failed query: ${error.query}\nparams: [redacted]${reason ? `\ncause: ${reason}` : ''}`);
  clean.name = 'DrizzleQueryError';
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  clean.stack = [`${clean.name}: ${clean.message}`, ...frames].join('\n');
  // Next matches a logged error to the one the browser saw by its digest.
  if (error.digest !== undefined) Object.assign(clean, { digest: error.digest });
  return clean;
}

/** What may be logged in place of `value`: a query error without its parameters, a text without a params line. */
export function redactLogArgument(value: unknown): unknown {
  if (isQueryError(value)) return redactQueryError(value);
  if (typeof value === 'string') return value.replace(PARAMS_LINE, '$1[redacted]');
  return value;
}

/** Every console.error and console.warn from now on goes through `redactLogArgument`. */
export function redactConsole(target: Pick<Console, 'error' | 'warn'>) {
  for (const level of ['error', 'warn'] as const) {
    const write = target[level].bind(target);
    target[level] = (...args: unknown[]) => write(...args.map(redactLogArgument));
  }
}
