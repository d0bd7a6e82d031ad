'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { StaffPermission } from '@/lib/db/schema';

/** `permission`: the section is listed only for staff who have it (the page itself checks it too). */
export type NavItem = { href: string; label: string; ready: boolean; permission?: StaffPermission };

export function AdminNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Admin sections" className="space-y-1">
      {items.map((item) => {
        const active = item.href === '/admin' ? pathname === '/admin' : pathname.startsWith(item.href);
        if (!item.ready) {
          return (
            <span key={item.href} aria-disabled="true" className="flex items-center justify-between rounded-md px-3 py-2 text-sm text-zinc-400">
              {item.label}
              <span className="rounded bg-zinc-100 px-1.5 py-0.5 text-[10px] uppercase tracking-wide">Soon</span>
            </span>
          );
        }
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={active ? 'page' : undefined}
            className={`block rounded-md px-3 py-2 text-sm ${active ? 'bg-brand-50 font-medium text-brand-700' : 'text-zinc-700 hover:bg-zinc-100'}`}
          >
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
