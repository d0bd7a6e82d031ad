/**
 * Knowledge-base search with 50,000 articles of one tenant: English and French, words drawn with a skewed
 * (Zipf-like) frequency so a few words are everywhere and most are rare, some drafts, some articles for one
 * company only. Measures the search statement as the dashboard and the Help sidebar run it (first page of ten,
 * ranked, count of all matches, highlighted snippets) for a mix of typed queries.
 */
import { eq, sql, type SQL } from 'drizzle-orm';
import { getDb, type Db } from '@/lib/db/client';
import { contacts, securityLevels } from '@/lib/db/schema';
import { prefixQuery, searchArticles, searchStatement } from '@/lib/knowledge-base/search';
import type { Viewer } from '@/lib/portal/access';
import { inline, ms, stats, type Row } from './measure';
import { SCALE } from './scale';

export const KB_BENCH = { articles: SCALE.articles, wordsPerBody: 90, budgetP95: 30, samples: SCALE.kbSamples, warmUp: 10 } as const;

/** What portal users type: whole words, prefixes while typing, two words, French, a broad word, a rare one. */
export const KB_QUERIES = ['printer', 'pass', 'reset password', 'vpn', 'imprimante', 'mot de passe', 'email', 'thermo', 'backup restore', 'compressor', 'wifi guest', 'invoice'];

/** Each article is about one topic (its words are frequent there) and now and then mentions a second one. */
const TOPICS = {
  en: `printer toner paper scanner jam tray|email outlook mailbox inbox attachment signature|password reset account login locked expired
    |vpn remote tunnel client connect home|wifi wireless network router signal guest|backup restore snapshot recovery archive storage
    |laptop battery charger dock display keyboard|phone voicemail headset extension call transfer|invoice billing payment receipt statement credit
    |thermostat heating cooling temperature compressor filter|badge door access alarm visitor reception|software license install update upgrade version
    |antivirus malware phishing spam quarantine virus|meeting calendar room booking teams video|onboarding employee start equipment approval request
    |server outage restart maintenance downtime incident|folder share permission drive sync onedrive|browser chrome cache cookies bookmark extension
    |camera microphone webcam audio speaker conference|parking elevator cleaning supplies delivery kitchen`,
  fr: `imprimante toner papier scanner bourrage bac|courriel messagerie boîte jointe signature adresse|mot passe réinitialiser compte connexion verrouillé
    |vpn distance tunnel client connexion maison|wifi sansfil réseau routeur signal invité|sauvegarde restauration instantané récupération archive stockage
    |portable batterie chargeur station écran clavier|facture paiement reçu relevé crédit montant|thermostat chauffage climatisation température compresseur filtre
    |logiciel licence installer mise jour version`,
};
/** Everyday words, drawn with a Zipf-like skew (a few often, most rarely), and stop words, which are not indexed. */
const GENERAL = {
  en: `please check make sure before after team office click open select window menu settings screen button page list item name number date
    time day week month year help support contact call write send receive need want use work find show change add remove keep start stop
    wait try first next last new old good right left top bottom small large simple quick easy step steps note notes example case issue
    problem question answer option options information details process policy document guide manual system service user users customer
    staff desk site location building floor room area`,
  fr: `veuillez vérifier avant après équipe bureau cliquer ouvrir sélectionner fenêtre menu paramètres bouton page liste nom numéro date heure
    jour semaine mois année aide support contacter appeler écrire envoyer recevoir besoin utiliser travail trouver afficher changer ajouter
    supprimer garder démarrer arrêter attendre essayer premier suivant dernier nouveau simple rapide facile étape note exemple problème
    question réponse option information détails processus document guide système service utilisateur personnel site bâtiment étage salle`,
};
const STOP = { en: 'the a to and of in is for on with your you it this that be are can if or', fr: 'le la les de des du et à en un une pour sur avec votre vous il est que' };
const CATEGORIES = {
  en: ['Accounts', 'Email', 'Printing', 'Network', 'Security', 'Hardware', 'Software', 'Facilities', 'Heating and cooling', 'Billing', 'Onboarding', 'Phones'],
  fr: ['Comptes', 'Courriel', 'Impression', 'Réseau', 'Sécurité', 'Matériel', 'Logiciels', 'Bâtiment'],
};

