'use client';
import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False in the server's HTML and while React hydrates it; true once the page's scripts are live. Controls
 * that only work through a script stay disabled until then, so an early click is never silently lost.
 */
export function useHydrated() {
  return useSyncExternalStore(subscribe, () => true, () => false);
}
