import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { ListLabels } from '@/components/ui/list-controls';

/** The list controls' words in the viewer's language, with the list's own filter hint. */
export async function portalListLabels(filterPlaceholder: string): Promise<ListLabels & { beyondEnd: string }> {
  const t = await getTranslations('common.list');
  return {
    filter: t('filter'),
    filterPlaceholder,
    clearFilter: t('clearFilter'),
    itemsPerPage: t('itemsPerPage'),
    range: t.raw('range') as string,
    pages: t('pages'),
    firstPage: t('firstPage'),
    previousPage: t('previousPage'),
    nextPage: t('nextPage'),
    lastPage: t('lastPage'),
    beyondEnd: t('beyondEnd'),
  };
}

/** A table that becomes a stack of cards below the `sm` width, so a phone never scrolls sideways. */
export const cardTable = {
  frame: 'rounded-lg border border-zinc-200 bg-white',
  table: 'block w-full text-sm sm:table',
  head: 'block border-b border-zinc-200 bg-zinc-50 text-left text-zinc-700 sm:table-header-group',
  headRow: 'flex flex-wrap sm:table-row',
  plainHead: 'hidden px-3 py-2 text-left font-semibold sm:table-cell',
  body: 'block sm:table-row-group',
  row: 'flex flex-wrap gap-x-3 gap-y-1 border-b border-zinc-100 px-3 py-2 last:border-0 sm:table-row sm:p-0',
  cell: 'block min-w-0 break-words sm:table-cell sm:px-3 sm:py-2',
  lead: '-order-1 block w-full min-w-0 break-words font-medium sm:table-cell sm:w-auto sm:px-3 sm:py-2 sm:order-none sm:font-normal',
};
