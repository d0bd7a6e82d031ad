'use server';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { clientAction } from '@/lib/actions';
import { addClientTicketNote, createServiceRequest } from '@/lib/tickets/portal';
import { clientTicketNoteSchema, serviceRequestSchema } from '@/lib/tickets/schemas';

const file = z.instanceof(File).optional();

export const createServiceRequestAction = clientAction(
  { schema: serviceRequestSchema.extend({ file }), permission: 'tickets.create', audit: 'ticket.create' },
  async ({ file: upload, ...input }, w) => {
    const ticket = await createServiceRequest(w, input, upload);
    return { redirectTo: `/tickets/${ticket.id}` };
  },
);

export const addTicketNoteAction = clientAction(
  { schema: clientTicketNoteSchema.extend({ file }), permission: 'tickets.own', audit: 'ticket.add_note' },
  async ({ ticketId, body, file: upload }, w) => {
    await addClientTicketNote(w, ticketId, body, upload);
    return { success: (await getTranslations('tickets'))('noteAdded') };
  },
);
