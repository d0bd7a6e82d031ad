'use server';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { staffAction } from '@/lib/actions';
import { checkbox } from '@/lib/forms';
import { editTicketSchema, staffTicketNoteSchema, ticketPersonSchema, ticketSchema } from '@/lib/tickets/schemas';
import { addStaffTicketNote, addTicketPerson, createTicket, removeTicketPerson, updateTicket, uploadTicketAttachment } from '@/lib/tickets/service';

export const createTicketAction = staffAction(ticketSchema, async (data, ctx) => {
  const ticket = await createTicket(ctx, data);
  redirect(`/admin/tickets/${ticket.id}`);
});

export const updateTicketAction = staffAction(editTicketSchema, async ({ ticketId, ...data }, ctx) => {
  await updateTicket(ctx, ticketId, data);
  return { success: 'Ticket saved.' };
});

const outcomeText = { notified: 'was e-mailed', invited: 'was invited to the portal', none: 'was added' } as const;

export const addTicketPersonAction = staffAction(ticketPersonSchema, async ({ ticketId, contactId, role }, ctx) => {
  const outcome = await addTicketPerson(ctx, ticketId, contactId, role);
  return { success: `Added; the contact ${outcomeText[outcome]}.` };
});

export const removeTicketPersonAction = staffAction(ticketPersonSchema, async ({ ticketId, contactId, role }, ctx) => {
  await removeTicketPerson(ctx, ticketId, contactId, role);
  return { success: 'Removed.' };
});

export const addTicketNoteAction = staffAction(staffTicketNoteSchema, async ({ ticketId, ...data }, ctx) => {
  await addStaffTicketNote(ctx, ticketId, data);
  return { success: 'Note added.' };
});

const attachmentSchema = z.object({ ticketId: z.uuid(), shared: checkbox, file: z.instanceof(File, { message: 'Choose a file to upload.' }) });

export const uploadTicketAttachmentAction = staffAction(attachmentSchema, async ({ ticketId, shared, file }, ctx) => {
  await uploadTicketAttachment(ctx, ticketId, file, shared);
  return { success: 'Attachment uploaded.' };
});
