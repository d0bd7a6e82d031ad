/** The look of a plain input, select or textarea inside a QuickForm. */
export const inputClass = 'block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm shadow-sm focus:outline-none focus:ring-2 focus:ring-brand-600';
