import { z } from 'zod';
import { blankOr, checkbox, text } from '@/lib/forms';
import { listDefaults, listParamsSchema } from '@/lib/paging';

const optionalDate = blankOr(z.iso.date('Enter a date as YYYY-MM-DD.'));
const optionalAmount = (what: string) =>
  blankOr(z.coerce.number(`Enter ${what} as a number.`).min(0, `${what[0].toUpperCase()}${what.slice(1)} cannot be negative.`).max(1e9));

export const PROJECT_STATUSES = ['planned', 'active', 'on_hold', 'completed'] as const;
export const TASK_STATUSES = ['open', 'in_progress', 'done'] as const;

export const projectSchema = z
  .object({
    companyId: z.uuid('Choose a company.'),
    name: text().min(1, 'Enter the project name.').max(200),
    description: text({ multiline: true }).max(5000).default(''),
    status: z.enum(PROJECT_STATUSES, 'Choose a status.'),
    startDate: optionalDate,
    dueDate: optionalDate,
    estimatedHours: optionalAmount('estimated hours'),
    charges: optionalAmount('charges'),
  })
  .refine((p) => !p.startDate || !p.dueDate || p.startDate <= p.dueDate, { path: ['dueDate'], message: 'The due date cannot be before the start date.' });
export type ProjectInput = z.infer<typeof projectSchema>;

export const editProjectSchema = projectSchema.and(z.object({ projectId: z.uuid() }));

export const membersSchema = z.object({
  projectId: z.uuid(),
  contactIds: text()
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(z.uuid()).min(1, 'Choose at least one person.').max(50)),
});

export const removeMemberSchema = z.object({ projectId: z.uuid(), contactId: z.uuid() });

export const milestoneSchema = z.object({
  projectId: z.uuid(),
  name: text().min(1, 'Enter the milestone name.').max(200),
  dueDate: optionalDate,
  shared: checkbox,
});

export const taskListSchema = z.object({ projectId: z.uuid(), name: text().min(1, 'Enter the task list name.').max(200) });

export const taskSchema = z.object({
  projectId: z.uuid(),
  taskListId: z.uuid('Choose a task list.'),
  name: text().min(1, 'Enter the task name.').max(300),
  dueDate: optionalDate,
  assigneeContactId: blankOr(z.uuid('Choose a valid option.')),
  shared: checkbox,
});

export const taskStatusSchema = z.object({ taskId: z.uuid(), status: z.enum(TASK_STATUSES) });

export const postSchema = z.object({
  projectId: z.uuid(),
  kind: z.enum(['update', 'comment', 'note']),
  title: text().max(200).default(''),
  body: text({ multiline: true }).min(1, 'Write something first.').max(20000),
  shared: checkbox,
});

export const calendarItemSchema = z.object({
  projectId: z.uuid(),
  title: text().min(1, 'Enter a title.').max(200),
  startsAt: z.iso.datetime({ local: true, message: 'Enter the start date and time.' }),
});

export const SHAREABLE = ['milestone', 'task', 'update', 'comment', 'document', 'ticket_note'] as const;
export type Shareable = (typeof SHAREABLE)[number];

export const showOnPortalSchema = z.object({
  kind: z.enum(SHAREABLE),
  id: z.uuid(),
  shared: z.enum(['true', 'false']).transform((v) => v === 'true'),
});

export const projectShowOnPortalSchema = showOnPortalSchema.extend({ kind: z.enum(['milestone', 'task', 'update', 'comment', 'document']) });
export const ticketShowOnPortalSchema = showOnPortalSchema.extend({ kind: z.enum(['ticket_note', 'document']) });

export const PORTAL_PROJECT_SORTS = ['name', 'status', 'due'] as const;
export const PORTAL_PROJECT_DEFAULTS = listDefaults<(typeof PORTAL_PROJECT_SORTS)[number]>('name');
/** The client Projects list's URL: paging, sort and filter (the project's name). */
export const portalProjectListSchema = listParamsSchema(PORTAL_PROJECT_SORTS, PORTAL_PROJECT_DEFAULTS);
export type PortalProjectParams = z.infer<typeof portalProjectListSchema>;

export const PROJECT_SORT_KEYS = ['name', 'company', 'status', 'due'] as const;
export type ProjectSortKey = (typeof PROJECT_SORT_KEYS)[number];
/** The staff Projects list's state in the URL (the company filter is its own parameter). */
export const projectListSchema = listParamsSchema(PROJECT_SORT_KEYS, { sort: 'name', size: 50 });
export const PROJECT_LIST_DEFAULTS = listDefaults<ProjectSortKey>('name', 'asc', 50);
