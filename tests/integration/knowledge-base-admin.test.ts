import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { articleCompanies, articleFeedback, articles, auditLog, companies, documentBlobs, documents } from '@/lib/db/schema';
import { getAuditLogPage } from '@/lib/admin/queries';
import { AUDIT_LIST_DEFAULTS } from '@/lib/admin/schemas';
import { canDownload } from '@/lib/documents/portal';
import { MAX_FILE_BYTES } from '@/lib/documents/limits';
import { ActionError, type StaffContext } from '@/lib/errors';
import { getArticleForStaff, getArticlesForStaff } from '@/lib/knowledge-base/queries';
import { articleIdSchema, articleSchema, embedMarkdown, type ArticleInput } from '@/lib/knowledge-base/schemas';
import * as service from '@/lib/knowledge-base/service';
import { clientContext } from '../support/client-work';
import { demo } from '../support/demo';
import { staffOp } from '../support/work';

const create = staffOp(service.createArticle, 'knowledge_base.edit', 'article.create');
const update = staffOp(service.updateArticle, 'knowledge_base.edit', 'article.update');
const setStatus = staffOp(service.setArticleStatus, 'knowledge_base.edit', 'article.publish');
const remove = staffOp(service.deleteArticle, 'knowledge_base.edit', 'article.delete');
const attach = staffOp(service.uploadArticleAttachment, 'knowledge_base.edit', 'article.upload_attachment');
const detach = staffOp(service.removeArticleAttachment, 'knowledge_base.edit', 'article.remove_attachment');

/** What a server action does with the form: FormData → the shared schema → the data, or the field errors. */
function parseForm(fields: Record<string, string>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const parsed = articleSchema.safeParse(Object.fromEntries(form));
  return parsed.success ? { data: parsed.data } : { errors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> };
}

const png = (name = 'diagram.png', bytes = 64) => new File([new Uint8Array(bytes).fill(7)], name, { type: 'image/png' });

let made = 0;
async function setup() {
  const d = await demo();
  const owner: StaffContext = { tenant: d.acme, user: await d.staff(d.acme.id, 'owner@acme.test') };
  const helpdesk: StaffContext = { tenant: d.acme, user: await d.staff(d.acme.id, 'helpdesk@acme.test') };
  const globexOwner: StaffContext = { tenant: d.globex, user: await d.staff(d.globex.id, 'owner@globex.test') };
  const company = async (tenantId: string, name: string) => (await d.db.select().from(companies).where(and(eq(companies.tenantId, tenantId), eq(companies.name, name))))[0];
  const coolAir = await company(d.acme.id, 'Cool Air');
  const loop = await company(d.acme.id, 'The Loop');
  const initech = await company(d.globex.id, 'Initech');
  const input = (extra: Partial<ArticleInput> = {}): ArticleInput => ({
    title: `Article ${++made}`,
    body: 'Turn the **dial** to reset.',
    category: 'Heating and cooling',
    tags: 'dial, reset',
    status: 'draft',
    visibility: 'public',
    companyIds: [],
    language: 'en',
    ...extra,
  });
  const seeded = async (title: string) => (await d.db.select().from(articles).where(and(eq(articles.tenantId, d.acme.id), eq(articles.title, title))))[0];
  const auditOf = (targetId: string) => d.db.select().from(auditLog).where(eq(auditLog.targetId, targetId)).orderBy(auditLog.createdAt);
  /** Everything a refused change could have touched, to compare before and after. */
  const snapshot = async () => ({
    articles: await d.db.select().from(articles).orderBy(articles.id),
    companies: await d.db.select().from(articleCompanies).orderBy(articleCompanies.articleId, articleCompanies.companyId),
    documents: (await d.db.select({ n: count() }).from(documents))[0].n,
    audit: (await d.db.select({ n: count() }).from(auditLog))[0].n,
  });
  const viewer = async (email: string, tenant = d.acme) => (await clientContext(tenant, email)).viewer;
  return { ...d, owner, helpdesk, globexOwner, coolAir, loop, initech, input, seeded, auditOf, snapshot, viewer };
}

