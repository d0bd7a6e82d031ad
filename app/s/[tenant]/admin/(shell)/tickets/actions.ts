'use server';
import { z } from 'zod';
import { staffAction } from '@/lib/actions';
import { checkbox } from '@/lib/forms';
import { ticketShowOnPortalSchema } from '@/lib/projects/schemas';
import { editTicketSchema, staffTicketNoteSchema, ticketPersonSchema, ticketSchema } from '@/lib/tickets/schemas';
import { addStaffTicketNote, addTicketPerson, createTicket, removeTicketPerson, setTicketItemShown, updateTicket, uploadTicketAttachment } from '@/lib/tickets/service';

const edit = 'tickets.edit' as const;

export const createTicketAction = staffAction({ schema: ticketSchema, permission: edit, audit: 'ticket.create' }, async (data, w) => {
  const ticket = await createTicket(w, data);
  return { redirectTo: `/admin/tickets/${ticket.id}` };
});

export const updateTicketAction = staffAction({ schema: editTicketSchema, permission: edit, audit: 'ticket.update' }, async ({ ticketId, ...data }, w) => {
  await updateTicket(w, ticketId, data);
  return { success: 'Ticket saved.' };
});

const outcomeText = {
  notified: 'was e-mailed',
  invited: 'was invited to the portal',
  none: 'was added',
  no_access: 'was added without portal access (giving it needs the edit portal user settings permission)',
} as const;

export const addTicketPersonAction = staffAction({ schema: ticketPersonSchema, permission: edit, audit: 'ticket.add_person' }, async ({ ticketId, contactId, role }, w) => {
  const outcome = await addTicketPerson(w, ticketId, contactId, role);
  return { success: `Added; the contact ${outcomeText[outcome]}.` };
});

export const removeTicketPersonAction = staffAction({ schema: ticketPersonSchema, permission: edit, audit: 'ticket.remove_person' }, async ({ ticketId, contactId, role }, w) => {
  await removeTicketPerson(w, ticketId, contactId, role);
  return { success: 'Removed.' };
});

export const addTicketNoteAction = staffAction({ schema: staffTicketNoteSchema, permission: edit, audit: 'ticket.add_note' }, async ({ ticketId, ...data }, w) => {
  await addStaffTicketNote(w, ticketId, data);
  return { success: 'Note added.' };
});

const attachmentSchema = z.object({ ticketId: z.uuid(), shared: checkbox, file: z.instanceof(File, { message: 'Choose a file to upload.' }) });

export const uploadTicketAttachmentAction = staffAction({ schema: attachmentSchema, permission: edit, audit: 'ticket.attach' }, async ({ ticketId, shared, file }, w) => {
  await uploadTicketAttachment(w, ticketId, file, shared);
  return { success: 'Attachment uploaded.' };
});

export const setTicketShowOnPortalAction = staffAction({ schema: ticketShowOnPortalSchema, permission: edit, audit: 'sharing.show_on_portal' }, async ({ kind, id, shared }, w) => {
  await setTicketItemShown(w, kind, id, shared);
});
