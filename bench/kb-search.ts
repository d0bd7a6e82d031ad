/**
 * Knowledge-base search with 50,000 articles of one tenant: English and French, words drawn with a skewed
 * (Zipf-like) frequency so a few words are everywhere and most are rare, some drafts, some articles for one
 * company only. Measures the search statement as the dashboard and the Help sidebar run it (first page of ten,
 * ranked, count of all matches, highlighted snippets) for a mix of typed queries.
 */
import { eq, sql } from 'drizzle-orm';
import { getDb, type Db } from '@/lib/db/client';
import { contacts, securityLevels } from '@/lib/db/schema';
import { prefixQuery, searchArticles, searchStatement } from '@/lib/knowledge-base/search';
import type { Viewer } from '@/lib/portal/access';

export const KB_BENCH = { articles: 50_000, wordsPerBody: 90, budgetP95: 30, samples: 120, warmUp: 10 } as const;

/** What portal users type: whole words, prefixes while typing, two words, French, a word that is everywhere, a rare one. */
export const KB_QUERIES = ['printer', 'pass', 'reset password', 'vpn', 'imprimante', 'mot de passe', 'email', 'thermo', 'backup restore', 'compressor', 'wi', 'invoice'];

const EN = `account email password reset printer network vpn wifi router firewall laptop desktop monitor keyboard mouse
  backup restore server storage folder share permission access login logout session browser update install upgrade
  license software office calendar meeting phone voicemail headset camera microphone scanner toner paper ticket
  request approval invoice billing payment thermostat heating cooling compressor filter rooftop unit maintenance
  schedule technician visit building door badge alarm camera parking elevator cleaning supplies delivery shipping
  error warning crash slow freeze restart shutdown battery charger cable adapter port dock display resolution driver
  antivirus malware phishing spam quarantine encryption certificate token authenticator recovery code security
  policy onboarding offboarding employee manager contractor guest visitor reception lobby kitchen coffee`.split(/\s+/);
const FR = `compte courriel mot passe réinitialiser imprimante réseau vpn wifi routeur parefeu portable ordinateur écran
  clavier souris sauvegarde restauration serveur stockage dossier partage permission accès connexion déconnexion
  session navigateur mise jour installer logiciel licence bureau calendrier réunion téléphone messagerie casque
  caméra scanner encre papier demande approbation facture paiement thermostat chauffage climatisation compresseur
  filtre toiture entretien calendrier technicien visite bâtiment porte badge alarme stationnement ascenseur
  nettoyage livraison erreur avertissement panne lenteur redémarrer batterie chargeur câble adaptateur pilote
  antivirus hameçonnage chiffrement certificat jeton sécurité politique employé gestionnaire invité accueil`.split(/\s+/);
const CATEGORIES = ['Accounts', 'Email', 'Printing', 'Network', 'Security', 'Hardware', 'Software', 'Facilities', 'Heating and cooling', 'Billing', 'Onboarding', 'Phones'];
const FR_CATEGORIES = ['Comptes', 'Courriel', 'Impression', 'Réseau', 'Sécurité', 'Matériel', 'Logiciels', 'Bâtiment'];

const array = (words: string[]) => sql.raw(`array['${words.map((w) => w.replaceAll("'", "''")).join("','")}']`);

/** `count` words of `vocabulary`, the first words far more often than the last (index ~ n·r³). */
const words = (vocabulary: string[], count: number, g: ReturnType<typeof sql.raw>) =>
  sql`(select string_agg((${array(vocabulary)})[1 + floor(power(random(), 3) * ${vocabulary.length})::int], ' ') from generate_series(1, ${count}) w where ${g} > 0)`;

/** 50,000 articles of the tenant, every company's knowledge base on; a tenth for one company, a twentieth drafts. */
export async function seedKnowledgeBaseBench(db: Db, tenantId: string) {
  await db.execute(sql`update companies set knowledge_base_enabled = true where tenant_id = ${tenantId}`);
  const g = sql.raw('g');
  await db.execute(sql`
    insert into articles (tenant_id, title, body, category, tags, status, visibility, language, published_at, updated_at)
    select ${tenantId}, initcap(x.title), x.body, x.category, x.tags,
           case when g % 20 = 0 then 'draft' else 'published' end,
           case when g % 10 = 3 then 'companies' else 'public' end,
           x.language, now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval
    from generate_series(1, ${KB_BENCH.articles}) g,
    lateral (
      select case when g % 5 = 0 then 'fr' else 'en' end as language,
             case when g % 5 = 0 then ${words(FR, 6, g)} else ${words(EN, 6, g)} end as title,
             case when g % 5 = 0 then ${words(FR, KB_BENCH.wordsPerBody, g)} else ${words(EN, KB_BENCH.wordsPerBody, g)} end as body,
             case when g % 5 = 0 then (${array(FR_CATEGORIES)})[1 + g % ${FR_CATEGORIES.length}] else (${array(CATEGORIES)})[1 + g % ${CATEGORIES.length}] end as category,
             case when g % 5 = 0 then ${words(FR, 3, g)} else ${words(EN, 3, g)} end as tags
    ) x
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

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { median: at(0.5), p95: at(0.95), n: sorted.length };
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
  const inlined = statement.sql.replace(/\$(\d+)/g, (_, n) => {
    const value = statement.params[Number(n) - 1];
    return typeof value === 'number' ? String(value) : `'${String(value).replaceAll("'", "''")}'`;
  });
  const result = (await db.execute(sql.raw(`explain ${inlined}`))) as unknown as { rows: Record<string, string>[] };
  const plan = result.rows.map((r) => Object.values(r)[0]).join('\n');
  return {
    stats: stats(samples),
    perQuery: Object.fromEntries(Object.entries(perQuery).map(([q, s]) => [q, { ...stats(s), matches: matches[q] }])),
    plan,
    broadest,
    usesIndex: /articles_tenant_search_idx/.test(plan),
  };
}