describe('writing articles', () => {
  it('creates a draft for specific companies, publishes it once (publishedAt kept), edits and deletes it, each with its audit row', async () => {
    const s = await setup();
    const article = await create(s.owner, s.input({ visibility: 'companies', companyIds: [s.coolAir.id, s.loop.id] }));
    expect(article).toMatchObject({ status: 'draft', publishedAt: null, authorUserId: s.owner.user.id, tenantId: s.acme.id });
    const stored = await getArticleForStaff({ tenantId: s.acme.id, articleId: article.id });
    expect(stored!.chosenCompanies).toEqual([
      { id: s.coolAir.id, name: 'Cool Air' },
      { id: s.loop.id, name: 'The Loop' },
    ]);
    expect(stored!.companies).toEqual(['Cool Air', 'The Loop']);
    expect(stored!.author).toBe(s.owner.user.name ?? s.owner.user.email);

    const published = await setStatus(s.owner, article.id, 'published');
    expect(published.status).toBe('published');
    expect(published.publishedAt).toBeInstanceOf(Date);
    const unpublished = await staffOp(service.setArticleStatus, 'knowledge_base.edit', 'article.unpublish')(s.owner, article.id, 'draft');
    expect(unpublished).toMatchObject({ status: 'draft', publishedAt: published.publishedAt });

    const edited = await update(s.owner, article.id, s.input({ title: 'Dial reset, revised', status: 'published', visibility: 'public' }));
    expect(edited).toMatchObject({ title: 'Dial reset, revised', status: 'published', visibility: 'public', publishedAt: published.publishedAt });
    expect(edited.updatedAt.getTime()).toBeGreaterThanOrEqual(unpublished.updatedAt.getTime());
    expect(await s.db.select().from(articleCompanies).where(eq(articleCompanies.articleId, article.id))).toEqual([]);

    const list = await getArticlesForStaff({ tenantId: s.acme.id });
    expect(list.find((a) => a.id === article.id)).toMatchObject({ title: 'Dial reset, revised', status: 'published', visibility: 'public', helpful: 0, notHelpful: 0 });

    await attach(s.owner, article.id, png());
    await remove(s.owner, article.id);
    expect(await s.db.select().from(articles).where(eq(articles.id, article.id))).toEqual([]);
    expect(await s.db.select().from(documents).where(eq(documents.articleId, article.id))).toEqual([]);

    const rows = await s.auditOf(article.id);
    expect(rows.map((r) => r.action)).toEqual(['article.create', 'article.publish', 'article.unpublish', 'article.update', 'article.delete']);
    expect(rows.every((r) => r.actorType === 'staff' && r.actorId === s.owner.user.id && r.tenantId === s.acme.id && r.targetType === 'article')).toBe(true);
    expect(rows[0].details).toMatchObject({ visibility: 'companies', status: 'draft' });
    const { rows: log } = await getAuditLogPage({ tenantId: s.acme.id, params: AUDIT_LIST_DEFAULTS, prefix: 'article.' });
    expect(log.find((r) => r.action === 'article.delete')).toMatchObject({ actor: 'Olivia Owner', target: 'Article Dial reset, revised' });
    expect(log.find((r) => r.action === 'article.upload_attachment')).toMatchObject({ target: 'Attachment diagram.png' });
  });

  it('sets publishedAt when an article is created published, and tidies its tags', async () => {
    const s = await setup();
    const { data } = parseForm({ title: '  Tidy tags ', body: 'x', category: '', tags: ' vpn , VPN, remote,, ', status: 'published', visibility: 'public', companyIds: '', language: 'fr' });
    const article = await create(s.owner, data!);
    expect(article).toMatchObject({ title: 'Tidy tags', tags: 'vpn, remote', language: 'fr', status: 'published' });
    expect(article.publishedAt).toBeInstanceOf(Date);
  });

  it('lists helpful Yes / No from the feedback clients gave', async () => {
    const s = await setup();
    const thermostat = await s.seeded('Resetting your thermostat');
    const franco = await s.contact(s.acme.id, 'franco@coolair.com');
    await s.db.insert(articleFeedback).values({ tenantId: s.acme.id, articleId: thermostat.id, contactId: franco.id, helpful: false });
    const row = (await getArticlesForStaff({ tenantId: s.acme.id })).find((a) => a.id === thermostat.id)!;
    expect(row).toMatchObject({ helpful: 1, notHelpful: 1, category: 'Heating and cooling', language: 'en', status: 'published' });
    expect((await getArticlesForStaff({ tenantId: s.acme.id })).map((a) => a.title)).toContain('Connecting to the office VPN');
    expect(await getArticlesForStaff({ tenantId: s.globex.id })).not.toContainEqual(expect.objectContaining({ id: thermostat.id }));
  });
});

