import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { expiringDocumentation } from '@/lib/documentation/admin';
import { EXPIRY_WINDOW_DAYS, daysUntil, expiresInWords, isoDay } from '@/lib/documentation/expiry';

/** On the company page: warranties and licenses ending within the next 60 days; nothing when none do. */
export async function ExpiringSoon({ tenantId, companyId }: { tenantId: string; companyId: string }) {
  const today = isoDay();
  const expiring = await expiringDocumentation({ tenantId, companyId });
  if (!expiring.length) return null;
  return (
    <Card title="Expiring soon">
      <p className="mb-3 text-sm text-zinc-600">Warranties and software licenses ending within the next {EXPIRY_WINDOW_DAYS} days.</p>
      <ul className="space-y-2 text-sm">
        {expiring.map((r) => (
          <li key={r.id} className="flex flex-wrap items-baseline justify-between gap-x-4">
            <Link href={`/admin/companies/${companyId}/documentation?kind=${r.kind}`} className="text-brand-700 hover:underline">
              {r.name}
            </Link>
            <span className="text-zinc-600">
              {r.kind === 'warranty' ? 'Warranty' : 'Software license'} · {r.endsOn} · <strong className="text-amber-800">{expiresInWords(daysUntil(r.endsOn!, today))}</strong>
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
