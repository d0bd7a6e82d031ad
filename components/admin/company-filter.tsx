import { z } from 'zod';
import { CompanyPicker } from '@/components/admin/pickers';

/** Narrows a staff list to one company: a plain GET form, so the choice lives in the URL. */
export function CompanyFilter({
  selected,
  keep = {},
}: {
  /** the company the list shows now (looked up by the page from the URL's id), null for all */
  selected: { id: string; name: string } | null;
  /** the list's other state (sort, page size, filter) that choosing a company keeps */
  keep?: Record<string, string>;
}) {
  return (
    <form method="get" role="search" aria-label="Filter by company" className="flex flex-wrap items-end gap-2">
      <KeptFields keep={keep} />
      <div className="w-64">
        <CompanyPicker label="Company" name="company" initial={selected} hint="Empty for all companies." />
      </div>
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
