/**
 * Throughput of the signed-in portal home against the static landing page of the root domain: the same server,
 * the same number of concurrent clients, for the same time each, alternated in rounds so that a slow moment of
 * the machine falls on both.
 */
import { get, type Row } from './measure';
import { SCALE } from './scale';
import { BENCH } from './seed-large';
import { expectPage, hosts, PORT } from './server';

export const THROUGHPUT = { concurrency: 8, minRatio: 0.15, homePath: '/home' } as const;

/** Answers per second with `concurrency` clients asking one after another for `seconds`; only 200s count. */
async function requestsPerSecond(path: string, host: string, cookie: string, seconds: number) {
  const until = performance.now() + seconds * 1000;
  let answered = 0;
  let failed = 0;
  const client = async () => {
    while (performance.now() < until) {
      const res = await get(PORT, path, host, cookie);
      if (res.status === 200) answered++;
      else failed++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: THROUGHPUT.concurrency }, client));
  if (failed) throw new Error(`${failed} answers to ${host}${path} were not 200 during the throughput run`);
  return answered / ((performance.now() - started) / 1000);
}

export async function measureThroughput(clientCookie: string): Promise<Row[]> {
  const { portal, root } = hosts(BENCH.slug);
  await expectPage(THROUGHPUT.homePath, portal, clientCookie, '<main');
  const home = { answered: 0, seconds: 0 };
  const landing = { answered: 0, seconds: 0 };
  await requestsPerSecond('/', root, '', 1); // warm-up of both
  await requestsPerSecond(THROUGHPUT.homePath, portal, clientCookie, 1);
  for (let round = 0; round < SCALE.throughputRounds; round++) {
    landing.answered += (await requestsPerSecond('/', root, '', SCALE.throughputSeconds)) * SCALE.throughputSeconds;
    landing.seconds += SCALE.throughputSeconds;
    home.answered += (await requestsPerSecond(THROUGHPUT.homePath, portal, clientCookie, SCALE.throughputSeconds)) * SCALE.throughputSeconds;
    home.seconds += SCALE.throughputSeconds;
  }
  const homeRps = home.answered / home.seconds;
  const landingRps = landing.answered / landing.seconds;
  const ratio = homeRps / landingRps;
  const how = `${THROUGHPUT.concurrency} concurrent, ${SCALE.throughputRounds} × ${SCALE.throughputSeconds} s each`;
  return [
    { scenario: `Portal home ÷ landing page throughput (${how})`, figure: `${ratio.toFixed(2)} (${homeRps.toFixed(0)} ÷ ${landingRps.toFixed(0)} req/s)`, budget: `≥ ${THROUGHPUT.minRatio}`, ok: ratio >= THROUGHPUT.minRatio },
  ];
}
