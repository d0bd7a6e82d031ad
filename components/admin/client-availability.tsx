/** Staff-side marks of a client's availability: out of office (per contact) and scheduled off hours (per company). */

export function OutOfOfficeMark({ until }: { until: string | undefined }) {
  if (!until) return null;
  return <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-800">Out of office until {until}</span>;
}

export function OffHoursNowNotice() {
  return (
    <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-4 py-2 text-sm text-amber-900">
      Client is off hours now
    </p>
  );
}

export function CreatedOffHoursMark() {
  return <p className="text-sm font-medium text-amber-800">Created during the client&apos;s scheduled off hours</p>;
}
