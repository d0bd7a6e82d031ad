import 'server-only';
import path from 'node:path';
import { getDb, getDriver } from './client';

const migrationsFolder = path.join(process.cwd(), 'drizzle');

/** Applies drizzle/ migrations with the migrator of the driver in use; safe to run repeatedly. */
export async function migrate() {
  const db = await getDb();
  const driver = await getDriver();
  if (driver === 'pglite') {
    const { migrate: run } = await import('drizzle-orm/pglite/migrator');
    await run(db as never, { migrationsFolder });
  } else if (driver === 'neon') {
    const { migrate: run } = await import('drizzle-orm/neon-serverless/migrator');
    await run(db as never, { migrationsFolder });
  } else {
    const { migrate: run } = await import('drizzle-orm/node-postgres/migrator');
    await run(db as never, { migrationsFolder });
  }
}
