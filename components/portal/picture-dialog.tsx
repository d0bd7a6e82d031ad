'use client';
import { useLocale, useTranslations } from 'next-intl';
import { translateError } from '@/lib/i18n/errors';
import { useActionState } from 'react';
import { FileInput } from '@/components/forms/file-input';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import type { ActionState } from '@/lib/action-state';

export function PictureDialog({ open, onOpenChange, action }: { open: boolean; onOpenChange: (open: boolean) => void; action: (s: ActionState, f: FormData) => Promise<ActionState> }) {
  const t = useTranslations('picture');
  const locale = useLocale();
  const [state, run, pending] = useActionState(action, {});
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={t('title')} description={t('help')}>
      <form action={run} className="space-y-4">
        {state.error && <Alert tone="error">{translateError(state.error, locale)}</Alert>}
        {state.success && <Alert tone="success">{state.success}</Alert>}
        <div className="space-y-1">
          <label htmlFor="picture-file" className="block text-sm font-medium">
            {t('file')}
          </label>
          <FileInput id="picture-file" name="picture" accept="image/jpeg,image/png,image/gif,image/tiff" className="block w-full text-sm" tooLarge={t('tooBig')} />
        </div>
        <div className="flex justify-end">
          <Button type="submit" disabled={pending}>
            {t('upload')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
