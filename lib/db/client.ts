import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { env } from '@/lib/env';
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Driver = 'pglite' | 'pg' | 'neon';

type Handle = { db: Db; driver: Driver; close: () => Promise<void> };

const globalForDb = globalThis as unknown as { __clientPortalDb?: Promise<Handle> };

export function chooseDriver(url: string | undefined, forced: Driver | undefined): Driver {
  if (forced) return forced;
  if (!url) return 'pglite';
  if (/\.neon\.(tech|build)\b/.test(url)) return 'neon';
  return 'pg';
}

async function open(): Promise<Handle> {
  const { DATABASE_URL: url, DATABASE_DRIVER, PGLITE_DIR, NEON_WS_PROXY } = env();
  const driver = chooseDriver(url, DATABASE_DRIVER);

  if (driver === 'pglite') {
    const { PGlite } = await import('@electric-sql/pglite');
    const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
    const { btree_gin } = await import('@electric-sql/pglite/contrib/btree_gin');
    const { drizzle } = await import('drizzle-orm/pglite');
    if (!PGLITE_DIR.startsWith('memory://')) mkdirSync(PGLITE_DIR, { recursive: true });
    const client = await PGlite.create(PGLITE_DIR, { extensions: { pg_trgm, btree_gin } });
    // PGlite's single-user backend does not read per-database settings (migration 0005): set them here.
    await client.exec('SET random_page_cost = 1.1');
    return { db: drizzle(client, { schema }) as unknown as Db, driver, close: () => client.close() };
  }
  if (!url) throw new Error(`DATABASE_DRIVER=${driver} needs DATABASE_URL`);

  if (driver === 'neon') {
    const { Pool, neonConfig } = await import('@neondatabase/serverless');
    const { drizzle } = await import('drizzle-orm/neon-serverless');
    const ws = (await import('ws')).default;
    neonConfig.webSocketConstructor = ws;
    if (NEON_WS_PROXY) {
      // A plain Postgres reached through a WebSocket-to-TCP relay (tests, local development).
      neonConfig.wsProxy = (host, port) => `${NEON_WS_PROXY}?address=${host}:${port}`;
      neonConfig.useSecureWebSocket = false;
      neonConfig.pipelineTLS = false;
      neonConfig.pipelineConnect = false;
    }
    const pool = new Pool({ connectionString: url });
    return { db: drizzle(pool, { schema }) as unknown as Db, driver, close: () => pool.end() };
  }

  const { Pool } = await import('pg');
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const pool = new Pool({ connectionString: url, max: 10 });
  return { db: drizzle(pool, { schema }) as unknown as Db, driver, close: () => pool.end() };
}

type Ambient = { tx: Db; afterCommit: (() => Promise<unknown>)[] };
const ambient = new AsyncLocalStorage<Ambient>();

async function baseDb(): Promise<Db> {
  globalForDb.__clientPortalDb ??= open();
  return (await globalForDb.__clientPortalDb).db;
}

/**
 * The database, opened on first use (never at import: `next build` imports modules). Inside `transaction()`
 * it is that transaction, so every helper a piece of work calls writes atomically with it (and PGlite, one
 * connection, never waits on itself).
 */
export async function getDb(): Promise<Db> {
  return ambient.getStore()?.tx ?? baseDb();
}

/**
 * Runs `work` in one transaction that every `getDb()` inside it joins (nested calls become savepoints).
 * What was queued with `afterCommit` runs once the transaction has committed, never after a rollback.
 */
export async function transaction<T>(work: (tx: Db) => Promise<T>): Promise<T> {
  const outer = ambient.getStore();
  if (outer) return outer.tx.transaction((tx) => ambient.run({ ...outer, tx }, () => work(tx)));
  const hooks: Ambient['afterCommit'] = [];
  const db = await baseDb();
  const result = await db.transaction((tx) => ambient.run({ tx, afterCommit: hooks }, () => work(tx)));
  for (const hook of hooks) {
    await hook().catch((error: unknown) => console.error('after-commit task failed:', error instanceof Error ? error.message : 'unknown error'));
  }
  return result;
}

/** A side effect (e-mail) that must only happen if the surrounding transaction commits; at once outside one. */
export async function afterCommit<T>(task: () => Promise<T>): Promise<T | undefined> {
  const store = ambient.getStore();
  if (!store) return task();
  store.afterCommit.push(task);
}

export async function getDriver(): Promise<Driver> {
  globalForDb.__clientPortalDb ??= open();
  return (await globalForDb.__clientPortalDb).driver;
}

export async function closeDb() {
  const handle = globalForDb.__clientPortalDb;
  globalForDb.__clientPortalDb = undefined;
  if (handle) await (await handle).close();
}
