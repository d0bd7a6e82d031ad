import { z } from 'zod';
import { ARTICLE_LANGUAGES, ARTICLE_STATUSES, ARTICLE_VISIBILITIES, type ArticleLanguage, type ArticleStatus, type ArticleVisibility } from '@/lib/db/schema';
import { text } from '@/lib/forms';

export const ARTICLE_STATUS_LABELS: Record<ArticleStatus, string> = { draft: 'Draft', published: 'Published' };
export const ARTICLE_VISIBILITY_LABELS: Record<ArticleVisibility, string> = { public: 'Public', companies: 'Specific companies' };
export const ARTICLE_LANGUAGE_LABELS: Record<ArticleLanguage, string> = { en: 'English', fr: 'French' };

export const MAX_BODY_LENGTH = 100_000;

/** Tags as typed, tidied: split at commas, trimmed, duplicates (in any case) dropped, joined with ", ". */
const tags = text()
  .max(500, 'Tags must be at most 500 characters.')
  .default('')
  .transform((s) => {
    const seen = new Set<string>();
    return s
      .split(',')
      .map((t) => t.trim())
      .filter((t) => t && !seen.has(t.toLowerCase()) && seen.add(t.toLowerCase()))
      .join(', ');
  });

/** The ticked companies as one comma-separated field (FormData keeps one value per name). */
const companyIds = z
  .string()
  .default('')
  .transform((s) => [...new Set(s.split(',').filter(Boolean))])
  .pipe(z.array(z.uuid('Choose companies from the list.')).max(5000));

/** New article and Edit article: the same fields, the article's id only when editing. */
export const articleSchema = z
  .object({
    articleId: z.union([z.uuid(), z.literal('')]).optional(),
    title: text().min(1, 'Enter a title.').max(200, 'Title must be at most 200 characters.'),
    body: text({ multiline: true }).max(MAX_BODY_LENGTH, 'The body must be at most 100,000 characters.').default(''),
    category: text().max(100, 'Category must be at most 100 characters.').default(''),
    tags,
    status: z.enum(ARTICLE_STATUSES, 'Choose Draft or Published.'),
    visibility: z.enum(ARTICLE_VISIBILITIES, 'Choose who may see the article.'),
    companyIds,
    language: z.enum(ARTICLE_LANGUAGES, 'Choose English or French.'),
  })
  .refine((a) => a.visibility !== 'companies' || a.companyIds.length > 0, { path: ['companyIds'], message: 'Choose at least one company.' });
export type ArticleInput = z.output<typeof articleSchema>;

/** Publish, Unpublish, Delete: just the article. */
export const articleIdSchema = z.object({ articleId: z.uuid('That article was not found.') });

export const attachmentSchema = z.object({
  articleId: z.uuid('That article was not found.'),
  file: z.instanceof(File, { message: 'Choose a file to upload.' }),
});

export const removeAttachmentSchema = z.object({ articleId: z.uuid('That article was not found.'), documentId: z.uuid('That attachment was not found.') });

/** The Markdown that shows an attached image in the body (any attachment: a link to it). */
export function embedMarkdown(doc: { id: string; fileName: string; contentType: string }) {
  const name = doc.fileName.replace(/[[\]\\]/g, '');
  return doc.contentType.startsWith('image/') ? `![${name}](/files/${doc.id})` : `[${name}](/files/${doc.id})`;
}

/** "Was this helpful?": the article and the button pressed. */
export const feedbackSchema = z.object({
  articleId: z.uuid('That article was not found.'),
  helpful: z.enum(['yes', 'no'], 'Choose Yes or No.').transform((v) => v === 'yes'),
});
export type FeedbackInput = z.infer<typeof feedbackSchema>;
