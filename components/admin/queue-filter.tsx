import { NamedOptions } from '@/components/forms/field';
import { inputClass } from '@/components/forms/styles';
import { KeptFields } from './company-filter';

/** Narrows the staff ticket list to one queue (of the company chosen, if any): a GET form, so the choice lives in the URL. */
export function QueueFilter({
  queues,
  selected,
  companyId,
  keep = {},
}: {
  queues: { id: string; name: string }[];
  selected: string | undefined;
  companyId: string | undefined;
  keep?: Record<string, string>;
}) {
  return (
    <form method="get" role="search" aria-label="Filter by queue" className="flex flex-wrap items-end gap-2">
      {companyId && <input type="hidden" name="company" value={companyId} />}
      <KeptFields keep={keep} />
      <label className="block space-y-1 text-sm">
        <span className="font-medium text-zinc-800">Queue</span>
        <select name="queue" defaultValue={selected ?? ''} className={inputClass}>
          <NamedOptions items={queues} empty="All queues" />
        </select>
      </label>
      <button type="submit" className="rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm font-medium hover:bg-zinc-50">
        Show
      </button>
    </form>
  );
}
