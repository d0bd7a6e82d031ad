'use client';
import { useLocale } from 'next-intl';
import type { ComponentProps } from 'react';
import { QuickForm } from '@/components/forms/quick-form';
import { translateError } from '@/lib/i18n/errors';

/** QuickForm for portal pages: refusals in the user's language. */
export function PortalForm(props: Omit<ComponentProps<typeof QuickForm>, 'translate'>) {
  const locale = useLocale();
  return <QuickForm {...props} translate={(m) => translateError(m, locale)} />;
}
