/**
 * The knowledge base as portal users see it (issue 11, SPEC section 3): full-text search (prefix, both languages,
 * ranked, highlighted), categories with counts, recent articles, one article, its files, and "Was this helpful?".
 * A draft, another company's article, an article of a company with the knowledge base off, a level without the
 * permission and another tenant: never in results, snippets, counts or direct reads.
 */
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { articleFeedback, articles, auditLog, companies, contacts, documents, securityLevels } from '@/lib/db/schema';
import type { ClientContext } from '@/lib/errors';
import { demo } from '../support/demo';
import { clientContext, clientOp } from '../support/client-work';

const request = vi.hoisted(() => ({ cookies: new Map<string, string>() }));
vi.mock('next/headers', () => ({
  cookies: async () => ({ get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined) }),
  headers: async () => new Headers({ host: 'acme.localhost:3000' }),
}));
vi.mock('next/cache', () => ({ refresh: () => {} }));
vi.mock('next-intl/server', () => ({ getTranslations: async () => (key: string) => key }));
vi.mock('@/lib/auth/staff', () => ({ getStaff: async () => null }));

const { LEVEL_REFUSED } = await import('@/lib/pipeline');
const { CLIENT_COOKIE } = await import('@/lib/auth/client');
const { createSession } = await import('@/lib/auth/sessions');
const { prefixQuery, searchArticles } = await import('@/lib/knowledge-base/search');
const portal = await import('@/lib/knowledge-base/portal');
const { canDownload } = await import('@/lib/documents/portal');
const { answerFeedbackAction } = await import('@/app/s/[tenant]/(portal)/knowledge-base/actions');

const answer = clientOp(portal.answerFeedback, 'knowledge_base.view', 'article.feedback');

const THERMOSTAT = 'Resetting your thermostat';
const THERMOSTAT_FR = 'Réinitialiser votre thermostat';
const ROOFTOP = 'Rooftop unit maintenance schedule';
const ACCOUNTS = 'Requesting a new user account';
const LOOP = 'Guest Wi-Fi at The Loop';
const DRAFT = 'Connecting to the office VPN';
const GLOBEX = 'Globex thermostat guide';
const COOL_AIR_VISIBLE = [THERMOSTAT, THERMOSTAT_FR, ROOFTOP, ACCOUNTS];

let s: Awaited<ReturnType<typeof setup>>;

async function setup() {
  const d = await demo();
  const id = async (title: string) => (await d.db.select({ id: articles.id }).from(articles).where(eq(articles.title, title)))[0].id;
  // Another tenant's published, public article with the same words, its client's company with the knowledge base on.
  await d.db.insert(articles).values({
    tenantId: d.globex.id,
    title: GLOBEX,
    body: 'How to reset the thermostat and check the compressor.',
    category: 'Heating and cooling',
    status: 'published',
    publishedAt: new Date(),
  });
  const bill = await d.contact(d.globex.id, 'bill@initech.test');
  await d.db.update(companies).set({ knowledgeBaseEnabled: true }).where(eq(companies.id, bill.companyId));
  const ids = Object.fromEntries(await Promise.all([THERMOSTAT, THERMOSTAT_FR, ROOFTOP, ACCOUNTS, LOOP, DRAFT, GLOBEX].map(async (t) => [t, await id(t)])));
  const nataliya = await clientContext(d.acme, 'nataliya@coolair.com');
  const noPermission: ClientContext = { ...nataliya, viewer: { ...nataliya.viewer, permissions: nataliya.viewer.permissions.filter((p) => p !== 'knowledge_base.view') } };
  return {
    ...d,
    ids,
    nataliya,
    franco: await clientContext(d.acme, 'franco@coolair.com'),
    irene: await clientContext(d.acme, 'info@abmapartments.com'),
    sasha: await clientContext(d.acme, 'sales@loop.org'),
    bill: await clientContext(d.globex, 'bill@initech.test'),
    noPermission,
  };
}

beforeAll(async () => {
  s = await setup();
});

const titles = async (ctx: ClientContext, text: string) => (await searchArticles(ctx.viewer, text)).hits.map((h) => h.title);
const joined = (parts: { text: string }[]) => parts.map((p) => p.text).join('');

