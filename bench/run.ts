/**
 * `npm run bench`: builds the app (unless BENCH_SKIP_BUILD=1), seeds a large tenant and measures, in one run, every
 * budget of issue 13, then prints one table (scenario, figure, budget, OK / OVER BUDGET) and exits non-zero on a
 * miss. Embedded PGlite by default; BENCH_DATABASE_URL picks a Postgres server; BENCH_SCALE=small a quick proof run.
 * Scenarios: bench/portal-access.ts, client-tickets.ts, kb-search.ts, throughput.ts, burst.ts, bundles.ts.
 */
import { execSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { closeDb, getDb, getDriver } from '@/lib/db/client';
import { migrate } from '@/lib/db/migrate';
import { tenants } from '@/lib/db/schema';
import { measureBurst } from './burst';
import { measureBundles, measureServedScripts } from './bundles';
import { measureClientTickets, seedClientTicketsBench } from './client-tickets';
import { KB_BENCH, knowledgeBaseRows, measureKnowledgeBaseSearch, seedKnowledgeBaseBench } from './kb-search';
import type { Row } from './measure';
import { measurePortalAccessPages, measurePortalAccessQuery, seedStaffSession } from './portal-access';
import { SMALL } from './scale';
import { BENCH, seedLargeTenant } from './seed-large';
import { startServer } from './server';
import { measureThroughput } from './throughput';

const serverUrl = process.env.BENCH_DATABASE_URL;

async function seconds<T>(what: string, work: () => Promise<T>) {
  const started = Date.now();
  const result = await work();
  console.log(`${what} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

async function prepare() {
  if (serverUrl) process.env.DATABASE_URL = serverUrl;
  else {
    process.env.PGLITE_DIR = '.data/bench';
    rmSync('.data/bench', { recursive: true, force: true });
  }
  await migrate();
  const db = await getDb();
  await seconds(`Seeded ${(BENCH.companies * BENCH.usersPerCompany).toLocaleString('en')} portal users across ${BENCH.companies.toLocaleString('en')} companies`, () => seedLargeTenant(db));
  const [tenant] = await db.select().from(tenants).where(eq(tenants.slug, BENCH.slug));
  const staffCookie = await seedStaffSession(db, tenant.id);
  await seconds(`Seeded ${KB_BENCH.articles.toLocaleString('en')} knowledge-base articles`, () => seedKnowledgeBaseBench(db, tenant.id));
  const clientCookie = await seconds('Seeded the client Tickets scenario', () => seedClientTicketsBench(db, tenant.id));
  await closeDb(); // reopen: per-database planner settings apply to new connections
  return { tenantId: tenant.id, staffCookie, clientCookie };
}

/** Over HTTP from `next start` (the embedded database is one process at a time: the bench has closed it). */
async function overHttp(staffCookie: string, clientCookie: string) {
  const stop = await startServer();
  try {
    const pages = await measurePortalAccessPages(staffCookie);
    const tickets = await measureClientTickets(clientCookie);
    const throughput = await measureThroughput(clientCookie);
    const scripts = await measureServedScripts(clientCookie);
    const burst = await measureBurst(clientCookie); // last: it leaves the instance busy for a moment
    return { rows: [...pages, ...tickets, ...throughput, ...burst], scripts };
  } finally {
    stop();
  }
}

function table(rows: Row[]) {
  const verdict = (ok: boolean | undefined) => (ok === undefined ? '' : ok ? 'OK' : 'OVER BUDGET');
  const cells = [['scenario', 'figure', 'budget', ''], ...rows.map((r) => [r.scenario, r.figure, r.budget, verdict(r.ok)])];
  const widths = [0, 1, 2].map((i) => Math.max(...cells.map((c) => c[i].length)));
  return cells.map((c) => c.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]) : cell)).join('  ').trimEnd()).join('\n');
}

async function main() {
  if (process.env.BENCH_SKIP_BUILD !== '1') await seconds('Built the app', async () => execSync('npx next build', { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } }));
  const { tenantId, staffCookie, clientCookie } = await prepare();
  const driver = await getDriver();
  const query = await measurePortalAccessQuery(tenantId);
  const kb = knowledgeBaseRows(await measureKnowledgeBaseSearch(tenantId));
  await closeDb();
  const http = await overHttp(staffCookie, clientCookie);
  const rows = [...query.rows, ...http.rows, ...kb.rows, ...measureBundles(), ...http.scripts];
  console.log(`\nPortal Access query plan:\n${query.plan}\n\n${kb.details}`);
  console.log(`\nDatabase: ${driver}${serverUrl ? ` (${serverUrl})` : ' (embedded, .data/bench)'}; HTML sizes are the uncompressed body as Next sends it without Accept-Encoding.`);
  if (SMALL) console.log('BENCH_SCALE=small: a proof that the bench runs, not a measurement against the budgets.');
  console.log(`\n${table(rows)}\n`);
  const missed = rows.filter((r) => r.ok === false).length;
  console.log(missed ? `${missed} OVER BUDGET` : 'Every budget holds.');
  process.exit(missed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
