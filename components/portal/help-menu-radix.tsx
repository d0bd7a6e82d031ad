'use client';
import * as Menu from '@radix-ui/react-dropdown-menu';
import * as Sheet from '@radix-ui/react-dialog';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useState } from 'react';
import { HelpSearch } from '@/components/knowledge-base/help-search';
import { Dialog } from '@/components/ui/dialog';
import { helpButtonClass } from './help-menu';

const item = 'flex w-full cursor-pointer rounded px-3 py-2 text-left text-sm outline-none data-[highlighted]:bg-brand-50';

/**
 * The ? button: Help opens a sidebar that searches the knowledge base (only the articles this user may read) and
 * opens articles in place; About shows release and build. Loaded by HelpMenu on first use, open.
 */
export default function HelpMenuRadix({
  tenantName,
  release,
  build,
  knowledgeBase,
  mayCreateTickets,
}: {
  tenantName: string;
  release: string;
  build: string;
  knowledgeBase: boolean;
  mayCreateTickets: boolean;
}) {
  const t = useTranslations();
  const [sidebar, setSidebar] = useState(false);
  const [about, setAbout] = useState(false);
  return (
    <>
      <Menu.Root defaultOpen>
        <Menu.Trigger aria-label={t('common.help')} className={helpButtonClass}>
          ?
        </Menu.Trigger>
        <Menu.Portal>
          <Menu.Content align="end" sideOffset={6} className="z-30 min-w-40 rounded-md border border-zinc-200 bg-white p-1 shadow-lg">
            <Menu.Item className={item} onSelect={() => setSidebar(true)}>
              {t('common.help')}
            </Menu.Item>
            <Menu.Item className={item} onSelect={() => setAbout(true)}>
              {t('common.about')}
            </Menu.Item>
          </Menu.Content>
        </Menu.Portal>
      </Menu.Root>

      <Sheet.Root open={sidebar} onOpenChange={setSidebar}>
        <Sheet.Portal>
          <Sheet.Overlay className="fixed inset-0 z-40 bg-zinc-900/20" />
          <Sheet.Content className="fixed inset-y-0 right-0 z-50 w-[28rem] max-w-full space-y-4 overflow-y-auto bg-white p-6 shadow-xl">
            <div className="flex items-center justify-between">
              <Sheet.Title className="text-lg font-semibold">{t('help.title')}</Sheet.Title>
              <Sheet.Close aria-label={t('help.close')} className="rounded px-2 py-1 text-zinc-500 hover:bg-zinc-100">
                ✕
              </Sheet.Close>
            </div>
            <Sheet.Description className="sr-only">{t('help.search')}</Sheet.Description>
            {knowledgeBase ? (
              <HelpSearch mayCreateTickets={mayCreateTickets} onNavigate={() => setSidebar(false)} />
            ) : (
              <p className="rounded-md border border-dashed border-zinc-300 p-4 text-sm text-zinc-600">{t('help.unavailable', { tenant: tenantName })}</p>
            )}
          </Sheet.Content>
        </Sheet.Portal>
      </Sheet.Root>

      <Dialog open={about} onOpenChange={setAbout} title={t('about.title')}>
        <div className="space-y-2 text-sm">
          <p className="font-semibold">{t('about.product')}</p>
          <p>{t('about.release', { version: release })}</p>
          <p>{t('about.build', { build })}</p>
          <p className="text-zinc-600">{t('about.copyright', { year: new Date().getFullYear(), tenant: tenantName })}</p>
          <p className="flex gap-4 pt-2">
            <Link href="/legal/license" className="text-brand-700 underline">
              {t('about.license')}
            </Link>
            <Link href="/legal/privacy" className="text-brand-700 underline">
              {t('about.privacy')}
            </Link>
          </p>
        </div>
      </Dialog>
    </>
  );
}
