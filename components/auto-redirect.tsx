'use client';
import { useEffect } from 'react';

/** Goes on to `href` at once (the page also shows it as a link, should scripts be off). */
export function AutoRedirect({ href }: { href: string }) {
  useEffect(() => window.location.replace(href), [href]);
  return null;
}
