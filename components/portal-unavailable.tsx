import { getTranslations } from 'next-intl/server';

export async function PortalUnavailable({ tenantName }: { tenantName: string }) {
  const t = await getTranslations('unavailable');
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-3 p-8 text-center">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="text-zinc-600">{t('text', { tenant: tenantName })}</p>
    </main>
  );
}
