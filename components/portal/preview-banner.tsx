/** Shown on every portal page of a preview session; staff-facing, so in English. */
export function PreviewBanner({ name, company, staffName, endPreview }: { name: string; company: string; staffName: string; endPreview: () => Promise<void> }) {
  return (
    <div role="region" aria-label="Preview" className="bg-amber-400 text-amber-950">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-6 py-2 text-sm">
        <p>
          <strong>
            Previewing as {name} ({company})
          </strong>{' '}
          · read-only · started by {staffName}
        </p>
        <form action={endPreview}>
          <button type="submit" className="rounded-md bg-amber-950 px-3 py-1 font-medium text-amber-50 hover:bg-amber-900">
            End preview
          </button>
        </form>
      </div>
    </div>
  );
}
