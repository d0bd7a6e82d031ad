/**
 * Runs before `next dev` and `next start` in tests: migrates the database, seeds the demo tenants
 * on the embedded database's first run, prints where to sign in, and closes the database again
 * (PGlite is one process's database; the app opens it next).
 */
import { count } from 'drizzle-orm';
import { closeDb, getDb, getDriver } from '@/lib/db/client';
import { migrate } from '@/lib/db/migrate';
import { tenants } from '@/lib/db/schema';
import { demoSignInText, seed } from '@/lib/db/seed';
import { env } from '@/lib/env';

async function main() {
  await migrate();
  const driver = await getDriver();
  const db = await getDb();
  const [{ n }] = await db.select({ n: count() }).from(tenants);
  if (driver === 'pglite' && n === 0) {
    await seed();
    console.log(`\nEmbedded database in ${env().PGLITE_DIR} migrated and seeded with the demo tenants.`);
  } else if (driver !== 'pglite') {
    console.log(`\nMigrated ${driver} database. Seed it on purpose with: npm run db:seed -- --yes`);
  }
  await closeDb();
  const port = process.env.PORT ?? '3000';
  const root = env().ROOT_DOMAIN === 'localhost:3000' ? `localhost:${port}` : env().ROOT_DOMAIN;
  console.log(`\nClient Portal is starting. Landing page: http://${root}/\n${demoSignInText(root)}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
