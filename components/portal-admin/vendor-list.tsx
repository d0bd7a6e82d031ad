import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Vendor } from '@/lib/db/schema';

export type VendorLabels = Record<'list' | 'supplies' | 'accountNumber' | 'supportPhone' | 'supportEmail' | 'notes', string>;

/** A company's vendors, each with what it supplies and how to reach its support; staff see it read-only. */
export function VendorList({
  vendors,
  labels,
  edit,
}: {
  vendors: Vendor[];
  labels: VendorLabels;
  edit?: { href: (id: string) => string; label: (name: string) => string; text: string };
}) {
  return (
    <ul aria-label={labels.list} className="divide-y divide-zinc-100">
      {vendors.map((v) => (
        <li key={v.id} aria-label={v.name} className="py-3 first:pt-0 last:pb-0">
          <div className="flex items-start justify-between gap-3">
            <h3 className="font-medium">{v.name}</h3>
            {edit && (
              <Link
                href={edit.href(v.id)}
                aria-label={edit.label(v.name)}
                className="shrink-0 rounded-md border border-zinc-300 px-3 py-1 text-sm font-medium hover:bg-zinc-50"
              >
                {edit.text}
              </Link>
            )}
          </div>
          <dl className="mt-1 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
            <Detail label={labels.supplies} value={v.supplies} />
            <Detail label={labels.accountNumber} value={v.accountNumber} />
            <Detail
              label={labels.supportPhone}
              value={
                v.supportPhone && (
                  <a href={`tel:${v.supportPhone}`} className="text-brand-700 hover:underline">
                    {v.supportPhone}
                  </a>
                )
              }
            />
            <Detail
              label={labels.supportEmail}
              value={
                v.supportEmail && (
                  <a href={`mailto:${v.supportEmail}`} className="break-all text-brand-700 hover:underline">
                    {v.supportEmail}
                  </a>
                )
              }
            />
            <Detail label={labels.notes} value={v.notes && <span className="whitespace-pre-wrap">{v.notes}</span>} />
          </dl>
        </li>
      ))}
    </ul>
  );
}

function Detail({ label, value }: { label: string; value: ReactNode }) {
  if (!value) return null;
  return (
    <>
      <dt className="text-zinc-500">{label}</dt>
      <dd className="text-zinc-800">{value}</dd>
    </>
  );
}
