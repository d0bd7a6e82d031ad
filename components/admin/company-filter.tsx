import { z } from 'zod';
import { NamedOptions } from '@/components/forms/field';
import { inputClass } from '@/components/forms/styles';

/** Narrows a staff list to one company: a plain GET form, so the choice lives in the URL and works without scripts. */
export function CompanyFilter({
  companies,
  selected,
  keep = {},
}: {
  companies: { id: string; name: string }[];
  selected: string | undefined;
  /** the list's other state (sort, page size, filter) that choosing a company keeps */
  keep?: Record<string, string>;
}) {
  return (
    <form method="get" role="search" aria-label="Filter by company" className="flex flex-wrap items-end gap-2">
      <KeptFields keep={keep} />
      <label className="block space-y-1 text-sm">
        <span className="font-medium text-zinc-800">Company</span>
        <select name="company" defaultValue={selected ?? ''} className={inputClass}>
          <NamedOptions items={companies} empty="All companies" />
        </select>
      </label>
      <button type="submit" className="rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm font-medium hover:bg-zinc-50">
        Show
      </button>
    </form>
  );
}

/** Hidden fields carrying a list's other URL state through a GET filter form. */
export function KeptFields({ keep }: { keep: Record<string, string> }) {
  return Object.entries(keep).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);
}

/** The `company` search parameter when it is a well-formed id (anything else shows every company). */
export function companyParam(value: string | string[] | undefined) {
  return z.uuid().safeParse(value).data;
}
