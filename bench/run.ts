/**
 * `npm run bench`: the Portal Access list with a large tenant (100,000 portal users across 5,000
 * companies), sorted by company, filtered, page 50 of size 100 — the list query, its plan, and the
 * rendered page over HTTP from `next start`; and the knowledge-base search over 50,000 articles of that
 * tenant (bench/kb-search.ts); and the client Tickets page of a Manager whose company has 10,000 tickets
 * (bench/client-tickets.ts). Embedded PGlite by default; BENCH_DATABASE_URL picks a server.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { encode } from '@auth/core/jwt';
import { eq, sql } from 'drizzle-orm';
import { createSession } from '@/lib/auth/sessions';
import { closeDb, getDb, getDriver } from '@/lib/db/client';
import { migrate } from '@/lib/db/migrate';
import { STAFF_PERMISSIONS, tenants, users } from '@/lib/db/schema';
import { filteredPageSql, getPortalUsersPage } from '@/lib/portal-users/queries';
import type { ListParams } from '@/lib/portal-users/schemas';
import { CLIENT_TICKETS_BENCH, seedClientTicketsBench } from './client-tickets';
import { KB_BENCH, measureKnowledgeBaseSearch, seedKnowledgeBaseBench } from './kb-search';
import { BENCH, seedLargeTenant } from './seed-large';

const PORT = 3200;
const SECRET = 'bench-secret-not-for-production';
const BUDGET = { query: 20, page: 150 };
const params: ListParams = { sort: 'company', dir: 'asc', q: BENCH.filter, size: BENCH.size, page: BENCH.page };
const serverUrl = process.env.BENCH_DATABASE_URL;

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { median: at(0.5), p95: at(0.95), n: sorted.length };
}

async function prepare() {
  if (serverUrl) process.env.DATABASE_URL = serverUrl;
  else {
    process.env.PGLITE_DIR = '.data/bench';
    rmSync('.data/bench', { recursive: true, force: true });
  }
  await migrate();
  const db = await getDb();
  const started = Date.now();
  await seedLargeTenant(db);
  const [tenant] = await db.select().from(tenants).where(eq(tenants.slug, BENCH.slug));
  await db.insert(users).values({ tenantId: tenant.id, email: 'bench@bench.test', name: 'Bench Staff', permissions: [...STAFF_PERMISSIONS] }).onConflictDoNothing();
  const [staff] = await db.select().from(users).where(eq(users.tenantId, tenant.id));
  const sid = await createSession({ tenantId: tenant.id, kind: 'staff', userId: staff.id, sessionVersion: staff.sessionVersion });
  console.log(`Seeded ${BENCH.companies * BENCH.usersPerCompany} portal users across ${BENCH.companies} companies in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const kbStarted = Date.now();
  await seedKnowledgeBaseBench(db, tenant.id);
  console.log(`Seeded ${KB_BENCH.articles} knowledge-base articles in ${((Date.now() - kbStarted) / 1000).toFixed(1)} s`);
  const clientSession = await seedClientTicketsBench(db, tenant.id);
  await closeDb(); // reopen: per-database planner settings apply to new connections
  return { tenantId: tenant.id, cookie: `cp_staff=${await encode({ token: { sub: staff.id, sid }, secret: SECRET, salt: 'cp_staff' })}`, clientCookie: `cp_client=${clientSession}` };
}

async function measureQuery(tenantId: string) {
  const db = await getDb();
  const first = await getPortalUsersPage({ tenantId, params });
  if (first.rows.length !== BENCH.size || first.total < BENCH.page * BENCH.size) throw new Error(`unexpected result: ${first.rows.length} rows of ${first.total}`);
  const samples: number[] = [];
  for (let i = 0; i < 105; i++) {
    const t = performance.now();
    await getPortalUsersPage({ tenantId, params });
    if (i >= 5) samples.push(performance.now() - t);
  }
  const query = await filteredPageSql({ tenantId, params });
  const inlined = query.sql.replace(/\$(\d+)/g, (_, n) => {
    const value = query.params[Number(n) - 1];
    return typeof value === 'number' ? String(value) : `'${String(value).replaceAll("'", "''")}'`;
  });
  const result = (await db.execute(sql.raw(`explain ${inlined}`))) as unknown as { rows: Record<string, string>[] };
  const plan = result.rows.map((r) => Object.values(r)[0]).join('\n');
  const driver = await getDriver();
  await closeDb();
  return { stats: stats(samples), plan, usesIndex: /Index (Only )?Scan|Bitmap Index Scan/.test(plan), total: first.total, driver };
}

function get(path: string, cookie: string, host = `${BENCH.slug}.admin.localhost:${PORT}`): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port: PORT, path, headers: { host, cookie } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
  });
}

/** p95 over 50 requests of `path` after 5 of warm-up, and the size of its HTML. */
async function sample(path: string, cookie: string, host?: string) {
  const samples: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 55; i++) {
    const t = performance.now();
    const res = await get(path, cookie, host);
    if (res.status !== 200) throw new Error(`HTTP ${res.status} for ${path}`);
    if (i >= 5) samples.push(performance.now() - t);
    bytes = Buffer.byteLength(res.body);
  }
  return { ...stats(samples), kb: bytes / 1024 };
}