describe('what each portal user may read', () => {
  it('Cool Air (knowledge base on) reads public articles and its own, never the draft or The Loop’s', async () => {
    for (const ctx of [s.nataliya, s.franco]) {
      const recent = (await portal.recentArticles(ctx.viewer, { limit: 100 })).map((a) => a.title);
      expect(recent.sort()).toEqual([...COOL_AIR_VISIBLE].sort());
      expect(await portal.articleCategories(ctx.viewer)).toEqual([
        { category: 'Accounts', count: 1 },
        { category: 'Chauffage et climatisation', count: 1 },
        { category: 'Heating and cooling', count: 2 },
      ]);
      for (const title of COOL_AIR_VISIBLE) expect(await portal.findVisibleArticle(ctx.viewer, s.ids[title])).toMatchObject({ title });
      for (const title of [LOOP, DRAFT, GLOBEX]) expect(await portal.findVisibleArticle(ctx.viewer, s.ids[title])).toBeNull();
    }
  });

  it('The Loop reads public articles and its own; not Cool Air’s', async () => {
    const recent = (await portal.recentArticles(s.sasha.viewer, { limit: 100 })).map((a) => a.title);
    expect(recent.sort()).toEqual([THERMOSTAT, THERMOSTAT_FR, ACCOUNTS, LOOP].sort());
    expect(await portal.findVisibleArticle(s.sasha.viewer, s.ids[ROOFTOP])).toBeNull();
    expect(await titles(s.sasha, 'compressor')).toEqual([]);
    expect(await titles(s.sasha, 'guest wifi')).toEqual([LOOP]);
    expect((await searchArticles(s.sasha.viewer, 'rooftop')).total).toBe(0);
  });

  it('ABM (knowledge base off), a level without the permission and another tenant see nothing of acme’s', async () => {
    for (const ctx of [s.irene, s.noPermission]) {
      expect(await portal.recentArticles(ctx.viewer)).toEqual([]);
      expect(await portal.articleCategories(ctx.viewer)).toEqual([]);
      for (const title of [...COOL_AIR_VISIBLE, LOOP, DRAFT]) expect(await portal.findVisibleArticle(ctx.viewer, s.ids[title])).toBeNull();
      for (const word of ['thermo', 'compressor', 'réinitialiser', 'account', 'vpn']) expect(await searchArticles(ctx.viewer, word)).toMatchObject({ total: 0, hits: [] });
    }
    expect((await portal.recentArticles(s.bill.viewer)).map((a) => a.title)).toEqual([GLOBEX]);
    expect(await titles(s.bill, 'thermostat')).toEqual([GLOBEX]);
    for (const title of [...COOL_AIR_VISIBLE, LOOP]) expect(await portal.findVisibleArticle(s.bill.viewer, s.ids[title])).toBeNull();
    expect(await titles(s.nataliya, 'globex')).toEqual([]);
  });

  it('a draft and another company’s article never reach search results, snippets or counts', async () => {
    for (const ctx of [s.nataliya, s.franco]) {
      for (const word of ['vpn', 'installer', 'loop', 'guest', 'reception']) {
        const result = await searchArticles(ctx.viewer, word);
        expect(result, word).toMatchObject({ total: 0, hits: [] });
      }
      const all = await searchArticles(ctx.viewer, 'the');
      expect(JSON.stringify(all)).not.toMatch(/VPN|Loop-Guest|Globex/);
    }
  });

  it('an id that is not a uuid is simply not found', async () => {
    expect(await portal.findVisibleArticle(s.nataliya.viewer, 'not-an-id')).toBeNull();
    expect(await portal.articleAttachments(s.nataliya.viewer, 'not-an-id')).toEqual([]);
  });
});

