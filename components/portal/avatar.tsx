/** The contact's picture, or their initials. */
export function Avatar({ src, name, size = 36 }: { src: string | null; name: string; size?: number }) {
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join('');
  if (src) {
    // eslint-disable-next-line @next/next/no-img-element -- served by our own route, per tenant
    return <img src={src} alt="" width={size} height={size} className="rounded-full object-cover" style={{ width: size, height: size }} />;
  }
  return (
    <span aria-hidden className="flex items-center justify-center rounded-full bg-brand-100 text-sm font-semibold text-brand-700" style={{ width: size, height: size }}>
      {initials}
    </span>
  );
}
