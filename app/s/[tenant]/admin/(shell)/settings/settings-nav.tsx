'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

const PAGES = [
  { href: '/admin/settings/client-portal', label: 'Client Portal' },
  { href: '/admin/settings/security-levels', label: 'Security Levels' },
  { href: '/admin/settings/staff', label: 'Staff' },
];

/** The pages of Organization Settings, as tabs above each of them. */
export function SettingsNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Organization Settings" className="flex gap-1 overflow-x-auto border-b border-zinc-200">
      {PAGES.map((page) => {
        const current = pathname.startsWith(page.href);
        return (
          <Link
            key={page.href}
            href={page.href}
            aria-current={current ? 'page' : undefined}
            className={`-mb-px whitespace-nowrap border-b-2 px-4 py-2 text-sm ${current ? 'border-brand-600 font-medium text-brand-700' : 'border-transparent text-zinc-600 hover:text-zinc-900'}`}
          >
            {page.label}
          </Link>
        );
      })}
    </nav>
  );
}
