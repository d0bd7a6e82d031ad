import { Card } from '@/components/ui/card';

/** The shared files of a project or ticket as a client sees them: each one a download link. */
export function AttachmentsCard({ title, documents, empty }: { title: string; documents: { id: string; fileName: string }[]; empty: string }) {
  return (
    <Card title={title}>
      {documents.length === 0 ? (
        <p className="text-sm text-zinc-500">{empty}</p>
      ) : (
        <ul aria-label={title} className="space-y-1 text-sm">
          {documents.map((d) => (
            <li key={d.id}>
              <a href={`/files/${d.id}`} className="text-brand-700 underline">
                {d.fileName}
              </a>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
