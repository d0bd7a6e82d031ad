'use client';
import { useTranslations } from 'next-intl';
import { lazy, type ComponentProps } from 'react';
import { OnDemandMenu } from '@/components/ui/on-demand-menu';
import { Avatar } from './avatar';

const load = () => import('./profile-menu-radix');
const ProfileMenuRadix = lazy(load);

export const profileButtonClass = 'flex items-center gap-3 rounded-md px-2 py-1 hover:bg-zinc-100';

/** What the profile menu's button shows: picture, name and security level. */
export function ProfileButtonContent({ name, level, avatarSrc }: { name: string; level: string; avatarSrc: string | null }) {
  return (
    <>
      <Avatar src={avatarSrc} name={name} />
      <span className="text-right text-sm leading-tight">
        <span className="block font-medium">{name}</span>
        <span className="block text-zinc-500">{level}</span>
      </span>
    </>
  );
}

/** The profile button; its menu and the picture dialog load on first use. */
export function ProfileMenu(props: ComponentProps<typeof ProfileMenuRadix>) {
  const t = useTranslations('common');
  return (
    <OnDemandMenu label={t('profileMenu')} className={profileButtonClass} preload={load} menu={() => <ProfileMenuRadix {...props} />}>
      <ProfileButtonContent {...props} />
    </OnDemandMenu>
  );
}
