'use client';
import { lazy, Suspense, type ComponentProps } from 'react';
import { useOpenedOnce } from './on-demand';

const RadixDialogBox = lazy(() => import('./dialog-radix'));

/** A modal dialog; its code loads the first time it opens. */
export function Dialog(props: ComponentProps<typeof RadixDialogBox>) {
  if (!useOpenedOnce(props.open)) return null;
  return (
    <Suspense fallback={null}>
      <RadixDialogBox {...props} />
    </Suspense>
  );
}
