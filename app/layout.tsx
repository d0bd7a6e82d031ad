import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { connection } from 'next/server';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Client Portal', template: '%s · Client Portal' },
  description: 'A branded client portal for service providers.',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page carries a fresh CSP nonce (proxy.ts), which Next can only stamp on its scripts at request time.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
