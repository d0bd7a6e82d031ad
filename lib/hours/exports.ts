import 'server-only';
import { toCsv } from '@/lib/csv';
import { hoursReportPdf } from '@/lib/pdf/report';
import { formatMoney, minus, sum } from '@/lib/money';
import { isMoneyRetainer } from './usage';
import { getClient } from '@/lib/auth/client';
import { viewerOf } from '@/lib/portal/access';
import { getPortalHours, type PortalHours } from './portal';
import { getCompanyHours, getHoursCompany, today, workerOf, type TimeEntryRow } from './queries';

/** The ticket or project an entry names, as one cell. */
const reference = (e: Pick<TimeEntryRow, 'ticketNumber' | 'ticketTitle' | 'projectName'>) =>
  [e.ticketNumber ? `#${e.ticketNumber} ${e.ticketTitle ?? ''}`.trim() : null, e.projectName].filter(Boolean).join(' · ');

/** Block Hours as CSV: one row per time entry, with its block and that block's bought/used/remaining. */
export function blockHoursCsv(report: PortalHours): string {
  const rows = report.blocks.flatMap((b) =>
    b.entries.map((e) => [
      b.name,
      b.summary.bought,
      b.summary.used,
      b.summary.remaining,
      b.summary.overrun ? 'yes' : 'no',
      e.workedOn,
      e.hours,
      e.description,
      reference(e),
    ]),
  );
  return toCsv(['Block', 'Hours bought', 'Hours used', 'Hours remaining', 'Overrun', 'Date', 'Hours', 'Description', 'Ticket / project'], rows);
}

/** Retainers as CSV: one row per retainer month (allowance, carried over, used, remaining). */
export function retainersCsv(report: PortalHours): string {
  const rows = report.retainers.flatMap((r) =>
    r.months.map((m) => [r.name, m.month, isMoneyRetainer(r) ? r.currency : 'hours', m.allowance, m.carriedOver, m.used, m.remaining, m.overrun ? 'yes' : 'no', m.hours]),
  );
  return toCsv(['Retainer', 'Month', 'Unit', 'Allowance', 'Carried over', 'Used', 'Remaining', 'Overrun', 'Hours worked'], rows);
}

type CompanyHours = Awaited<ReturnType<typeof getCompanyHours>>;

/** Staff's Block Hours list as CSV: one row per block, as the table shows it. */
export function hourBlocksCsv({ blocks }: Pick<CompanyHours, 'blocks'>): string {
  const rows = blocks.map((b) => [
    b.name,
    b.purchasedOn,
    b.expiresOn,
    b.summary.expired ? 'yes' : 'no',
    b.price,
    b.currency,
    b.summary.bought,
    b.summary.used,
    b.summary.remaining,
    b.summary.overrun ? 'yes' : 'no',
  ]);
  return toCsv(['Block', 'Purchased', 'Expires', 'Expired', 'Price', 'Currency', 'Hours bought', 'Hours used', 'Hours remaining', 'Overrun'], rows);
}

/** Staff's Time entries list as CSV: every entry of the company, with who did it and what it was drawn from. */
export function timeEntriesCsv({ blocks, retainers, entries }: CompanyHours): string {
  const names = new Map([...blocks, ...retainers].map((x) => [x.id, x.name]));
  const rows = entries.map((e) => [
    e.workedOn,
    e.hours,
    workerOf(e),
    reference(e),
    e.description,
    e.billable ? 'yes' : 'no',
    names.get(e.blockId ?? e.retainerId ?? '') ?? '',
  ]);
  return toCsv(['Date', 'Hours', 'Who', 'Ticket / project', 'Description', 'Billable', 'Drawn from'], rows);
}

/** A company's hours list as CSV for staff: `blocks`, `retainers` or `entries`; null for any other list name. */
export function staffHoursCsv(hours: CompanyHours, list: string | null): string | null {
  if (list === 'blocks') return hourBlocksCsv(hours);
  if (list === 'retainers') return retainersCsv(hours);
  if (list === 'entries') return timeEntriesCsv(hours);
  return null;
}

