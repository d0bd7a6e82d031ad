import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FeedbackForm } from '@/components/knowledge-base/feedback-form';
import { Markdown } from '@/components/knowledge-base/markdown';
import { requireClient } from '@/lib/auth/client';
import { formatDate } from '@/lib/format';
import { articleAttachments, findVisibleArticle, ownFeedback } from '@/lib/knowledge-base/portal';
import { viewerOf } from '@/lib/portal/access';
import { answerFeedbackAction } from '../actions';

export const metadata: Metadata = { title: 'Knowledge Base' };

const kilobytes = (size: number) => `${Math.max(1, Math.round(size / 1024))} KB`;

/** One article: 404 unless the viewer may read it (draft, another company's, knowledge base off: all 404). */
export default async function ArticlePage({ params }: { params: Promise<{ articleId: string }> }) {
  const { articleId } = await params;
  const client = await requireClient();
  const viewer = viewerOf(client);
  const article = await findVisibleArticle(viewer, articleId);
  if (!article) notFound();
  const [t, attachments, answer] = await Promise.all([getTranslations('knowledgeBase'), articleAttachments(viewer, article.id), ownFeedback(viewer, article.id)]);
  return (
    <article className="mx-auto max-w-3xl space-y-6">
      <Link href="/dashboards/knowledge-base" className="text-sm text-brand-700 hover:underline">
        ← {t('back')}
      </Link>
      <header className="space-y-1">
        <h1 lang={article.language} className="text-2xl font-semibold">
          {article.title}
        </h1>
        <p className="text-sm text-zinc-600">
          <Link href={`/dashboards/knowledge-base?${new URLSearchParams({ category: article.category })}`} className="hover:underline">
            <span className="sr-only">{t('category')}: </span>
            {article.category || t('general')}
          </Link>
          {' · '}
          {t('updated', { date: formatDate(article.updatedAt, client.contact.dateFormat) })}
        </p>
      </header>
      <div lang={article.language} className="rounded-lg border border-zinc-200 bg-white p-6 shadow-sm">
        <Markdown>{article.body}</Markdown>
      </div>
      {attachments.length > 0 && (
        <section aria-label={t('attachments')} className="rounded-lg border border-zinc-200 bg-white p-6 shadow-sm">
          <h2 className="mb-3 font-semibold">{t('attachments')}</h2>
          <ul className="space-y-1 text-sm">
            {attachments.map((file) => (
              <li key={file.id}>
                <a href={`/files/${file.id}`} className="text-brand-700 underline">
                  {file.fileName}
                </a>{' '}
                <span className="text-zinc-500">({kilobytes(file.size)})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="rounded-lg border border-zinc-200 bg-white p-6 shadow-sm">
        <FeedbackForm action={answerFeedbackAction} articleId={article.id} answer={answer} />
      </div>
    </article>
  );
}
