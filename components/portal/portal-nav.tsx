'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

export function PortalNav({ label, items }: { label: string; items: { href: string; label: string }[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="flex max-w-full gap-1 overflow-x-auto">
      {items.map((item, i) => {
        const active = pathname === item.href || pathname.startsWith(`${item.href}/`) || (i === 0 && pathname === '/home');
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={active ? 'page' : undefined}
            className={`whitespace-nowrap rounded-md px-3 py-2 text-sm ${active ? 'bg-brand-50 font-medium text-brand-700' : 'text-zinc-700 hover:bg-zinc-100'}`}
          >
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
