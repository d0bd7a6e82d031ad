/**
 * Every integration test file gets its own fresh, migrated database: an in-memory PGlite by default,
 * or a new database on the server named by TEST_DATABASE_URL (dropped afterwards).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll } from 'vitest';
import { closeDb } from '@/lib/db/client';
import { migrate } from '@/lib/db/migrate';

const serverUrl = process.env.TEST_DATABASE_URL;
let dbName: string | undefined;

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

if (serverUrl) {
  dbName = `cp_test_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${dbName}`));
  const url = new URL(serverUrl);
  url.pathname = `/${dbName}`;
  process.env.DATABASE_URL = url.toString();
} else {
  process.env.DATABASE_URL = '';
  process.env.PGLITE_DIR = 'memory://';
}
process.env.RESEND_API_KEY = '';

await migrate();

afterAll(async () => {
  await closeDb();
  if (dbName) await dropDatabase(dbName);
});

/**
 * Drops the test database once the closed pool's connections are gone. Not `WITH (FORCE)`: the pool's
 * `end()` resolves before its sockets close, and a forced drop would kill one mid-close (an unhandled
 * "terminating connection due to administrator command").
 */
async function dropDatabase(name: string) {
  for (let attempt = 0; ; attempt++) {
    try {
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name}`));
      return;
    } catch (error) {
      const inUse = (error as { code?: string }).code === '55006';
      if (!inUse || attempt >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
