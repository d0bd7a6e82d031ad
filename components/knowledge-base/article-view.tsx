import { Markdown } from './markdown';

type Props = {
  article: { title: string; category: string; body: string };
  /** already formatted for the reader */
  updated: string;
  attachments: { id: string; fileName: string }[];
  labels?: { updated: string; attachments: string };
};

/** An article as a portal user reads it: title, category, updated date, the Markdown body and its attachments. */
export function ArticleView({ article, updated, attachments, labels = { updated: 'Updated', attachments: 'Attachments' } }: Props) {
  return (
    <article aria-labelledby="article-title" className="space-y-4">
      <header className="space-y-1">
        {article.category && <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">{article.category}</p>}
        <h1 id="article-title" className="text-2xl font-semibold">
          {article.title}
        </h1>
        <p className="text-sm text-zinc-500">
          {labels.updated} {updated}
        </p>
      </header>
      <Markdown>{article.body}</Markdown>
      {attachments.length > 0 && (
        <section aria-label={labels.attachments} className="border-t border-zinc-200 pt-4">
          <h2 className="mb-2 text-sm font-semibold">{labels.attachments}</h2>
          <ul className="space-y-1 text-sm">
            {attachments.map((a) => (
              <li key={a.id}>
                <a href={`/files/${a.id}`} className="text-brand-700 underline">
                  {a.fileName}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
