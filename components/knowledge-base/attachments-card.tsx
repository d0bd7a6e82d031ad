import type { ComponentProps } from 'react';
import { FileInput } from '@/components/forms/file-input';
import { QuickField, QuickForm } from '@/components/forms/quick-form';
import { Card } from '@/components/ui/card';
import { embedMarkdown } from '@/lib/knowledge-base/schemas';

type Action = ComponentProps<typeof QuickForm>['action'];
type Props = {
  articleId: string;
  attachments: { id: string; fileName: string; contentType: string; size: number }[];
  /** absent for staff who may only look */
  upload?: Action;
  remove?: Action;
};

const kb = (size: number) => (size < 1024 ? `${size} bytes` : size < 1024 * 1024 ? `${Math.round(size / 1024)} KB` : `${(size / 1024 / 1024).toFixed(1)} MB`);

/** An article's images and files: download, the Markdown that shows each in the body, remove, upload. */
export function ArticleAttachmentsCard({ articleId, attachments, upload, remove }: Props) {
  return (
    <Card title="Attachments">
      {attachments.length === 0 ? (
        <p className="mb-4 text-sm text-zinc-500">No attachments yet. Readers of the article may download its attachments.</p>
      ) : (
        <ul className="mb-4 divide-y divide-zinc-100" aria-label="Attachments">
          {attachments.map((a) => (
            <li key={a.id} className="flex flex-wrap items-start justify-between gap-3 py-3 text-sm">
              <div className="min-w-0 space-y-1">
                <a href={`/files/${a.id}`} className="break-all text-brand-700 underline">
                  {a.fileName}
                </a>
                <span className="ml-2 text-xs text-zinc-500">{kb(a.size)}</span>
                <p className="text-xs text-zinc-600">
                  {a.contentType.startsWith('image/') ? 'To show it in the body, paste:' : 'To link to it from the body, paste:'}{' '}
                  <code aria-label={`Markdown for ${a.fileName}`} className="select-all break-all rounded bg-zinc-100 px-1 py-0.5 font-mono">
                    {embedMarkdown(a)}
                  </code>
                </p>
              </div>
              {remove && (
                <QuickForm action={remove} label={`Remove ${a.fileName}`} submit="Remove" variant="secondary">
                  <input type="hidden" name="articleId" value={articleId} />
                  <input type="hidden" name="documentId" value={a.id} />
                </QuickForm>
              )}
            </li>
          ))}
        </ul>
      )}
      {upload && (
        <QuickForm action={upload} label="Attach a file" submit="Upload">
          <input type="hidden" name="articleId" value={articleId} />
          <QuickField label="Image or file">
            <FileInput name="file" />
          </QuickField>
        </QuickForm>
      )}
    </Card>
  );
}
