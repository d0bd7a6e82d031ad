'use client';
import { Suspense, useState, type ReactNode } from 'react';
import { useHydrated } from './use-hydrated';

/**
 * A menu button whose menu (Radix, and whatever its items open) loads on first use: until then a plain button that
 * looks and reads the same, disabled until the page's scripts are live; the click that loads the menu opens it.
 */
export function OnDemandMenu({ label, className, children, preload, menu }: { label?: string; className: string; children: ReactNode; preload: () => unknown; menu: () => ReactNode }) {
  const hydrated = useHydrated();
  const [used, setUsed] = useState(false);
  const button = (
    <button type="button" aria-label={label} aria-haspopup="menu" aria-expanded={false} disabled={!hydrated} className={className} onPointerEnter={preload} onFocus={preload} onClick={() => setUsed(true)}>
      {children}
    </button>
  );
  return used ? <Suspense fallback={button}>{menu()}</Suspense> : button;
}