describe('full-text search', () => {
  it('matches word prefixes while typing, words of the body, and French articles by French words', async () => {
    expect((await titles(s.nataliya, 'thermo')).sort()).toEqual([THERMOSTAT, THERMOSTAT_FR].sort());
    expect(await titles(s.nataliya, 'compressor')).toEqual([ROOFTOP]);
    expect(await titles(s.nataliya, 'compr')).toEqual([ROOFTOP]);
    expect(await titles(s.nataliya, 'climatisation')).toEqual([THERMOSTAT_FR]);
    expect(await titles(s.nataliya, 'Réinitialiser')).toEqual([THERMOSTAT_FR]);
    expect(await titles(s.nataliya, 'rooftop maint')).toEqual([ROOFTOP]);
    expect(await titles(s.nataliya, 'rooftop thermostat')).toEqual([]);
  });

  it('highlights the matched words in the snippet and the title', async () => {
    const [hit] = (await searchArticles(s.nataliya.viewer, 'compressor')).hits;
    expect(hit.snippet.filter((p) => p.marked).map((p) => p.text.toLowerCase())).toEqual(['compressor']);
    expect(joined(hit.snippet)).toContain('The technician checks the compressor, belts and filters');
    expect(joined(hit.snippet)).not.toMatch(/[*|]/);
    const [titled] = (await searchArticles(s.nataliya.viewer, 'rooftop')).hits;
    expect(titled.titleParts).toEqual([
      { text: 'Rooftop', marked: true },
      { text: ' unit maintenance schedule', marked: false },
    ]);
  });

  it('ranks a title match above a body match, and pages the results', async () => {
    const db = s.db;
    const [coolAir] = await db.select().from(companies).where(and(eq(companies.tenantId, s.acme.id), eq(companies.name, 'Cool Air')));
    expect(coolAir.knowledgeBaseEnabled).toBe(true);
    const published = { tenantId: s.acme.id, status: 'published' as const, publishedAt: new Date() };
    await db.insert(articles).values([
      { ...published, title: 'Winter comfort tips', body: 'Keep the humidifier clean and the windows shut.', updatedAt: new Date() },
      { ...published, title: 'Humidifier care', body: 'Clean the tank weekly.', updatedAt: new Date(Date.now() - 86_400_000) },
    ]);
    expect(await titles(s.nataliya, 'humidif')).toEqual(['Humidifier care', 'Winter comfort tips']);
    const first = await searchArticles(s.nataliya.viewer, 'humidif', { pageSize: 1 });
    const second = await searchArticles(s.nataliya.viewer, 'humidif', { pageSize: 1, page: 2 });
    const past = await searchArticles(s.nataliya.viewer, 'humidif', { pageSize: 1, page: 5 });
    expect([first.total, second.total, past.total]).toEqual([2, 2, 2]);
    expect([first.hits.map((h) => h.title), second.hits.map((h) => h.title), past.hits]).toEqual([['Humidifier care'], ['Winter comfort tips'], []]);
  });

  it('takes only letters and digits from what was typed, so nothing typed can break or widen the query', async () => {
    expect(prefixQuery(`thermo' & !x | (y):* <-> z`)).toBe('thermo:* & x:* & y:* & z:*');
    expect(prefixQuery(' ,.;!? ')).toBeNull();
    for (const text of ['!!!', ':*', '&', '|', '\\', "'"]) {
      await expect(searchArticles(s.nataliya.viewer, text)).resolves.toMatchObject({ total: 0 });
    }
    // With words in it, only the words count: "or" is a stop word and "1" is in the thermostat article's steps.
    expect(await titles(s.nataliya, "' or 1=1 --")).toEqual([THERMOSTAT]);
    expect(await titles(s.nataliya, "'); drop table articles; --")).toEqual([]);
    expect(await titles(s.nataliya, "compressor' |")).toEqual([ROOFTOP]);
  });
});

describe('files of an article', () => {
  it('are listed and downloadable only where the article is readable', async () => {
    const [doc] = await s.db
      .insert(documents)
      .values({ tenantId: s.acme.id, articleId: s.ids[ROOFTOP], fileName: 'rtu-checklist.pdf', contentType: 'application/pdf', size: 2048 })
      .returning();
    expect(await portal.articleAttachments(s.nataliya.viewer, s.ids[ROOFTOP])).toEqual([{ id: doc.id, fileName: 'rtu-checklist.pdf', contentType: 'application/pdf', size: 2048 }]);
    expect(await canDownload(s.nataliya.viewer, doc.id)).toBe(true);
    for (const ctx of [s.sasha, s.irene, s.noPermission, s.bill]) {
      expect(await portal.articleAttachments(ctx.viewer, s.ids[ROOFTOP])).toEqual([]);
      expect(await canDownload(ctx.viewer, doc.id)).toBe(false);
    }
  });
});

