import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { EntriesTable } from '@/components/hours/report-parts';
import { UsageChart } from '@/components/hours/usage-chart';
import { Card } from '@/components/ui/card';
import { requireClient } from '@/lib/auth/client';
import { formatDay, formatHoursIn, formatMonth } from '@/lib/hours/format';
import { getPortalHours } from '@/lib/hours/portal';
import { usageByMonth } from '@/lib/hours/usage';
import { viewerOf } from '@/lib/portal/access';

export const metadata: Metadata = { title: 'Block Hours' };

/** Block Hours report: each block's hours bought, used and remaining, usage per month and the time entries (invoices.view, own company). */
export default async function BlockHoursReportPage() {
  const client = await requireClient();
  const report = await getPortalHours(viewerOf(client));
  if (!report) notFound();
  const [t, locale] = [await getTranslations('hours'), await getLocale()];
  const { dateFormat, numberFormat } = client.contact;
  const hours = (v: string) => formatHoursIn(v, numberFormat);
  const day = (d: string) => formatDay(d, dateFormat);
  const entries = report.entries.filter((e) => e.blockId);
  const perMonth = usageByMonth(entries);
  const labels = {
    title: t('entries'),
    empty: t('noEntries'),
    date: t('date'),
    hours: t('hours'),
    description: t('description'),
    ticketProject: t('ticketProject'),
  };
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t('blockHoursTitle')}</h1>
        {report.blocks.length > 0 && (
          <a
            href="/invoices/block-hours/csv"
            download
            className="rounded-md px-3 py-1.5 text-sm font-medium text-brand-700 ring-1 ring-zinc-200 hover:bg-zinc-50"
          >
            {t('downloadCsv')}
          </a>
        )}
      </div>
      {report.blocks.length === 0 ? (
        <Card>
          <p className="text-sm text-zinc-500">{t('noBlocks')}</p>
        </Card>
      ) : (
        report.blocks.map((b) => (
          <Card key={b.id} title={b.name}>
            <dl className="mb-4 grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
              <div>
                <dt className="text-zinc-500">{t('bought')}</dt>
                <dd className="text-lg font-semibold">{hours(b.summary.bought)}</dd>
              </div>
              <div>
                <dt className="text-zinc-500">{t('used')}</dt>
                <dd className="text-lg font-semibold">{hours(b.summary.used)}</dd>
              </div>
              <div>
                <dt className="text-zinc-500">{t('remaining')}</dt>
                <dd className={`text-lg font-semibold ${b.summary.overrun ? 'text-red-700' : ''}`}>
                  {hours(b.summary.remaining)}
                  {b.summary.overrun && <span className="ml-1 text-sm">({t('overrun')})</span>}
                </dd>
              </div>
              <div>
                <dt className="text-zinc-500">{t('purchased')}</dt>
                <dd>
                  {day(b.purchasedOn)}
                  {b.expiresOn && (
                    <span className="block text-xs text-zinc-500">
                      {b.summary.expired ? t('expiredOn', { date: day(b.expiresOn) }) : t('expiresOn', { date: day(b.expiresOn) })}
                    </span>
                  )}
                </dd>
              </div>
            </dl>
            <p className="mb-3">
              <a
                href={`/invoices/block-hours/pdf?block=${b.id}`}
                download
                className="rounded-md px-3 py-1.5 text-sm font-medium text-brand-700 ring-1 ring-zinc-200 hover:bg-zinc-50"
              >
                {t('downloadPdf')}
              </a>
            </p>
            <h3 className="mb-2 font-medium">{t('entries')}</h3>
            <EntriesTable entries={b.entries} labels={labels} day={day} hours={hours} />
          </Card>
        ))
      )}
      {perMonth.length > 0 && (
        <Card title={t('usageOverTime')}>
          <UsageChart
            title={t('blockChartTitle')}
            summary={t('chartSummary', { months: perMonth.length })}
            columns={{ label: t('month'), used: t('used') }}
            rows={perMonth.map((m) => ({
              label: formatMonth(m.month, locale),
              used: Number(m.used),
              usedText: hours(m.used),
            }))}
          />
        </Card>
      )}
    </div>
  );
}
