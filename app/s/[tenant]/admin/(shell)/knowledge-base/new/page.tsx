import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArticleForm } from '@/components/knowledge-base/article-form';
import { Card } from '@/components/ui/card';
import { can, requireStaff } from '@/lib/auth/staff';
import { getArticleCategories } from '@/lib/knowledge-base/queries';
import { createArticleAction } from '../actions';

export const metadata: Metadata = { title: 'New article' };

export default async function NewArticlePage() {
  const { tenant, user } = await requireStaff();
  if (!can(user, 'knowledge_base.edit')) notFound();
  const categories = await getArticleCategories({ tenantId: tenant.id });
  return (
    <div className="max-w-4xl space-y-4">
      <Link href="/admin/knowledge-base" className="text-sm text-brand-700 hover:underline">
        ← Knowledge Base
      </Link>
      <h1 className="text-2xl font-semibold">New article</h1>
      <Card>
        <ArticleForm
          action={createArticleAction}
          chosenCompanies={[]}
          categories={categories}
          defaults={{ title: '', body: '', category: '', tags: '', status: 'draft', visibility: 'public', companyIds: '', language: 'en' }}
        />
      </Card>
      <p className="text-sm text-zinc-500">Images and files can be attached once the article is created.</p>
    </div>
  );
}
