import type { MarkedPart } from '@/lib/knowledge-base/marks';

/** Search matches as <mark> around plain text: article text is never rendered as HTML. */
export function Highlighted({ parts }: { parts: MarkedPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.marked ? (
          <mark key={i} className="rounded-sm bg-amber-100 px-0.5 text-inherit">
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