type Header = {
  tenant: { name: string; address: string };
  company: { name: string };
  asOf: string;
};

const pdfRows = (entries: TimeEntryRow[]) =>
  entries.map((e) => ({
    date: e.workedOn,
    hours: e.hours,
    description: e.description,
    reference: reference(e),
  }));

/** One block's report PDF, or null when the block is not in the report (someone else's: 404). */
export async function blockPdf(report: PortalHours, blockId: string, header: Header) {
  const b = report.blocks.find((x) => x.id === blockId);
  if (!b) return null;
  const details = [`Purchased ${b.purchasedOn}`, b.expiresOn ? `${b.summary.expired ? 'Expired' : 'Expires'} ${b.expiresOn}` : null].filter(
    (x): x is string => !!x,
  );
  return {
    name: `block-hours-${b.name}.pdf`,
    data: await hoursReportPdf({
      ...header,
      title: `Block hours: ${b.name}`,
      details,
      rows: pdfRows(b.entries),
      summary: b.summary,
    }),
  };
}

/** One retainer month's report PDF (the latest month unless `month` names another), or null when not in the report. */
export async function retainerPdf(report: PortalHours, retainerId: string, month: string | null, header: Header) {
  const r = report.retainers.find((x) => x.id === retainerId);
  const m = r?.months.find((x) => x.month === month) ?? (month ? undefined : r?.months.at(-1));
  if (!r || !m) return null;
  const available = sum([m.allowance, m.carriedOver]);
  const money = isMoneyRetainer(r);
  const unit = (v: string) => (money ? formatMoney(v, r.currency) : `${v} h`);
  const period = `from ${r.startsOn}${r.endsOn ? ` to ${r.endsOn}` : ''}`;
  const details = [
    money
      ? `${unit(m.allowance)} a month at ${formatMoney(r.hourlyRate!, r.currency)} per billable hour ${period}; unused money ${r.rollover ? 'rolls over' : 'does not roll over'}`
      : `${unit(m.allowance)} a month ${period}; unused hours ${r.rollover ? 'roll over' : 'do not roll over'}`,
    `Carried over from the previous month: ${unit(m.carriedOver)}`,
    ...(money ? [`Hours worked this month: ${m.hours} h`] : []),
  ];
  return {
    name: `retainer-${r.name}-${m.month}.pdf`,
    data: await hoursReportPdf({
      ...header,
      title: `Retainer: ${r.name}, ${m.month}`,
      details,
      rows: pdfRows(r.entries.filter((e) => e.workedOn.startsWith(m.month))),
      summary: {
        bought: available,
        used: m.used,
        remaining: minus(available, m.used),
      },
      currency: money ? r.currency : undefined,
    }),
  };
}

/** A PDF as a route handler's download: private, never cached, never sniffed. */
export function pdfResponse(fileName: string, data: Uint8Array): Response {
  const safe = fileName.replace(/[^\w.-]+/g, '_');
  return new Response(new Uint8Array(data), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="${safe}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}

/**
 * For the report downloads: the signed-in portal user's report and the PDF header, or null (no session, two-factor
 * set-up pending, or a level without invoices.view): the route answers 404.
 */
export async function portalDownload() {
  const client = await getClient();
  if (!client || client.twoFactorPending) return null;
  const viewer = viewerOf(client);
  const asOf = today();
  const report = await getPortalHours(viewer, asOf);
  const company =
    report &&
    (await getHoursCompany({
      tenantId: viewer.tenantId,
      companyId: viewer.companyId,
    }));
  if (!report || !company) return null;
  return {
    report,
    header: {
      tenant: { name: client.tenant.name, address: client.tenant.address },
      company: { name: company.name },
      asOf,
    },
  };
}

export const notFoundResponse = () =>
  new Response('Not found', {
    status: 404,
    headers: {
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
