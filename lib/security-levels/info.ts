import { LEVEL_PERMISSIONS, type LevelPermission } from '@/lib/db/schema';

export const LEVEL_PERMISSION_GROUPS = ['Tickets', 'Projects', 'Knowledge Base', 'Documentation', 'Reports', 'Portal Admin'] as const;
export type LevelPermissionGroup = (typeof LEVEL_PERMISSION_GROUPS)[number];

/**
 * Each permission a security level can give, in the words of the security-level table (seed 03), with one line
 * saying what it means for the portal user. Every permission stands alone: none implies another.
 */
export const LEVEL_PERMISSION_INFO: Record<LevelPermission, { label: string; explanation: string; group: LevelPermissionGroup }> = {
  'tickets.own': {
    group: 'Tickets',
    label: 'Tickets they create, are assigned to, are the Ticket Contact, or are a Ticket Approver',
    explanation: 'See and add notes to their own tickets.',
  },
  'tickets.company': {
    group: 'Tickets',
    label: 'All tickets, including Subsidiary Tickets',
    explanation: 'See every ticket of their company and its subsidiaries, not only their own.',
  },
  'tickets.create': {
    group: 'Tickets',
    label: 'Create new Service Requests (and add Notes and Attachments)',
    explanation: 'Open new tickets from the portal.',
  },
  'tickets.view_priority': {
    group: 'Tickets',
    label: 'Can view Service Provider Priority',
    explanation: 'See the priority we gave a ticket.',
  },
  'tickets.set_priority': {
    group: 'Tickets',
    label: 'Can set Service Provider Priority on ticket creation',
    explanation: 'Choose the priority when opening a ticket.',
  },
  'projects.member': {
    group: 'Projects',
    label: 'Projects on which they are a team member',
    explanation: 'See the projects whose team they are on.',
  },
  'projects.company': {
    group: 'Projects',
    label: 'All projects at their organization',
    explanation: 'See every project of their company, not only those they are on.',
  },
  'projects.work': {
    group: 'Projects',
    label: 'View project schedule, calendar items, attachments and their own tasks; view/add notes; add issues; e-mail the project team',
    explanation: 'Take part in the projects they can see.',
  },
  'projects.charges': {
    group: 'Projects',
    label: 'View project charges',
    explanation: 'See what a project costs.',
  },
  'projects.estimated_hours': {
    group: 'Projects',
    label: 'View estimated hours',
    explanation: 'See the hours we estimated for a project.',
  },
  'knowledge_base.view': {
    group: 'Knowledge Base',
    label: 'Access Knowledgebase',
    explanation: 'Read public articles and those written for their company, when the Knowledgebase is turned on for it.',
  },
  'documentation.view': {
    group: 'Documentation',
    label: 'View documentation on file (credentials, warranties, software licenses)',
    explanation: "See the documentation shared with their company, from the lowest level each record allows.",
  },
  'documentation.passwords': {
    group: 'Documentation',
    label: 'View passwords',
    explanation: 'Reveal the passwords of shared credentials (each reveal is recorded).',
  },
  'invoices.view': {
    group: 'Reports',
    label: 'View Invoice and Block Hour Reports',
    explanation: 'See invoices, block hour and retainer reports.',
  },
  'portal_admin.logins': {
    group: 'Portal Admin',
    label: 'Create and manage Client Portal logins',
    explanation: 'Add and change portal users of their own company, giving only levels marked Assignable by client.',
  },
  'portal_admin.queues': {
    group: 'Portal Admin',
    label: 'Create and manage Queues',
    explanation: "Set up the queues their company's tickets are sorted into.",
  },
  'portal_admin.request_types': {
    group: 'Portal Admin',
    label: 'Create and manage Request Type Preferences',
    explanation: 'Choose which request types their company offers, and the default one.',
  },
  'portal_admin.vendors': {
    group: 'Portal Admin',
    label: 'Create and manage Vendors',
    explanation: "Keep the list of their company's vendors.",
  },
  'portal_admin.out_of_office': {
    group: 'Portal Admin',
    label: 'Create and manage Out of Office Settings',
    explanation: "Record when their company's users are away, and who stands in for them.",
  },
  'portal_admin.off_hours': {
    group: 'Portal Admin',
    label: 'Create and manage Scheduled Off Hours',
    explanation: "Set their company's opening hours and closures.",
  },
};

/** The permissions of each group, in the order of LEVEL_PERMISSIONS. */
export const permissionsByGroup = LEVEL_PERMISSION_GROUPS.map((group) => ({
  group,
  permissions: LEVEL_PERMISSIONS.filter((p) => LEVEL_PERMISSION_INFO[p].group === group),
}));

/** A level's permissions in the order of the checklist, unknown names dropped. */
export const orderedLevelPermissions = (permissions: readonly string[]): LevelPermission[] => LEVEL_PERMISSIONS.filter((p) => permissions.includes(p));
