import { closeDb, getDriver } from '@/lib/db/client';
import { migrate } from '@/lib/db/migrate';
import { demoSignInText, seed } from '@/lib/db/seed';
import { env } from '@/lib/env';

async function main() {
  const driver = await getDriver();
  if (driver !== 'pglite' && !process.argv.includes('--yes')) {
    console.error(`DATABASE_URL points at a ${driver} database. Re-run with --yes to seed demo data into it: npm run db:seed -- --yes`);
    process.exit(2);
  }
  await migrate();
  await seed();
  console.log(`Demo data seeded (${driver}).\n${demoSignInText(env().ROOT_DOMAIN)}`);
  await closeDb();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