describe('refusals', () => {
  it('refuses view-only staff every change, and nothing changes', async () => {
    const s = await setup();
    const rooftop = await s.seeded('Rooftop unit maintenance schedule');
    const before = await s.snapshot();
    const refused = [
      () => create(s.helpdesk, s.input()),
      () => update(s.helpdesk, rooftop.id, s.input()),
      () => setStatus(s.helpdesk, rooftop.id, 'draft'),
      () => remove(s.helpdesk, rooftop.id),
      () => attach(s.helpdesk, rooftop.id, png()),
    ];
    for (const attempt of refused) await expect(attempt()).rejects.toThrow('You do not have permission to');
    expect(await s.snapshot()).toEqual(before);
  });

  it('gives per-field messages for bad input', () => {
    const fields = { title: 'A title', body: '', category: '', tags: '', status: 'draft', visibility: 'public', companyIds: '', language: 'en' };
    expect(parseForm({ ...fields, title: '   ' }).errors?.title).toEqual(['Enter a title.']);
    expect(parseForm({ ...fields, title: 'x'.repeat(201) }).errors?.title).toEqual(['Title must be at most 200 characters.']);
    expect(parseForm({ ...fields, body: 'x'.repeat(100_001) }).errors?.body).toEqual(['The body must be at most 100,000 characters.']);
    expect(parseForm({ ...fields, visibility: 'companies' }).errors?.companyIds).toEqual(['Choose at least one company.']);
    expect(parseForm({ ...fields, visibility: 'companies', companyIds: 'not-a-uuid' }).errors?.companyIds).toEqual(['Choose companies from the list.']);
    expect(parseForm({ ...fields, status: 'archived' }).errors?.status).toEqual(['Choose Draft or Published.']);
    expect(parseForm({ ...fields, language: 'de' }).errors?.language).toEqual(['Choose English or French.']);
    expect(parseForm({ ...fields, visibility: 'everyone' }).errors?.visibility).toEqual(['Choose who may see the article.']);
    expect(parseForm({ ...fields, title: 'Tab\u0007bell' }).errors?.title).toBeTruthy();
    expect(articleIdSchema.safeParse({ articleId: 'x' }).success).toBe(false);
    expect(parseForm({ ...fields, body: 'line one\n\tline two' }).data?.body).toBe('line one\n\tline two');
  });

  it('treats another tenant’s company id as one not in the list, and changes nothing', async () => {
    const s = await setup();
    const rooftop = await s.seeded('Rooftop unit maintenance schedule');
    const before = await s.snapshot();
    const other = s.input({ visibility: 'companies', companyIds: [s.coolAir.id, s.initech.id] });
    for (const attempt of [() => create(s.owner, other), () => update(s.owner, rooftop.id, other)]) {
      const error = await attempt().catch((e) => e);
      expect(error).toBeInstanceOf(ActionError);
      expect(error.fieldErrors).toEqual({ companyIds: ['Choose companies from the list.'] });
    }
    expect(await s.snapshot()).toEqual(before);
  });

  it('treats another tenant’s article as missing for every change and every read', async () => {
    const s = await setup();
    const rooftop = await s.seeded('Rooftop unit maintenance schedule');
    const before = await s.snapshot();
    // One at a time: each attempt starts only when the previous refusal has been seen.
    for (const attempt of [
      () => update(s.globexOwner, rooftop.id, s.input()),
      () => setStatus(s.globexOwner, rooftop.id, 'draft'),
      () => remove(s.globexOwner, rooftop.id),
      () => attach(s.globexOwner, rooftop.id, png()),
    ])
      await expect(attempt()).rejects.toThrow('That article was not found.');
    expect(await s.snapshot()).toEqual(before);
    expect(await getArticleForStaff({ tenantId: s.globex.id, articleId: rooftop.id })).toBeNull();
  });
});