describe('Was this helpful?', () => {
  const feedbackOf = async (contactId: string, articleId: string) =>
    s.db
      .select()
      .from(articleFeedback)
      .where(and(eq(articleFeedback.articleId, articleId), eq(articleFeedback.contactId, contactId)));

  it('keeps one answer per user and article, which they may change; each answer is audited', async () => {
    const article = s.ids[ROOFTOP];
    await answer(s.franco, { articleId: article, helpful: true });
    expect(await portal.ownFeedback(s.franco.viewer, article)).toBe(true);
    await answer(s.franco, { articleId: article, helpful: false });
    expect((await feedbackOf(s.franco.contact.id, article)).map((r) => r.helpful)).toEqual([false]);
    expect(await portal.ownFeedback(s.franco.viewer, article)).toBe(false);
    expect(await portal.ownFeedback(s.nataliya.viewer, article)).toBeNull();
    const rows = await s.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, s.acme.id), eq(auditLog.action, 'article.feedback'), eq(auditLog.targetId, article)));
    expect(rows.map((r) => [r.actorType, r.actorId, (r.details as { helpful: boolean }).helpful])).toEqual([
      ['client', s.franco.contact.id, true],
      ['client', s.franco.contact.id, false],
    ]);
  });

  it('refuses an article the user may not read, and a level without the knowledge-base permission', async () => {
    await expect(answer(s.nataliya, { articleId: s.ids[LOOP], helpful: true })).rejects.toThrow('That article was not found.');
    await expect(answer(s.nataliya, { articleId: s.ids[DRAFT], helpful: true })).rejects.toThrow('That article was not found.');
    await expect(answer(s.irene, { articleId: s.ids[THERMOSTAT], helpful: true })).rejects.toThrow('That article was not found.');
    await expect(answer(s.noPermission, { articleId: s.ids[THERMOSTAT], helpful: false })).rejects.toThrow(LEVEL_REFUSED);
    for (const [ctx, title] of [[s.nataliya, LOOP], [s.nataliya, DRAFT], [s.irene, THERMOSTAT]] as const) {
      expect(await feedbackOf(ctx.contact.id, s.ids[title])).toEqual([]);
    }
    expect((await feedbackOf(s.nataliya.contact.id, s.ids[THERMOSTAT])).map((r) => r.helpful)).toEqual([true]);
  });

  it('the action answers a level without the permission with a refusal and changes nothing', async () => {
    const [level] = await s.db
      .insert(securityLevels)
      .values({ tenantId: s.acme.id, key: 'no-kb', name: 'No knowledge base', permissions: ['tickets.own'] })
      .returning();
    await s.db.update(contacts).set({ securityLevelId: level.id }).where(eq(contacts.id, s.franco.contact.id));
    request.cookies.set(CLIENT_COOKIE, await createSession({ tenantId: s.acme.id, kind: 'client', contactId: s.franco.contact.id, sessionVersion: s.franco.contact.sessionVersion }));
    const form = new FormData();
    form.set('articleId', s.ids[THERMOSTAT]);
    form.set('helpful', 'no');
    expect(await answerFeedbackAction({}, form)).toEqual({ error: LEVEL_REFUSED });
    expect(await feedbackOf(s.franco.contact.id, s.ids[THERMOSTAT])).toEqual([]);

    await s.db.update(contacts).set({ securityLevelId: s.franco.contact.securityLevelId }).where(eq(contacts.id, s.franco.contact.id));
    expect(await answerFeedbackAction({}, form)).toEqual({ success: 'thanks' });
    expect((await feedbackOf(s.franco.contact.id, s.ids[THERMOSTAT])).map((r) => r.helpful)).toEqual([false]);
    form.set('helpful', 'maybe');
    expect(await answerFeedbackAction({}, form)).toMatchObject({ fieldErrors: { helpful: ['Choose Yes or No.'] } });
  });
});