type Language = 'en' | 'fr';
const split = (text: string) => text.trim().split(/\s+/);
const literal = (word: string) => `'${word.replaceAll("'", "''")}'`;
const array = (words: string[]) => sql.raw(`array[${words.map(literal).join(',')}]`);
const topicsOf = (language: Language) => TOPICS[language].split('|').map(split);
const topics2d = (language: Language) => sql.raw(`array[${topicsOf(language).map((t) => `array[${t.map(literal).join(',')}]`).join(',')}]`);

/**
 * `count` words for article number g in `language`: stop words, its topic's words, now and then a second topic's,
 * and everyday words (index ~ n·r²). `random()` per word; `g` in the subquery keeps it correlated (one per row).
 */
function words(language: Language, count: number, mix: { stop: number; topic: number; second: number }) {
  const topics = topicsOf(language);
  const general = split(GENERAL[language]);
  const stop = split(STOP[language]);
  const t = sql.raw(`(1 + (g / 5) % ${topics.length})`);
  const t2 = sql.raw(`(1 + ((g / 5) * 7 + 3) % ${topics.length})`);
  const topic = (which: typeof t) => sql`(${topics2d(language)})[${which}][1 + floor(random() * 6)::int]`;
  return sql`(select string_agg(case
      when r < ${mix.stop} then (${array(stop)})[1 + floor(random() * ${stop.length})::int]
      when r < ${mix.stop + mix.topic} then ${topic(t)}
      when r < ${mix.stop + mix.topic + mix.second} then ${topic(t2)}
      else (${array(general)})[1 + floor(power(random(), 2) * ${general.length})::int] end, ' ')
    from (select random() as r from generate_series(1, ${count}) where g > 0) w)`;
}

const BODY = { stop: 0.25, topic: 0.2, second: 0.03 };
const TITLE = { stop: 0.1, topic: 0.45, second: 0 };
const TAGS = { stop: 0, topic: 1, second: 0 };

/** 50,000 articles of the tenant, every company's knowledge base on; a tenth for one company, a twentieth drafts. */
export async function seedKnowledgeBaseBench(db: Db, tenantId: string) {
  await db.execute(sql`update companies set knowledge_base_enabled = true where tenant_id = ${tenantId}`);
  const byLanguage = (en: SQL, fr: SQL) => sql`case when g % 5 = 0 then ${fr} else ${en} end`;
  await db.execute(sql`
    insert into articles (tenant_id, title, body, category, tags, status, visibility, language, published_at, updated_at)
    select ${tenantId}, initcap(${byLanguage(words('en', 5, TITLE), words('fr', 5, TITLE))}),
           ${byLanguage(words('en', KB_BENCH.wordsPerBody, BODY), words('fr', KB_BENCH.wordsPerBody, BODY))},
           ${byLanguage(sql`(${array(CATEGORIES.en)})[1 + g % ${CATEGORIES.en.length}]`, sql`(${array(CATEGORIES.fr)})[1 + g % ${CATEGORIES.fr.length}]`)},
           ${byLanguage(words('en', 2, TAGS), words('fr', 2, TAGS))},
           case when g % 20 = 0 then 'draft' else 'published' end,
           case when g % 10 = 3 then 'companies' else 'public' end,
           case when g % 5 = 0 then 'fr' else 'en' end,
           now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval
    from generate_series(1, ${KB_BENCH.articles}) g
    where not exists (select 1 from articles a where a.tenant_id = ${tenantId})`);
  await db.execute(sql`
    insert into article_companies (article_id, company_id, tenant_id)
    select a.id, c.id, a.tenant_id
    from (select id, tenant_id, 1 + (row_number() over (order by id)) % (select count(*) from companies where tenant_id = ${tenantId}) as k
          from articles where tenant_id = ${tenantId} and visibility = 'companies') a
    join (select id, row_number() over (order by id) as k from companies where tenant_id = ${tenantId}) c on c.k = a.k
    on conflict do nothing`);
  await db.execute(sql`analyze articles`);
  await db.execute(sql`analyze article_companies`);
}