describe('attachments', () => {
  it('stores images and files under the document rules, shows the Markdown that embeds them, and removes them', async () => {
    const s = await setup();
    const article = await create(s.owner, s.input());
    const doc = await attach(s.owner, article.id, png('Wiring diagram.png'));
    expect(doc).toMatchObject({ articleId: article.id, projectId: null, ticketId: null, shared: true, contentType: 'image/png', fileName: 'Wiring diagram.png', size: 64 });
    expect((await s.db.select().from(documentBlobs).where(eq(documentBlobs.documentId, doc.id))).length).toBe(1);
    expect(embedMarkdown(doc)).toBe(`![Wiring diagram.png](/files/${doc.id})`);
    expect(embedMarkdown({ ...doc, fileName: 'manual [v2].pdf', contentType: 'application/pdf' })).toBe(`[manual v2.pdf](/files/${doc.id})`);
    expect((await s.auditOf(doc.id)).map((r) => [r.action, r.details])).toEqual([['article.upload_attachment', { articleId: article.id, fileName: 'Wiring diagram.png', size: 64 }]]);

    const before = await s.snapshot();
    const refusal = (file: File) => attach(s.owner, article.id, file).catch((e: ActionError) => e.fieldErrors?.file);
    expect(await refusal(new File([], 'empty.png'))).toEqual(['Choose a file to upload.']);
    expect(await refusal(new File(['MZ'], 'setup.exe'))).toEqual([expect.stringContaining('Files of this type cannot be attached.')]);
    expect(await refusal(new File([new Uint8Array(MAX_FILE_BYTES + 1)], 'huge.pdf'))).toEqual(['Files can be at most 10 MB.']);
    expect(await s.snapshot()).toEqual(before);

    const project = (await s.db.select().from(documents).where(and(eq(documents.tenantId, s.acme.id)))).find((d) => d.projectId);
    if (project) await expect(detach(s.owner, article.id, project.id)).rejects.toThrow('That attachment was not found.');
    await detach(s.owner, article.id, doc.id);
    expect(await s.db.select().from(documents).where(eq(documents.id, doc.id))).toEqual([]);
  });

  it('lets a client download an attachment of an article they may read, and nothing else', async () => {
    const s = await setup();
    const fileOf = async (articleId: string) => (await attach(s.owner, articleId, png())).id;
    const coolAirOnly = await fileOf((await s.seeded('Rooftop unit maintenance schedule')).id);
    const loopOnly = await fileOf((await s.seeded('Guest Wi-Fi at The Loop')).id);
    const everyone = await fileOf((await s.seeded('Requesting a new user account')).id);
    const draft = await fileOf((await s.seeded('Connecting to the office VPN')).id);
    const nataliya = await s.viewer('nataliya@coolair.com');
    const franco = await s.viewer('franco@coolair.com');
    const irene = await s.viewer('info@abmapartments.com');
    const sasha = await s.viewer('sales@loop.org');
    const bill = await s.viewer('bill@initech.test', s.globex);

    expect(await canDownload(nataliya, coolAirOnly)).toBe(true);
    expect(await canDownload(franco, coolAirOnly)).toBe(true);
    expect(await canDownload(nataliya, everyone)).toBe(true);
    expect(await canDownload(sasha, everyone)).toBe(true);
    expect(await canDownload(sasha, loopOnly)).toBe(true);

    expect(await canDownload(nataliya, draft)).toBe(false);
    expect(await canDownload(nataliya, loopOnly)).toBe(false);
    expect(await canDownload(sasha, coolAirOnly)).toBe(false);
    expect(await canDownload(irene, everyone)).toBe(false);
    expect(await canDownload(irene, coolAirOnly)).toBe(false);
    expect(await canDownload(bill, everyone)).toBe(false);
    expect(await canDownload({ ...nataliya, permissions: nataliya.permissions.filter((p) => p !== 'knowledge_base.view') }, coolAirOnly)).toBe(false);

    await s.db.update(companies).set({ knowledgeBaseEnabled: false }).where(eq(companies.id, s.coolAir.id));
    expect(await canDownload(nataliya, coolAirOnly)).toBe(false);
    expect(await canDownload(nataliya, everyone)).toBe(false);
    await s.db.update(companies).set({ knowledgeBaseEnabled: true }).where(eq(companies.id, s.coolAir.id));

    const unpublish = staffOp(service.setArticleStatus, 'knowledge_base.edit', 'article.unpublish');
    await unpublish(s.owner, (await s.seeded('Rooftop unit maintenance schedule')).id, 'draft');
    expect(await canDownload(nataliya, coolAirOnly)).toBe(false);
    await setStatus(s.owner, (await s.seeded('Rooftop unit maintenance schedule')).id, 'published');
    expect(await canDownload(nataliya, coolAirOnly)).toBe(true);
  });
});
