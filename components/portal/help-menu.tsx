'use client';
import { useTranslations } from 'next-intl';
import { lazy, type ComponentProps } from 'react';
import { OnDemandMenu } from '@/components/ui/on-demand-menu';

const load = () => import('./help-menu-radix');
const HelpMenuRadix = lazy(load);

export const helpButtonClass = 'flex h-9 w-9 items-center justify-center rounded-full border border-zinc-300 text-sm font-semibold text-zinc-700 hover:bg-zinc-100';

/** The ? button; its menu, the help sidebar (knowledge base search, articles) and About load on first use. */
export function HelpMenu(props: ComponentProps<typeof HelpMenuRadix>) {
  const t = useTranslations();
  return (
    <OnDemandMenu label={t('common.help')} className={helpButtonClass} preload={load} menu={() => <HelpMenuRadix {...props} />}>
      ?
    </OnDemandMenu>
  );
}