/** A Basic portal user of the tenant (knowledge_base.view), whose company has the knowledge base on. */
export async function benchViewer(tenantId: string): Promise<Viewer> {
  const db = await getDb();
  const [row] = await db
    .select({ contactId: contacts.id, companyId: contacts.companyId, permissions: securityLevels.permissions })
    .from(contacts)
    .innerJoin(securityLevels, eq(securityLevels.id, contacts.securityLevelId))
    .where(eq(contacts.tenantId, tenantId))
    .limit(1);
  return { tenantId, ...row };
}

/** Warm-up, then the queries in turn until there are enough samples; the plan of the broadest query. */
export async function measureKnowledgeBaseSearch(tenantId: string) {
  const viewer = await benchViewer(tenantId);
  const db = await getDb();
  const matches: Record<string, number> = {};
  for (const q of KB_QUERIES) matches[q] = (await searchArticles(viewer, q)).total;
  for (let i = 0; i < KB_BENCH.warmUp; i++) await searchArticles(viewer, KB_QUERIES[i % KB_QUERIES.length]);
  const samples: number[] = [];
  const perQuery: Record<string, number[]> = {};
  for (let i = 0; i < KB_BENCH.samples; i++) {
    const q = KB_QUERIES[i % KB_QUERIES.length];
    const t = performance.now();
    await searchArticles(viewer, q);
    const ms = performance.now() - t;
    samples.push(ms);
    (perQuery[q] ??= []).push(ms);
  }
  const broadest = Object.entries(matches).sort((a, b) => b[1] - a[1])[0][0];
  const statement = searchStatement(db, viewer, prefixQuery(broadest)!, 1, 10).toSQL();
  const result = (await db.execute(sql.raw(`explain ${inline(statement)}`))) as unknown as { rows: Record<string, string>[] };
  const plan = result.rows.map((r) => Object.values(r)[0]).join('\n');
  return {
    stats: stats(samples),
    perQuery: Object.fromEntries(Object.entries(perQuery).map(([q, s]) => [q, { ...stats(s), matches: matches[q] }])),
    plan,
    broadest,
    usesIndex: /articles_tenant_search_idx/.test(plan),
  };
}

/** The rows of the closing table for the search, and its details (per query, plan) printed above it. */
export function knowledgeBaseRows(kb: Awaited<ReturnType<typeof measureKnowledgeBaseSearch>>): { rows: Row[]; details: string } {
  const perQuery = Object.entries(kb.perQuery).map(([q, s]) => `  "${q}"`.padEnd(20) + `${String(s.matches).padStart(6)} matches   median ${ms(s.median).padStart(9)}   p95 ${ms(s.p95).padStart(9)} (n=${s.n})`);
  return {
    rows: [
      { scenario: `Knowledge-base search, ${KB_BENCH.articles.toLocaleString('en')} articles`, figure: `p95 ${ms(kb.stats.p95)} (median ${ms(kb.stats.median)}, n=${kb.stats.n})`, budget: `p95 < ${KB_BENCH.budgetP95} ms`, ok: kb.stats.p95 < KB_BENCH.budgetP95 },
      { scenario: '  its plan', figure: kb.usesIndex ? 'uses articles_tenant_search_idx' : 'NO INDEX USED', budget: 'the index', ok: kb.usesIndex },
    ],
    details: `Knowledge-base search per query:\n${perQuery.join('\n')}\n\nKnowledge-base search plan for "${kb.broadest}":\n${kb.plan}`,
  };
}