async function measurePages(cookie: string, clientCookie: string) {
  const env = { ...process.env, PORT: String(PORT), ROOT_DOMAIN: `localhost:${PORT}`, AUTH_SECRET: SECRET, DOCUMENTATION_KEY: 'bench-documentation-key', NEXT_TELEMETRY_DISABLED: '1' };
  const server = spawn('npx', ['next', 'start', '-p', String(PORT)], { env, stdio: 'ignore', detached: true });
  try {
    const path = `/admin/portal-access?q=${BENCH.filter}&size=${BENCH.size}&page=${BENCH.page}`;
    for (let i = 0; ; i++) {
      const ok = await get('/', cookie).then(() => true, () => false);
      if (ok) break;
      if (i > 120) throw new Error('next start did not come up');
      await sleep(500);
    }
    const check = await get(path, cookie);
    const expected = `${(BENCH.page - 1) * BENCH.size + 1} – ${BENCH.page * BENCH.size} of`;
    if (check.status !== 200 || !check.body.includes(expected)) throw new Error(`page check failed: HTTP ${check.status}, no "${expected}"`);
    const portalHost = `${BENCH.slug}.localhost:${PORT}`;
    const tickets = await get(CLIENT_TICKETS_BENCH.path, clientCookie, portalHost);
    if (tickets.status !== 200 || !tickets.body.includes('Bench ticket 10000')) throw new Error(`client Tickets check failed: HTTP ${tickets.status}, no "Bench ticket 10000"`);
    return { portalAccess: await sample(path, cookie), clientTickets: await sample(CLIENT_TICKETS_BENCH.path, clientCookie, portalHost) };
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
}

async function main() {
  const { tenantId, cookie, clientCookie } = await prepare();
  const query = await measureQuery(tenantId);
  const kb = await measureKnowledgeBaseSearch(tenantId);
  await closeDb();
  const { portalAccess: page, clientTickets } = await measurePages(cookie, clientCookie);
  const ticketsHtmlOk = clientTickets.kb < CLIENT_TICKETS_BENCH.budgetHtmlKb;
  const line = (name: string, s: { median: number; p95: number; n: number }, budget: number) =>
    `${name.padEnd(34)} median ${s.median.toFixed(1).padStart(6)} ms   p95 ${s.p95.toFixed(1).padStart(6)} ms   (n=${s.n}, budget p95 < ${budget} ms) ${s.p95 < budget ? 'OK' : 'OVER BUDGET'}`;
  console.log(`\nDatabase: ${query.driver}${serverUrl ? ` (${serverUrl})` : ' (embedded, .data/bench)'}; filter "${BENCH.filter}" matches ${query.total} portal users`);
  console.log(line('Portal Access list query', query.stats, BUDGET.query));
  console.log(line('Rendered Portal Access page', page, BUDGET.page));
  console.log(line(`Client Tickets (${CLIENT_TICKETS_BENCH.tickets} company tickets)`, clientTickets, CLIENT_TICKETS_BENCH.budgetP95));
  console.log(`${'  its HTML'.padEnd(34)} ${clientTickets.kb.toFixed(1)} kB (budget < ${CLIENT_TICKETS_BENCH.budgetHtmlKb} kB) ${ticketsHtmlOk ? 'OK' : 'OVER BUDGET'}`);
  console.log(line(`Knowledge-base search (${KB_BENCH.articles} articles)`, kb.stats, KB_BENCH.budgetP95));
  for (const [q, s] of Object.entries(kb.perQuery)) console.log(`  "${q}"`.padEnd(20), `${String(s.matches).padStart(6)} matches   median ${s.median.toFixed(1).padStart(6)} ms   p95 ${s.p95.toFixed(1).padStart(6)} ms (n=${s.n})`);
  console.log(`\nQuery plan (${query.usesIndex ? 'uses an index' : 'NO INDEX USED'}):\n${query.plan}`);
  console.log(`\nKnowledge-base search plan for "${kb.broadest}" (${kb.usesIndex ? 'uses the (tenant_id, search) index' : 'NO INDEX USED'}):\n${kb.plan}`);
  const ok = query.usesIndex && kb.usesIndex && query.stats.p95 < BUDGET.query && kb.stats.p95 < KB_BENCH.budgetP95 && page.p95 < BUDGET.page && clientTickets.p95 < CLIENT_TICKETS_BENCH.budgetP95 && ticketsHtmlOk;
  process.exit(ok ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
