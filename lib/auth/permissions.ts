import type { StaffPermission } from '@/lib/db/schema';

/** Each staff permission in the users' words, with the one line shown beside it on the Staff page. */
export const STAFF_PERMISSION_INFO: Record<StaffPermission, { label: string; explanation: string }> = {
  'portal_users.edit': {
    label: 'edit portal user settings',
    explanation: 'Add, edit, invite, deactivate and delete portal users, companies and contacts; give contacts portal access.',
  },
  'portal.preview': {
    label: 'preview the client portal',
    explanation: 'Open View Portal to see the portal exactly as a client sees it (read-only).',
  },
  'security_levels.manage': {
    label: 'manage security levels',
    explanation: 'Build and change the security levels that decide what portal users may see and do.',
  },
  'organization_settings.edit': {
    label: 'edit organization settings',
    explanation: 'Change Client Portal settings, sharing defaults and Custom Code; read the Audit log and the Outbox.',
  },
  'projects.edit': {
    label: 'edit projects',
    explanation: 'Create and change projects, their members, schedule, updates, documents and what is shown on the portal.',
  },
  'tickets.edit': {
    label: 'edit tickets',
    explanation: 'Create and change tickets, their people, notes and attachments, and what is shown on the portal.',
  },
  'staff.manage': {
    label: 'manage staff',
    explanation: 'Invite staff members, set their permissions, deactivate or remove them.',
  },
  'knowledge_base.edit': {
    label: 'edit knowledge base',
    explanation: 'Write, publish and unpublish knowledge base articles, and see what clients found helpful.',
  },
  'documentation.view': {
    label: 'view documentation',
    explanation: "See companies' credentials, warranties and software licenses (never a password without reveal passwords).",
  },
  'documentation.edit': {
    label: 'edit documentation',
    explanation: 'Add, change and delete documentation records and choose what is shown on the portal.',
  },
  'documentation.reveal': {
    label: 'reveal passwords',
    explanation: 'Reveal a stored password or license key; every reveal is written to the audit log.',
  },
  'invoices.edit': {
    label: 'edit invoices',
    explanation: 'Create, send, void and mark invoices paid; keep block hours, retainers and time entries; import from a PSA.',
  },
};
