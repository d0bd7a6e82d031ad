'use client';
import { useLocale, useTranslations } from 'next-intl';
import type { ActionState } from '@/lib/action-state';
import { translateError } from '@/lib/i18n/errors';
import { RevealSecret } from './reveal-secret';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** Reveal on the portal: the shared component with translated labels, and refusals in the user's language. */
export function PortalReveal({ action, recordId, kind }: { action: Action; recordId: string; kind: 'credential' | 'license' }) {
  const t = useTranslations('documentation.reveal');
  const locale = useLocale();
  const translated: Action = async (state, formData) => {
    const result = await action(state, formData);
    return result.error ? { ...result, error: translateError(result.error, locale) } : result;
  };
  return (
    <RevealSecret
      action={translated}
      recordId={recordId}
      labels={{
        reveal: t('reveal'),
        revealing: t('revealing'),
        hide: t('hide'),
        copy: t('copy'),
        copied: t('copied'),
        secret: kind === 'license' ? t('licenseKey') : t('password'),
      }}
    />
  );
}
