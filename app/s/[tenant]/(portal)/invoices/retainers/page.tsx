import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { EntriesTable } from "@/components/hours/report-parts";
import { UsageChart } from "@/components/hours/usage-chart";
import { Card } from "@/components/ui/card";
import { requireClient } from "@/lib/auth/client";
import { formatDay, formatHoursIn, formatMonth } from "@/lib/hours/format";
import { getPortalHours } from "@/lib/hours/portal";
import { viewerOf } from "@/lib/portal/access";
import { formatAmount } from "@/lib/invoices/portal-status";
import { isMoneyRetainer } from "@/lib/hours/usage";
import { sum } from "@/lib/money";

export const metadata: Metadata = { title: "Retainers" };

/** Retainers report: each month's allowance, hours carried over, used and remaining, a chart, and the time entries (invoices.view, own company). */
export default async function RetainersReportPage() {
  const client = await requireClient();
  const report = await getPortalHours(viewerOf(client));
  if (!report) notFound();
  const [t, locale] = [await getTranslations("hours"), await getLocale()];
  const { dateFormat, numberFormat } = client.contact;
  const hours = (v: string) => formatHoursIn(v, numberFormat);
  const day = (d: string) => formatDay(d, dateFormat);
  const labels = {
    title: t("entries"),
    empty: t("noEntries"),
    date: t("date"),
    hours: t("hours"),
    description: t("description"),
    ticketProject: t("ticketProject"),
  };
  const th = "px-2 py-1 text-left";
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("retainersTitle")}</h1>
        {report.retainers.length > 0 && (
          <a
            href="/invoices/retainers/csv"
            download
            className="rounded-md px-3 py-1.5 text-sm font-medium text-brand-700 ring-1 ring-zinc-200 hover:bg-zinc-50"
          >
            {t("downloadCsv")}
          </a>
        )}
      </div>
      {report.retainers.length === 0 && (
        <Card>
          <p className="text-sm text-zinc-500">{t("noRetainers")}</p>
        </Card>
      )}
      {report.retainers.map((r) => {
        const money = isMoneyRetainer(r);
        const amount = (v: string) =>
          money ? formatAmount(v, r.currency, numberFormat) : hours(v);
        return (
          <Card key={r.id} title={r.name}>
            <p className="mb-3 text-sm text-zinc-600">
              {money
                ? t("retainerMoneyTerms", {
                    amount: amount(r.monthlyAmount!),
                    rate: amount(r.hourlyRate!),
                    start: day(r.startsOn),
                  })
                : t("retainerTerms", {
                    hours: hours(r.monthlyHours ?? "0"),
                    start: day(r.startsOn),
                  })}
              {r.endsOn && ` ${t("retainerEnds", { end: day(r.endsOn) })}`}{" "}
              {r.rollover ? t("rolloverOn") : t("rolloverOff")}
            </p>
            {/* On a phone the table scrolls inside the card; the page itself never scrolls sideways. */}
            <div className="mb-4 overflow-x-auto">
              <table
                className="w-full text-sm"
                aria-label={t("byMonth", { name: r.name })}
              >
                <thead>
                  <tr className="border-b border-zinc-200">
                    <th className={th}>{t("month")}</th>
                    <th className={th}>{t("allowance")}</th>
                    <th className={th}>{t("carriedOver")}</th>
                    {money && <th className={th}>{t("hoursWorked")}</th>}
                    <th className={th}>
                      {money ? t("amountUsed") : t("used")}
                    </th>
                    <th className={th}>
                      {money ? t("amountRemaining") : t("remaining")}
                    </th>
                    <th className={th}>
                      <span className="sr-only">{t("downloadPdf")}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {r.months.map((m) => (
                    <tr key={m.month} className="border-b border-zinc-100">
                      <td className="px-2 py-1">
                        {formatMonth(m.month, locale)}
                      </td>
                      <td className="px-2 py-1">{amount(m.allowance)}</td>
                      <td className="px-2 py-1">{amount(m.carriedOver)}</td>
                      {money && <td className="px-2 py-1">{hours(m.hours)}</td>}
                      <td className="px-2 py-1">{amount(m.used)}</td>
                      <td
                        className={`px-2 py-1 ${m.overrun ? "font-medium text-red-700" : ""}`}
                      >
                        {amount(m.remaining)}
                        {m.overrun && ` (${t("overrun")})`}
                      </td>
                      <td className="px-2 py-1">
                        <a
                          href={`/invoices/retainers/pdf?retainer=${r.id}&month=${m.month}`}
                          download
                          className="text-brand-700 hover:underline"
                          aria-label={t("monthPdf", {
                            month: formatMonth(m.month, locale),
                          })}
                        >
                          PDF
                        </a>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {r.months.length > 0 && (
              <UsageChart
                title={t(
                  money ? "retainerMoneyChartTitle" : "retainerChartTitle",
                  { name: r.name },
                )}
                summary={t("chartSummary", { months: r.months.length })}
                columns={{
                  label: t("month"),
                  used: money ? t("amountUsed") : t("used"),
                  available: money ? t("amountAvailable") : t("available"),
                }}
                rows={r.months.map((m) => {
                  const available = sum([m.allowance, m.carriedOver]);
                  return {
                    label: formatMonth(m.month, locale),
                    used: Number(m.used),
                    usedText: amount(m.used),
                    available: Number(available),
                    availableText: amount(available),
                  };
                })}
              />
            )}
            <h3 className="mt-4 mb-2 font-medium">{t("entries")}</h3>
            <EntriesTable
              entries={r.entries}
              labels={labels}
              day={day}
              hours={hours}
            />
          </Card>
        );
      })}
    </div>
  );
}
