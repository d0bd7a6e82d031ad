'use client';
import { lazy, Suspense, type ComponentProps } from 'react';
import { useOpenedOnce } from './on-demand';

const RadixConfirmDialog = lazy(() => import('./confirm-dialog-radix'));

/** A yes/no question for destructive actions; focus starts on Cancel. Its code loads the first time it opens. */
export function ConfirmDialog(props: ComponentProps<typeof RadixConfirmDialog>) {
  if (!useOpenedOnce(props.open)) return null;
  return (
    <Suspense fallback={null}>
      <RadixConfirmDialog {...props} />
    </Suspense>
  );
}
