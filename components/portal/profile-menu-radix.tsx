'use client';
import * as Menu from '@radix-ui/react-dropdown-menu';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRef, useState } from 'react';
import type { ActionState } from '@/lib/action-state';
import { PictureDialog } from './picture-dialog';
import { profileButtonClass, ProfileButtonContent } from './profile-menu';

type Props = {
  name: string;
  level: string;
  avatarSrc: string | null;
  logOff: () => Promise<void>;
  uploadPicture: (state: ActionState, formData: FormData) => Promise<ActionState>;
};

const item = 'flex w-full cursor-pointer rounded px-3 py-2 text-left text-sm outline-none data-[highlighted]:bg-brand-50';

/** The profile menu; loaded by ProfileMenu on first use, open. */
export default function ProfileMenuRadix({ name, level, avatarSrc, logOff, uploadPicture }: Props) {
  const t = useTranslations('common');
  const [picture, setPicture] = useState(false);
  const [pictureKey, setPictureKey] = useState(0);
  const logOffForm = useRef<HTMLFormElement>(null);
  return (
    <>
      <Menu.Root defaultOpen>
        <Menu.Trigger aria-label={t('profileMenu')} className={profileButtonClass}>
          <ProfileButtonContent name={name} level={level} avatarSrc={avatarSrc} />
        </Menu.Trigger>
        <Menu.Portal>
          <Menu.Content align="end" sideOffset={6} className="z-30 min-w-56 rounded-md border border-zinc-200 bg-white p-1 shadow-lg">
            <Menu.Item
              className={item}
              onSelect={() => {
                setPictureKey((k) => k + 1);
                setPicture(true);
              }}
            >
              {t('updatePicture')}
            </Menu.Item>
            <Menu.Item asChild className={item}>
              <Link href="/settings">{t('settings')}</Link>
            </Menu.Item>
            <Menu.Item asChild className={item}>
              <Link href="/notifications">{t('myNotifications')}</Link>
            </Menu.Item>
            <Menu.Separator className="my-1 h-px bg-zinc-200" />
            <Menu.Item className={item} onSelect={() => logOffForm.current?.requestSubmit()}>
              {t('logOff')}
            </Menu.Item>
          </Menu.Content>
        </Menu.Portal>
      </Menu.Root>
      <form ref={logOffForm} action={logOff} hidden />
      <PictureDialog key={pictureKey} open={picture} onOpenChange={setPicture} action={uploadPicture} />
    </>
  );
}
