import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { ViewOnlyNotice } from '@/components/admin/view-only-notice';
import { DocumentationList } from '@/components/documentation/documentation-list';
import { Card } from '@/components/ui/card';
import { can, editRights, requireStaff } from '@/lib/auth/staff';
import { DOCUMENTATION_KINDS, type DocumentationKind } from '@/lib/db/schema';
import { getDocumentationCompany, listDocumentation } from '@/lib/documentation/admin';
import { isoDay } from '@/lib/documentation/expiry';
import { KIND_LABELS } from '@/lib/documentation/schemas';
import {
  createDocumentationAction,
  deleteDocumentationAction,
  revealDocumentationAction,
  setDocumentationSharedAction,
  updateDocumentationAction,
} from './actions';

export const metadata: Metadata = { title: 'Documentation' };

/** A company's Documentation tab: Credentials, Warranties and Software Licenses, for staff who may view documentation. */
export default async function DocumentationPage({ params, searchParams }: { params: Promise<{ companyId: string }>; searchParams: Promise<{ kind?: string }> }) {
  const { tenant, user } = await requireStaff();
  if (!can(user, 'documentation.view')) notFound();
  const { companyId } = await params;
  if (!z.uuid().safeParse(companyId).success) notFound();
  const requested = (await searchParams).kind;
  const kind: DocumentationKind = DOCUMENTATION_KINDS.find((k) => k === requested) ?? 'credential';
  const [company, records] = await Promise.all([getDocumentationCompany({ tenantId: tenant.id, companyId }), listDocumentation({ tenantId: tenant.id, companyId })]);
  if (!company) notFound();
  const edit = editRights(user, 'documentation.edit');
  const counts = Object.fromEntries(DOCUMENTATION_KINDS.map((k) => [k, records.filter((r) => r.kind === k).length]));
  return (
    <div className="max-w-4xl space-y-4">
      <Link href={`/admin/companies/${company.id}`} className="text-sm text-brand-700 hover:underline">
        ← {company.name}
      </Link>
      <h1 className="text-2xl font-semibold">Documentation</h1>
      <p className="text-sm text-zinc-600">
        What {company.name} has on file with you. Passwords and license keys are encrypted; only Reveal shows one, and every reveal is recorded in the audit
        log.
      </p>
      {!edit.allowed && <ViewOnlyNotice permission="documentation.edit" />}
      <nav aria-label="Kinds of documentation" className="flex flex-wrap gap-1 text-sm">
        {DOCUMENTATION_KINDS.map((k) => (
          <Link
            key={k}
            href={`/admin/companies/${company.id}/documentation?kind=${k}`}
            aria-current={k === kind ? 'page' : undefined}
            className={`rounded-full px-3 py-1 ${k === kind ? 'bg-brand-600 text-white' : 'bg-white ring-1 ring-zinc-200 hover:bg-zinc-50'}`}
          >
            {KIND_LABELS[k]} <span className={k === kind ? 'text-white/80' : 'text-zinc-500'}>({counts[k]})</span>
          </Link>
        ))}
      </nav>
      <Card title={KIND_LABELS[kind]}>
        <DocumentationList
          key={kind}
          kind={kind}
          companyId={company.id}
          records={records.filter((r) => r.kind === kind)}
          today={isoDay()}
          actions={{
            create: edit.only(createDocumentationAction),
            update: edit.only(updateDocumentationAction),
            remove: edit.only(deleteDocumentationAction),
            setShared: edit.only(setDocumentationSharedAction),
            reveal: can(user, 'documentation.reveal') ? revealDocumentationAction : undefined,
          }}
        />
      </Card>
    </div>
  );
}
