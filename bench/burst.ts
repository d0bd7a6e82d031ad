/**
 * A burst of 200 concurrent signed-in portal requests at once: the instance must answer every one quickly —
 * the page, or a quick 503 with Retry-After once MAX_CONCURRENT_REQUESTS (lib/http/admission.ts) are in work —
 * rather than queueing them all until the last answers come tens of seconds late.
 */
import { get, ms, stats, type Row } from './measure';
import { BENCH } from './seed-large';
import { hosts, PORT } from './server';
import { THROUGHPUT } from './throughput';

export const BURST = { requests: 200, budgetP95: 5000 } as const;

export async function measureBurst(clientCookie: string): Promise<Row[]> {
  const { portal } = hosts(BENCH.slug);
  const answers = await Promise.all(Array.from({ length: BURST.requests }, () => get(PORT, THROUGHPUT.homePath, portal, clientCookie)));
  const all = stats(answers.map((a) => a.ms));
  const count = (status: number) => answers.filter((a) => a.status === status).length;
  const busy = answers.filter((a) => a.status === 503);
  const clear = busy.every((a) => a.headers['retry-after'] !== undefined && a.body.toString('utf8').includes('The portal is busy'));
  const other = answers.length - count(200) - count(503);
  const served = stats(answers.filter((a) => a.status === 200).map((a) => a.ms));
  return [
    { scenario: `Burst: ${BURST.requests} concurrent portal home requests`, figure: `p95 ${ms(all.p95)} (median ${ms(all.median)}) of all answers`, budget: `p95 < ${BURST.budgetP95 / 1000} s`, ok: all.p95 < BURST.budgetP95 },
    { scenario: '  answers', figure: `${count(200)} × 200 ${served.n ? ` (p95 ${ms(served.p95)})` : ''}, ${busy.length} × 503${other ? `, ${other} other` : ''}`, budget: '200, or 503 busy page + Retry-After', ok: other === 0 && clear },
  ];
}
