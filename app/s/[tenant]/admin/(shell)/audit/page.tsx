import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { EmptyRow, Pager, SortHeader } from '@/components/ui/list-controls';
import { getAuditLogPage } from '@/lib/admin/queries';
import { AUDIT_LIST_DEFAULTS, auditListSchema } from '@/lib/admin/schemas';
import { describeAuditAction } from '@/lib/audit-labels';
import { can, requireStaff } from '@/lib/auth/staff';

export const metadata: Metadata = { title: 'Audit log' };

const FILTERS = [
  { key: '', label: 'Everything' },
  { key: 'preview.', label: 'Previews' },
  { key: 'portal_user.', label: 'Portal users' },
  { key: 'client.', label: 'Client sign-ins and account' },
  { key: 'organization.', label: 'Organization settings' },
  { key: 'security_level.', label: 'Security levels' },
  { key: 'article.', label: 'Knowledge base' },
  { key: 'documentation.', label: 'Documentation' },
  { key: 'invoice.', label: 'Invoices' },
  { key: 'hours.', label: 'Hours' },
];

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { tenant, user } = await requireStaff();
  if (!can(user, 'organization_settings.edit')) {
    return <Alert>The audit log is for administrators: it needs the “organization settings” permission.</Alert>;
  }
  const search = await searchParams;
  const only = FILTERS.find((f) => f.key === search.only)?.key ?? '';
  const params = auditListSchema.parse(search);
  const { rows: entries, total } = await getAuditLogPage({ tenantId: tenant.id, params, prefix: only || undefined });
  const keep: Record<string, string> = only ? { only } : {};
  const list = { params, defaults: AUDIT_LIST_DEFAULTS, keep };
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Audit log</h1>
      <nav aria-label="Show" className="flex flex-wrap gap-1 text-sm">
        {FILTERS.map((f) => (
          <Link
            key={f.key}
            href={f.key ? `/admin/audit?only=${f.key}` : '/admin/audit'}
            aria-current={only === f.key ? 'page' : undefined}
            className={`rounded-full px-3 py-1 ${only === f.key ? 'bg-brand-600 text-white' : 'bg-white ring-1 ring-zinc-200 hover:bg-zinc-50'}`}
          >
            {f.label}
          </Link>
        ))}
      </nav>
      <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white shadow-sm">
        <table className="w-full text-sm" aria-label="Audit log">
          <thead className="border-b border-zinc-200 bg-zinc-50 text-left text-zinc-700">
            <tr>
              <SortHeader label="When (UTC)" sortKey="when" {...list} />
              <th scope="col" className="px-3 py-2">Who</th>
              <th scope="col" className="px-3 py-2">What</th>
              <th scope="col" className="px-3 py-2">Which</th>
              <th scope="col" className="px-3 py-2">From (address)</th>
            </tr>
          </thead>
          <tbody>
            {entries.length === 0 && <EmptyRow colSpan={5} total={total} filtered={Boolean(only)} noMatch="Nothing of this kind recorded yet." none="Nothing recorded yet." {...list} />}
            {entries.map((e) => (
              <tr key={e.id} className="border-b border-zinc-100 last:border-0">
                <td className="whitespace-nowrap px-3 py-2">{e.createdAt.toISOString().slice(0, 19).replace('T', ' ')}</td>
                <td className="px-3 py-2">
                  {e.actor ?? '—'} <span className="text-xs text-zinc-500">({e.actorType})</span>
                </td>
                <td className="px-3 py-2">
                  {describeAuditAction(e.action)}{' '}
                  <span className="block font-mono text-xs text-zinc-500">{e.action}</span>
                </td>
                <td className="px-3 py-2">{e.target ?? '—'}</td>
                <td className="whitespace-nowrap px-3 py-2 font-mono text-xs text-zinc-600">{e.ip ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <Pager total={total} rowCount={entries.length} {...list} />
      </div>
    </div>
  );
}
