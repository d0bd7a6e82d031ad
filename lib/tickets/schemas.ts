import { z } from 'zod';
import { REQUEST_TYPES } from '@/lib/db/schema';
import { blankOr, checkbox, optionalId, text } from '@/lib/forms';
import { listDefaults, listParamsSchema } from '@/lib/paging';

export const TICKET_STATUSES = ['new', 'in_progress', 'waiting', 'resolved', 'closed'] as const;
export const TICKET_PRIORITIES = ['low', 'medium', 'high', 'critical'] as const;
export const TICKET_ROLES = ['member', 'assigned', 'approver'] as const;

const optionalContact = blankOr(z.uuid('Choose a valid option.'));

export const ticketSchema = z.object({
  companyId: z.uuid('Choose a company.'),
  title: text().min(1, 'Enter a title.').max(200),
  description: text({ multiline: true }).max(20000).default(''),
  status: z.enum(TICKET_STATUSES, 'Choose a status.'),
  priority: z.enum(TICKET_PRIORITIES, 'Choose a priority.'),
  ticketContactId: optionalContact,
});
export type TicketInput = z.infer<typeof ticketSchema>;

export const editTicketSchema = ticketSchema.and(z.object({ ticketId: z.uuid() }));

export const ticketPersonSchema = z.object({
  ticketId: z.uuid(),
  contactId: z.uuid('Choose a person.'),
  role: z.enum(TICKET_ROLES),
});

export const staffTicketNoteSchema = z.object({
  ticketId: z.uuid(),
  body: text({ multiline: true }).min(1, 'Write the note first.').max(20000),
  shared: checkbox,
});

/**
 * New service request from the portal; priority is only read when the user may set it. Without a queue or request
 * type, the company's defaults apply.
 */
export const serviceRequestSchema = z.object({
  title: text().min(1, 'Enter a title.').max(200),
  description: text({ multiline: true }).min(1, 'Describe what you need.').max(20000),
  priority: z.enum(TICKET_PRIORITIES).optional(),
  queueId: optionalId,
  requestType: z.enum(REQUEST_TYPES, 'Choose one of the offered request types.').optional(),
});

export const clientTicketNoteSchema = z.object({
  ticketId: z.uuid(),
  body: text({ multiline: true }).min(1, 'Write the note first.').max(20000),
});

export const PORTAL_TICKET_SORTS = ['number', 'title', 'status', 'created'] as const;
export const PORTAL_TICKET_DEFAULTS = listDefaults<(typeof PORTAL_TICKET_SORTS)[number]>('number', 'desc');
/** The client Tickets list's URL: paging, sort and filter, and the status chosen above the list. */
export const portalTicketListSchema = listParamsSchema(PORTAL_TICKET_SORTS, PORTAL_TICKET_DEFAULTS).extend({
  status: z.enum(TICKET_STATUSES).optional().catch(undefined),
});
export type PortalTicketParams = z.infer<typeof portalTicketListSchema>;

export const TICKET_SORT_KEYS = ['number', 'title', 'company', 'status', 'priority'] as const;
export type TicketSortKey = (typeof TICKET_SORT_KEYS)[number];
/** The staff Tickets list's state in the URL (the company and queue filters are their own parameters); newest first. */
export const ticketListSchema = listParamsSchema(TICKET_SORT_KEYS, { sort: 'number', dir: 'desc', size: 50 });
export const TICKET_LIST_DEFAULTS = listDefaults<TicketSortKey>('number', 'desc', 50);
