/**
 * Portal Access at 100,000 portal users: the list query (sorted by company, filtered, page 50 of 100) with its
 * plan, and the rendered page over HTTP — that page and the unfiltered first page — with the size of their HTML.
 */
import { encode } from '@auth/core/jwt';
import { eq, sql } from 'drizzle-orm';
import { createSession } from '@/lib/auth/sessions';
import { closeDb, getDb, type Db } from '@/lib/db/client';
import { STAFF_PERMISSIONS, users } from '@/lib/db/schema';
import { filteredPageSql, getPortalUsersPage } from '@/lib/portal-users/queries';
import type { ListParams } from '@/lib/portal-users/schemas';
import { get, gzippedKb, inline, kB, kb, ms, timed, type Row } from './measure';
import { SCALE } from './scale';
import { BENCH } from './seed-large';
import { expectPage, hosts, PORT, SECRET } from './server';

export const PORTAL_ACCESS_BUDGET = { query: 20, page: 150, html: 150, unfilteredPage: 120 } as const;
const params: ListParams = { sort: 'company', dir: 'asc', q: BENCH.filter, size: BENCH.size, page: BENCH.page };
const filteredPath = `/admin/portal-access?q=${BENCH.filter}&size=${BENCH.size}&page=${BENCH.page}`;
const unfilteredPath = `/admin/portal-access?size=${BENCH.size}`;

/** A staff user of the bench tenant with every permission, signed in: the staff session cookie. */
export async function seedStaffSession(db: Db, tenantId: string) {
  await db.insert(users).values({ tenantId, email: 'bench@bench.test', name: 'Bench Staff', permissions: [...STAFF_PERMISSIONS] }).onConflictDoNothing();
  const [staff] = await db.select().from(users).where(eq(users.tenantId, tenantId));
  const sid = await createSession({ tenantId, kind: 'staff', userId: staff.id, sessionVersion: staff.sessionVersion });
  return `cp_staff=${await encode({ token: { sub: staff.id, sid }, secret: SECRET, salt: 'cp_staff' })}`;
}

/** The list query in-process: warm-up, samples, and its plan (which must use an index). */
export async function measurePortalAccessQuery(tenantId: string): Promise<{ rows: Row[]; plan: string; usesIndex: boolean; total: number }> {
  const db = await getDb();
  const first = await getPortalUsersPage({ tenantId, params });
  if (first.rows.length !== BENCH.size || first.total < BENCH.page * BENCH.size) throw new Error(`unexpected result: ${first.rows.length} rows of ${first.total}`);
  const query = await timed(SCALE.querySamples, SCALE.warmUp, () => getPortalUsersPage({ tenantId, params }));
  const result = (await db.execute(sql.raw(`explain ${inline(await filteredPageSql({ tenantId, params }))}`))) as unknown as { rows: Record<string, string>[] };
  const plan = result.rows.map((r) => Object.values(r)[0]).join('\n');
  const usesIndex = /Index (Only )?Scan|Bitmap Index Scan/.test(plan);
  await closeDb();
  const name = `Portal Access query (${first.total.toLocaleString('en')} matches, page ${BENCH.page})`;
  return {
    rows: [
      { scenario: name, figure: `p95 ${ms(query.p95)} (median ${ms(query.median)}, n=${query.n})`, budget: `p95 < ${PORTAL_ACCESS_BUDGET.query} ms`, ok: query.p95 < PORTAL_ACCESS_BUDGET.query },
      { scenario: '  its plan', figure: usesIndex ? 'uses an index' : 'NO INDEX USED', budget: 'an index', ok: usesIndex },
    ],
    plan,
    usesIndex,
    total: first.total,
  };
}

/** One page over HTTP: warm-up, samples of the whole answer, the bytes of its (uncompressed) HTML. */
async function samplePage(path: string, cookie: string) {
  const host = hosts(BENCH.slug).admin;
  let body: Buffer = Buffer.alloc(0);
  const stats = await timed(SCALE.pageSamples, SCALE.warmUp, async () => {
    const res = await get(PORT, path, host, cookie);
    if (res.status !== 200) throw new Error(`HTTP ${res.status} for ${path}`);
    body = res.body;
  });
  return { ...stats, kB: kB(body.length), gzipKb: gzippedKb(body) };
}

export async function measurePortalAccessPages(cookie: string): Promise<Row[]> {
  const host = hosts(BENCH.slug).admin;
  await expectPage(filteredPath, host, cookie, `${(BENCH.page - 1) * BENCH.size + 1} – ${BENCH.page * BENCH.size} of`);
  await expectPage(unfilteredPath, host, cookie, `1 – ${BENCH.size} of`);
  const filtered = await samplePage(filteredPath, cookie);
  const unfiltered = await samplePage(unfilteredPath, cookie);
  const users = (BENCH.companies * BENCH.usersPerCompany).toLocaleString('en');
  return [
    { scenario: `Portal Access page, ${users} users, "${BENCH.filter}" page ${BENCH.page}`, figure: `p95 ${ms(filtered.p95)} (median ${ms(filtered.median)}, n=${filtered.n})`, budget: `p95 < ${PORTAL_ACCESS_BUDGET.page} ms`, ok: filtered.p95 < PORTAL_ACCESS_BUDGET.page },
    { scenario: '  its HTML (uncompressed)', figure: `${kb(filtered.kB)} (gzip ${kb(filtered.gzipKb)})`, budget: `< ${PORTAL_ACCESS_BUDGET.html} kB`, ok: filtered.kB < PORTAL_ACCESS_BUDGET.html },
    { scenario: 'Portal Access page, unfiltered page 1', figure: `p95 ${ms(unfiltered.p95)} (median ${ms(unfiltered.median)}, n=${unfiltered.n})`, budget: `p95 < ${PORTAL_ACCESS_BUDGET.unfilteredPage} ms`, ok: unfiltered.p95 < PORTAL_ACCESS_BUDGET.unfilteredPage },
    { scenario: '  its HTML (uncompressed)', figure: `${kb(unfiltered.kB)} (gzip ${kb(unfiltered.gzipKb)})`, budget: '', ok: undefined },
  ];
}
