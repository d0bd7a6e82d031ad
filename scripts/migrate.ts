import { closeDb, getDriver } from '@/lib/db/client';
import { migrate } from '@/lib/db/migrate';

migrate()
  .then(async () => console.log(`Migrations applied (${await getDriver()}).`))
  .then(closeDb)
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
