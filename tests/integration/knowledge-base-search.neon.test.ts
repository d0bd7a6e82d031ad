/**
 * Knowledge-base search through the Neon serverless driver (issue 11: the same on PGlite, the Postgres server and
 * Neon). PGlite and node-postgres run tests/integration/knowledge-base-portal.test.ts in full.
 */
import { describe, expect, it } from 'vitest';
import { getDriver } from '@/lib/db/client';
import { searchArticles } from '@/lib/knowledge-base/search';
import { clientContext } from '../support/client-work';
import { demo } from '../support/demo';

const ROOFTOP = 'Rooftop unit maintenance schedule';

describe('knowledge-base search on the Neon driver', () => {
  it('finds by a prefix of a body word, highlights it, and keeps to what the user may read', async () => {
    expect(await getDriver()).toBe('neon');
    const { acme } = await demo();
    const nataliya = await clientContext(acme, 'nataliya@coolair.com');
    const found = await searchArticles(nataliya.viewer, 'compres');
    expect(found.total).toBe(1);
    expect(found.hits.map((h) => h.title)).toEqual([ROOFTOP]);
    expect(found.hits[0].snippet.filter((p) => p.marked).map((p) => p.text.toLowerCase())).toEqual(['compressor']);
    // French by a French word, in the article's own dictionary.
    expect((await searchArticles(nataliya.viewer, 'réinitialis')).hits.map((h) => h.title)).toEqual(['Réinitialiser votre thermostat']);
    // The Loop (knowledge base on) does not see Cool Air's article; ABM (off) sees nothing at all.
    expect(await searchArticles((await clientContext(acme, 'sales@loop.org')).viewer, 'compres')).toMatchObject({ total: 0, hits: [] });
    expect(await searchArticles((await clientContext(acme, 'info@abmapartments.com')).viewer, 'thermo')).toMatchObject({ total: 0, hits: [] });
  });
});
