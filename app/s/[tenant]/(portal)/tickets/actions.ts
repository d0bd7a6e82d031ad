'use server';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { clientAction } from '@/lib/actions';
import { addClientTicketNote, createServiceRequest } from '@/lib/sharing/client-service';
import { clientTicketNoteSchema, serviceRequestSchema } from '@/lib/tickets/schemas';

const file = z.instanceof(File).optional();

export const createServiceRequestAction = clientAction(serviceRequestSchema.extend({ file }), async ({ file: upload, ...input }, ctx) => {
  const ticket = await createServiceRequest(ctx, input, upload);
  redirect(`/tickets/${ticket.id}`);
});

export const addTicketNoteAction = clientAction(clientTicketNoteSchema.extend({ file }), async ({ ticketId, body, file: upload }, ctx) => {
  await addClientTicketNote(ctx, ticketId, body, upload);
  return { success: (await getTranslations('tickets'))('noteAdded') };
});
