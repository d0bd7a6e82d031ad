/** What ts_headline puts around a match: control characters that article text never holds, shown as <mark>. */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

export type MarkedPart = { text: string; marked: boolean };

/** A highlighted string in parts, for rendering as text and <mark> elements (never as HTML). */
export function markedParts(value: string): MarkedPart[] {
  const parts: MarkedPart[] = [];
  for (const [i, chunk] of value.split(MARK_START).entries()) {
    if (i === 0) {
      if (chunk) parts.push({ text: chunk.replaceAll(MARK_END, ''), marked: false });
      continue;
    }
    const end = chunk.indexOf(MARK_END);
    const inside = end === -1 ? chunk : chunk.slice(0, end);
    const after = end === -1 ? '' : chunk.slice(end + 1).replaceAll(MARK_END, '');
    if (inside) parts.push({ text: inside, marked: true });
    if (after) parts.push({ text: after, marked: false });
  }
  return parts;
}
