import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { EditableWhen, ViewOnlyNotice } from '@/components/admin/view-only-notice';
import { ArticleActions } from '@/components/knowledge-base/article-actions';
import { ArticleForm } from '@/components/knowledge-base/article-form';
import { ArticleHeader } from '@/components/knowledge-base/article-header';
import { ArticleAttachmentsCard } from '@/components/knowledge-base/attachments-card';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { editRights, requireStaff } from '@/lib/auth/staff';
import { getArticleCategories, getArticleForStaff } from '@/lib/knowledge-base/queries';
import {
  deleteArticleAction,
  publishArticleAction,
  removeAttachmentAction,
  unpublishArticleAction,
  updateArticleAction,
  uploadAttachmentAction,
} from '../actions';

export const metadata: Metadata = { title: 'Article' };

type Props = { params: Promise<{ articleId: string }>; searchParams: Promise<{ created?: string }> };

export default async function ArticlePage({ params, searchParams }: Props) {
  const { tenant, user } = await requireStaff();
  const { allowed: canEdit, only: editing } = editRights(user, 'knowledge_base.edit');
  const { articleId } = await params;
  if (!z.uuid().safeParse(articleId).success) notFound();
  const [data, categories, { created }] = await Promise.all([
    getArticleForStaff({ tenantId: tenant.id, articleId }),
    getArticleCategories({ tenantId: tenant.id }),
    searchParams,
  ]);
  if (!data) notFound();
  const { article } = data;
  return (
    <div className="max-w-4xl space-y-6">
      <ArticleHeader article={article} author={data.author} helpful={data.helpful} notHelpful={data.notHelpful} companies={data.companies} current="edit" />
      {!canEdit && <ViewOnlyNotice permission="knowledge_base.edit" />}
      {created && <Alert tone="success">Article created{article.status === 'draft' ? ' as a draft' : ' and published'}.</Alert>}
      {canEdit && (
        <ArticleActions
          articleId={article.id}
          title={article.title}
          published={article.status === 'published'}
          publish={publishArticleAction}
          unpublish={unpublishArticleAction}
          remove={deleteArticleAction}
        />
      )}
      <Card title="Article">
        <EditableWhen allowed={canEdit}>
          <ArticleForm
            action={updateArticleAction}
            chosenCompanies={data.chosenCompanies}
            categories={categories}
            defaults={{
              articleId: article.id,
              title: article.title,
              body: article.body,
              category: article.category,
              tags: article.tags,
              status: article.status,
              visibility: article.visibility,
              companyIds: data.chosenCompanies.map((c) => c.id).join(','),
              language: article.language,
            }}
          />
        </EditableWhen>
      </Card>
      <ArticleAttachmentsCard articleId={article.id} attachments={data.attachments} upload={editing(uploadAttachmentAction)} remove={editing(removeAttachmentAction)} />
    </div>
  );
}
