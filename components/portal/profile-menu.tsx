'use client';
import { useHydrated } from '@/components/ui/use-hydrated';
import * as Menu from '@radix-ui/react-dropdown-menu';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRef, useState } from 'react';
import type { ActionState } from '@/lib/action-state';
import { Avatar } from './avatar';
import { PictureDialog } from './picture-dialog';

type Props = {
  name: string;
  level: string;
  avatarSrc: string | null;
  logOff: () => Promise<void>;
  uploadPicture: (state: ActionState, formData: FormData) => Promise<ActionState>;
};

const item = 'flex w-full cursor-pointer rounded px-3 py-2 text-left text-sm outline-none data-[highlighted]:bg-brand-50';

export function ProfileMenu({ name, level, avatarSrc, logOff, uploadPicture }: Props) {
  const hydrated = useHydrated();
  const t = useTranslations('common');
  const [picture, setPicture] = useState(false);
  const [pictureKey, setPictureKey] = useState(0);
  const logOffForm = useRef<HTMLFormElement>(null);
  return (
    <>
      <Menu.Root>
        <Menu.Trigger disabled={!hydrated} aria-label={t('profileMenu')} className="flex items-center gap-3 rounded-md px-2 py-1 hover:bg-zinc-100">
          <Avatar src={avatarSrc} name={name} />
          <span className="text-right text-sm leading-tight">
            <span className="block font-medium">{name}</span>
            <span className="block text-zinc-500">{level}</span>
          </span>
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
