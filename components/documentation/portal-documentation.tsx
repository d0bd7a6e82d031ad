import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { revealDocumentationAction } from '@/app/s/[tenant]/(portal)/documentation/actions';
import type { Contact, Tenant } from '@/lib/db/schema';
import { daysUntil, expiresWithin, isoDay } from '@/lib/documentation/expiry';
import { listPortalDocumentation, MAX_QUERY, type PortalDocumentationRecord } from '@/lib/documentation/portal';
import { formatDate } from '@/lib/format';
import { may, type Viewer } from '@/lib/portal/access';
import { PortalReveal } from './portal-reveal';

const KINDS = [
  { kind: 'credential', title: 'credentials' },
  { kind: 'warranty', title: 'warranties' },
  { kind: 'license', title: 'licenses' },
] as const;

const HREF = '/dashboards/documentation';

/** Only web addresses become links; anything else (an IP, a host name) is shown as text. */
const webAddress = (value: string) => /^https?:\/\/[^\s]+$/i.test(value);

/**
 * The Documentation dashboard: what is shared with the viewer's company, by kind, with search. Secrets never reach
 * the page; Reveal (with "view passwords") asks for one at a time.
 */
export async function PortalDocumentation({ viewer, contact, companyName, tenant, query = '' }: { viewer: Viewer; contact: Contact; companyName: string; tenant: Tenant; query?: string }) {
  const t = await getTranslations('documentation');
  const term = query.trim().slice(0, MAX_QUERY);
  const records = await listPortalDocumentation(viewer, term);
  const total = records.credential.length + records.warranty.length + records.license.length;
  const mayReveal = may(viewer, 'documentation.passwords');
  const today = isoDay();
  const date = (value: string | null) => (value ? formatDate(new Date(`${value}T00:00:00Z`), contact.dateFormat) : null);

  const expiry = (endsOn: string | null) => {
    if (!endsOn) return null;
    const days = daysUntil(endsOn, today);
    if (days < 0) return <Badge tone="expired">{t('expired')}</Badge>;
    if (!expiresWithin(endsOn, today)) return null;
    return <Badge tone="soon">{days === 0 ? t('expiresToday') : t('expiresIn', { days })}</Badge>;
  };

  const secret = (record: PortalDocumentationRecord, kind: 'credential' | 'license') => {
    if (!record.hasSecret) return null;
    if (!mayReveal) return <span className="text-zinc-500">{t('secretHidden')}</span>;
    return <PortalReveal action={revealDocumentationAction} recordId={record.id} kind={kind} />;
  };

  const fields = (record: PortalDocumentationRecord): [string, ReactNode][] => {
    const ends = date(record.endsOn);
    const endsWithFlag = ends && (
      <span className="inline-flex flex-wrap items-center gap-2">
        {ends} {expiry(record.endsOn)}
      </span>
    );
    if (record.kind === 'credential') {
      return [
        [t('system'), record.system && (webAddress(record.system) ? <a href={record.system} target="_blank" rel="noopener noreferrer nofollow" className="break-all text-brand-700 hover:underline">{record.system}</a> : <span className="break-all">{record.system}</span>)],
        [t('username'), record.username && <span className="font-mono break-all">{record.username}</span>],
        [t('password'), secret(record, 'credential')],
      ];
    }
    if (record.kind === 'warranty') {
      return [
        [t('serialNumber'), record.serialNumber && <span className="font-mono">{record.serialNumber}</span>],
        [t('vendor'), record.vendor],
        [t('startsOn'), date(record.startsOn)],
        [t('endsOn'), endsWithFlag],
      ];
    }
    return [
      [t('licenseKey'), secret(record, 'license')],
      [t('seats'), record.seats === null ? null : String(record.seats)],
      [t('assignedTo'), record.assignedTo],
      [t('startsOn'), date(record.startsOn)],
      [t('expiresOn'), endsWithFlag],
    ];
  };

  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="text-sm text-zinc-600">{t('intro', { company: companyName, tenant: tenant.name })}</p>
      </div>
      <form role="search" action={HREF} className="flex flex-wrap items-center gap-2">
        <label htmlFor="documentation-search" className="sr-only">
          {t('searchLabel')}
        </label>
        <input
          id="documentation-search"
          type="search"
          name="q"
          defaultValue={term}
          maxLength={MAX_QUERY}
          placeholder={t('searchPlaceholder')}
          className="min-w-0 flex-1 rounded-md border border-zinc-300 px-3 py-2 text-sm sm:max-w-md"
        />
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
          {t('search')}
        </button>
        {term && (
          <Link href={HREF} className="px-2 py-2 text-sm text-brand-700 hover:underline">
            {t('clearSearch')}
          </Link>
        )}
      </form>
      {total === 0 ? (
        <p className="rounded-lg border border-dashed border-zinc-300 bg-white p-8 text-center text-zinc-600">
          {term ? t('noResults', { query: term }) : t('empty', { company: companyName, tenant: tenant.name })}
        </p>
      ) : (
        KINDS.map(({ kind, title }) => (
          <section key={kind} aria-labelledby={`documentation-${kind}`} className="space-y-3">
            <h2 id={`documentation-${kind}`} className="text-lg font-semibold">
              {t(title)} <span className="text-sm font-normal text-zinc-500">({records[kind].length})</span>
            </h2>
            {records[kind].length === 0 ? (
              <p className="text-sm text-zinc-500">{term ? t('noneMatching') : t(`none.${kind}`)}</p>
            ) : (
              <ul className="grid gap-3 lg:grid-cols-2">
                {records[kind].map((record) => (
                  <li key={record.id}>
                    <article aria-labelledby={`record-${record.id}`} className="h-full rounded-lg border border-zinc-200 bg-white p-4 shadow-sm">
                      <h3 id={`record-${record.id}`} className="mb-3 font-semibold break-words">
                        {record.name}
                      </h3>
                      <dl className="grid grid-cols-1 gap-x-6 gap-y-0.5 text-sm sm:grid-cols-[max-content_1fr] sm:gap-y-2">
                        {fields(record)
                          .filter(([, value]) => value !== null && value !== '' && value !== undefined)
                          .map(([label, value]) => (
                            <div key={label} className="contents">
                              <dt className="text-zinc-500">{label}</dt>
                              <dd className="mb-2 min-w-0 sm:mb-0">{value}</dd>
                            </div>
                          ))}
                      </dl>
                      {record.notes && <p className="mt-3 border-t border-zinc-100 pt-3 text-sm whitespace-pre-line text-zinc-700">{record.notes}</p>}
                    </article>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))
      )}
    </div>
  );
}

function Badge({ tone, children }: { tone: 'soon' | 'expired'; children: ReactNode }) {
  const colours = tone === 'soon' ? 'bg-amber-100 text-amber-900 ring-amber-300' : 'bg-red-100 text-red-800 ring-red-300';
  return <span className={`rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${colours}`}>{children}</span>;
}
