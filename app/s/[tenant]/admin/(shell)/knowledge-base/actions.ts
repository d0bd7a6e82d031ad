'use server';
import { staffAction } from '@/lib/actions';
import { articleIdSchema, articleSchema, attachmentSchema, removeAttachmentSchema } from '@/lib/knowledge-base/schemas';
import {
  createArticle,
  deleteArticle,
  removeArticleAttachment,
  setArticleStatus,
  updateArticle,
  uploadArticleAttachment,
} from '@/lib/knowledge-base/service';
import { NotFoundError } from '@/lib/errors';

const edit = 'knowledge_base.edit' as const;

export const createArticleAction = staffAction({ schema: articleSchema, permission: edit, audit: 'article.create' }, async (data, w) => {
  const article = await createArticle(w, data);
  return { redirectTo: `/admin/knowledge-base/${article.id}?created=1` };
});

export const updateArticleAction = staffAction({ schema: articleSchema, permission: edit, audit: 'article.update' }, async ({ articleId, ...data }, w) => {
  if (!articleId) throw new NotFoundError('article');
  const article = await updateArticle(w, articleId, { articleId, ...data });
  return { success: `Article saved${article.status === 'published' ? ' and published' : ' as a draft'}.` };
});

export const publishArticleAction = staffAction({ schema: articleIdSchema, permission: edit, audit: 'article.publish' }, async ({ articleId }, w) => {
  await setArticleStatus(w, articleId, 'published');
  return { success: 'Article published: clients it is for can read it now.' };
});

export const unpublishArticleAction = staffAction({ schema: articleIdSchema, permission: edit, audit: 'article.unpublish' }, async ({ articleId }, w) => {
  await setArticleStatus(w, articleId, 'draft');
  return { success: 'Article unpublished: it is a draft again, hidden from clients.' };
});

export const deleteArticleAction = staffAction({ schema: articleIdSchema, permission: edit, audit: 'article.delete' }, async ({ articleId }, w) => {
  await deleteArticle(w, articleId);
  return { redirectTo: '/admin/knowledge-base?deleted=1' };
});

export const uploadAttachmentAction = staffAction({ schema: attachmentSchema, permission: edit, audit: 'article.upload_attachment' }, async ({ articleId, file }, w) => {
  const doc = await uploadArticleAttachment(w, articleId, file);
  return { success: `${doc.fileName} attached.` };
});

export const removeAttachmentAction = staffAction({ schema: removeAttachmentSchema, permission: edit, audit: 'article.remove_attachment' }, async ({ articleId, documentId }, w) => {
  await removeArticleAttachment(w, articleId, documentId);
  return { success: 'Attachment removed.' };
});
