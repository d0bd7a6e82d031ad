import http from 'node:http';
import { gzipSync } from 'node:zlib';

export type Stats = { median: number; p95: number; n: number };

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { median: at(0.5), p95: at(0.95), n: sorted.length };
}

/** Runs `fn` `warmUp` times unmeasured, then `n` times measured (milliseconds). */
export async function timed(n: number, warmUp: number, fn: (i: number) => Promise<unknown>): Promise<Stats> {
  for (let i = 0; i < warmUp; i++) await fn(i);
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    samples.push(performance.now() - t);
  }
  return stats(samples);
}

/** Inlines a statement's parameters so `explain` can run it. */
export function inline(statement: { sql: string; params: unknown[] }) {
  return statement.sql.replace(/\$(\d+)/g, (_, n) => {
    const value = statement.params[Number(n) - 1];
    return typeof value === 'number' ? String(value) : `'${String(value).replaceAll("'", "''")}'`;
  });
}

export type Answer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer; ms: number };

/** GET over plain HTTP without Accept-Encoding: the body is the HTML as Next renders it, uncompressed. */
export function get(port: number, path: string, host: string, cookie = ''): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path, headers: { host, cookie } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks), ms: performance.now() - started }));
    });
    req.on('error', reject);
  });
}

export const kB = (bytes: number) => bytes / 1024;
export const gzippedKb = (body: Buffer) => kB(gzipSync(body).length);

/** One line of the closing table. `ok` undefined: a figure shown for information, with no budget. */
export type Row = { scenario: string; figure: string; budget: string; ok?: boolean };

export const ms = (value: number) => `${value.toFixed(1)} ms`;
export const kb = (value: number) => `${value.toFixed(1)} kB`;
