/**
 * Usage over time as a hand-written SVG bar chart (role="img" with a label that says what it shows) and, under it,
 * a table with the same numbers for screen readers and anyone who prefers figures. Server-rendered, no script.
 */
export type ChartRow = {
  label: string;
  used: number;
  usedText: string;
  available?: number;
  availableText?: string;
};

type Props = {
  title: string;
  rows: ChartRow[];
  columns: { label: string; used: string; available?: string };
  summary: string;
};

const WIDTH = 560;
const HEIGHT = 180;
const PAD = { top: 12, right: 8, bottom: 28, left: 8 };

export function UsageChart({ title, rows, columns, summary }: Props) {
  const max = Math.max(1, ...rows.map((r) => Math.max(r.used, r.available ?? 0)));
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const slot = rows.length ? (WIDTH - PAD.left - PAD.right) / rows.length : 0;
  const bar = Math.min(48, slot * 0.6);
  const y = (v: number) => PAD.top + plotH - (Math.max(0, v) / max) * plotH;
  return (
    <figure className="space-y-2">
      <figcaption className="text-sm font-medium text-zinc-800">{title}</figcaption>
      <svg role="img" aria-label={`${title}. ${summary}`} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full max-w-xl">
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={PAD.top + plotH} y2={PAD.top + plotH} stroke="#a1a1aa" />
        {rows.map((r, i) => {
          const x = PAD.left + i * slot + (slot - bar) / 2;
          return (
            <g key={r.label}>
              {r.available !== undefined && <rect x={x - 4} y={y(r.available)} width={bar + 8} height={PAD.top + plotH - y(r.available)} fill="#e4e4e7" />}
              <rect
                x={x}
                y={y(r.used)}
                width={bar}
                height={PAD.top + plotH - y(r.used)}
                fill={r.available !== undefined && r.used > r.available ? '#b91c1c' : '#2563eb'}
              />
              <text x={x + bar / 2} y={y(r.used) - 2} textAnchor="middle" fontSize="10" fill="#27272a">
                {r.usedText}
              </text>
              <text x={x + bar / 2} y={HEIGHT - 10} textAnchor="middle" fontSize="10" fill="#52525b">
                {r.label}
              </text>
            </g>
          );
        })}
      </svg>
      <table className="text-sm">
        <caption className="sr-only">{title}</caption>
        <thead>
          <tr>
            <th className="px-2 py-1 text-left">{columns.label}</th>
            <th className="px-2 py-1 text-left">{columns.used}</th>
            {columns.available && <th className="px-2 py-1 text-left">{columns.available}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <td className="px-2 py-1">{r.label}</td>
              <td className="px-2 py-1">{r.usedText}</td>
              {columns.available && <td className="px-2 py-1">{r.availableText}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
