'use client';
import { useState } from 'react';

/**
 * True from the first time `open` is true: a dialog's code (Radix) is only fetched when it first opens, and
 * stays mounted afterwards so that closing it behaves as before (focus goes back where it was).
 */
export function useOpenedOnce(open: boolean) {
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  return opened;
}
