import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { requireTenant } from '@/lib/tenancy/tenant';

const docs = { license: ['licenseTitle', 'licenseText'], privacy: ['privacyTitle', 'privacyText'] } as const;

export default async function LegalPage({ params }: { params: Promise<{ doc: string }> }) {
  const tenant = await requireTenant();
  const { doc } = await params;
  if (!(doc in docs)) notFound();
  const [title, text] = docs[doc as keyof typeof docs];
  const t = await getTranslations('legal');
  return (
    <main className="mx-auto max-w-2xl space-y-4 p-8">
      <h1 className="text-2xl font-semibold">{t(title)}</h1>
      <p className="leading-relaxed text-zinc-700">{t(text, { tenant: tenant.name })}</p>
    </main>
  );
}
