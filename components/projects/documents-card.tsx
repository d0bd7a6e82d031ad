import type { ComponentProps, ReactNode } from 'react';
import { QuickField, QuickForm } from '@/components/forms/quick-form';
import { ShowOnPortalSwitch } from '@/components/projects/show-on-portal-switch';
import { Card } from '@/components/ui/card';

type Props = {
  /** "Documents" on a project, "Attachments" on a ticket: the card's heading and the list's name */
  title: string;
  documents: { id: string; fileName: string; shared: boolean }[];
  /** absent for staff who may only look */
  upload?: ComponentProps<typeof QuickForm>['action'];
  uploadLabel: string;
  /** hidden inputs naming the project or ticket */
  hidden: ReactNode;
  sharedByDefault: boolean;
  setShowOnPortal: ComponentProps<typeof ShowOnPortalSwitch>['action'];
};

/** Staff view of a project's documents or a ticket's attachments: download, Show on Portal?, upload. */
export function DocumentsCard({ title, documents, upload, uploadLabel, hidden, sharedByDefault, setShowOnPortal }: Props) {
  return (
    <Card title={title}>
      <ul className="mb-4 space-y-2" aria-label={title}>
        {documents.map((d) => (
          <li key={d.id} className="flex items-center justify-between gap-3 text-sm">
            <a href={`/files/${d.id}`} className="text-brand-700 underline">
              {d.fileName}
            </a>
            <ShowOnPortalSwitch kind="document" id={d.id} shared={d.shared} name={d.fileName} action={setShowOnPortal} />
          </li>
        ))}
      </ul>
      {upload && (
        <QuickForm action={upload} label={uploadLabel} submit="Upload">
          {hidden}
          <QuickField label="File">
            <input name="file" type="file" className="block text-sm" />
          </QuickField>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="shared" defaultChecked={sharedByDefault} /> Show on Portal?
          </label>
        </QuickForm>
      )}
    </Card>
  );
}
