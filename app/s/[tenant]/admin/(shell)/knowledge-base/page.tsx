import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { can, requireStaff } from '@/lib/auth/staff';
import { formatDate } from '@/lib/format';
import { getArticlesForStaff } from '@/lib/knowledge-base/queries';
import { ARTICLE_LANGUAGE_LABELS, ARTICLE_STATUS_LABELS } from '@/lib/knowledge-base/schemas';

export const metadata: Metadata = { title: 'Knowledge Base' };

const statusTone = { draft: 'bg-zinc-100 text-zinc-700', published: 'bg-green-50 text-green-800' } as const;

export default async function KnowledgeBasePage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const { tenant, user } = await requireStaff();
  const [articles, { deleted }] = await Promise.all([getArticlesForStaff({ tenantId: tenant.id }), searchParams]);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">Knowledge Base</h1>
          <p className="text-sm text-zinc-600">Articles for the client portal. Clients see published articles meant for them, when their company has the knowledge base on.</p>
        </div>
        {can(user, 'knowledge_base.edit') && (
          <Link href="/admin/knowledge-base/new" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
            New article
          </Link>
        )}
      </div>
      {deleted && <Alert tone="success">Article deleted.</Alert>}
      <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white shadow-sm">
        <table className="w-full text-sm" aria-label="Articles">
          <thead className="border-b border-zinc-200 bg-zinc-50 text-left text-zinc-700">
            <tr>
              {['Title', 'Category', 'Status', 'Visibility', 'Language', 'Updated', 'Author', 'Helpful'].map((h) => (
                <th key={h} scope="col" className="whitespace-nowrap px-3 py-2">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {articles.length === 0 && (
              <tr>
                <td colSpan={8} className="px-3 py-10 text-center text-zinc-500">
                  There are no articles yet.
                </td>
              </tr>
            )}
            {articles.map((a) => (
              <tr key={a.id} className="border-b border-zinc-100 align-top last:border-0">
                <td className="min-w-48 px-3 py-2">
                  <Link href={`/admin/knowledge-base/${a.id}`} className="font-medium text-brand-700 hover:underline">
                    {a.title}
                  </Link>
                </td>
                <td className="px-3 py-2">{a.category || '—'}</td>
                <td className="px-3 py-2">
                  <span className={`rounded px-2 py-0.5 text-xs font-medium ${statusTone[a.status]}`}>{ARTICLE_STATUS_LABELS[a.status]}</span>
                </td>
                <td className="min-w-32 px-3 py-2">{a.visibility === 'public' ? 'Public' : a.companies.join(', ')}</td>
                <td className="px-3 py-2">{ARTICLE_LANGUAGE_LABELS[a.language]}</td>
                <td className="whitespace-nowrap px-3 py-2">{formatDate(a.updatedAt, 'yyyy-MM-dd')}</td>
                <td className="px-3 py-2">{a.author ?? '—'}</td>
                <td className="whitespace-nowrap px-3 py-2" aria-label={`${a.helpful} Yes, ${a.notHelpful} No`}>
                  {a.helpful} Yes / {a.notHelpful} No
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
