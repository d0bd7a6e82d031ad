import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { AutoRedirect } from '@/components/auto-redirect';
import { createPreviewHandoff } from '@/lib/auth/preview';
import { requireStaff } from '@/lib/auth/staff';
import { ActionError, NotFoundError } from '@/lib/errors';

export const metadata: Metadata = { title: 'Preview Client Portal' };

/** Opened in a new tab from Portal Access or a contact: hands over to a separate preview session. */
export default async function StartPreviewPage({ params }: { params: Promise<{ contactId: string }> }) {
  const { tenant, user } = await requireStaff();
  const { contactId } = await params;
  if (!z.uuid().safeParse(contactId).success) notFound();
  let handoff;
  try {
    handoff = await createPreviewHandoff({ tenant, user }, contactId);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ActionError) {
      return (
        <main className="mx-auto max-w-md space-y-3 p-8 text-center">
          <h1 className="text-xl font-semibold">Preview not allowed</h1>
          <p role="alert" className="text-zinc-600">
            {error.message}
          </p>
        </main>
      );
    }
    throw error;
  }
  return (
    <main className="mx-auto max-w-md space-y-3 p-8 text-center">
      <h1 className="text-xl font-semibold">
        Opening the portal as {handoff.contact.firstName} {handoff.contact.lastName}…
      </h1>
      <a href={handoff.url} className="text-brand-700 underline">
        Open the preview
      </a>
      <AutoRedirect href={handoff.url} />
    </main>
  );
}
