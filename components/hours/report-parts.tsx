import type { TimeEntryRow } from '@/lib/hours/queries';

/** Formatting for the portal reports, in the contact's date and number formats. */
export type Formats = { dateFormat: string; numberFormat: string; locale: string };

export type EntryLabels = { title: string; empty: string; date: string; hours: string; description: string; ticketProject: string };

export function EntriesTable({ entries, labels, day, hours }: { entries: TimeEntryRow[]; labels: EntryLabels; day: (d: string) => string; hours: (h: string) => string }) {
  if (!entries.length) return <p className="text-sm text-zinc-500">{labels.empty}</p>;
  return (
    <table className="w-full text-sm" aria-label={labels.title}>
      <thead>
        <tr className="border-b border-zinc-200">
          <th className="px-2 py-1 text-left">{labels.date}</th>
          <th className="px-2 py-1 text-left">{labels.hours}</th>
          <th className="px-2 py-1 text-left">{labels.description}</th>
          <th className="px-2 py-1 text-left">{labels.ticketProject}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id} className="border-b border-zinc-100 align-top">
            <td className="px-2 py-1">{day(e.workedOn)}</td>
            <td className="px-2 py-1">{hours(e.hours)}</td>
            <td className="px-2 py-1">{e.description}</td>
            <td className="px-2 py-1">{ticketOrProject(e)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export const ticketOrProject = (e: Pick<TimeEntryRow, 'ticketNumber' | 'ticketTitle' | 'projectName'>) =>
  [e.ticketNumber ? `#${e.ticketNumber} ${e.ticketTitle ?? ''}`.trim() : null, e.projectName].filter(Boolean).join(' · ');
