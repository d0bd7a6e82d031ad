import type { PickerText } from '@/components/security-levels/level-picker';

/**
 * The words of the portal-user list, form and buttons. Staff's Portal Access uses these (the seeds' words); the
 * client's Portal Admin › Logins passes the same keys from its translations, so one set of components serves both.
 */
export const PORTAL_USER_LABELS = {
  filter: 'Filter',
  filterPlaceholder: 'Company, e-mail, name or logon name',
  clearFilter: 'Clear filter',
  itemsPerPage: 'Items per page',
  range: '{from} – {to} of {total}',
  pages: 'Pages',
  firstPage: 'First page',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  lastPage: 'Last page',
  actions: 'Actions',
  add: 'Add New Portal User',
  addDescription: 'The new portal user receives an invitation e-mail with a link to set a password.',
  delete: 'Delete',
  selectAll: 'Select all on this page',
  select: 'Select {email}',
  table: 'Portal users',
  company: 'Company',
  email: 'Email',
  name: 'Name',
  level: 'Security level',
  status: 'Status',
  Active: 'Active',
  Invited: 'Invited',
  Inactive: 'Inactive',
  noMatch: 'No portal users match “{q}”.',
  none: 'There are no portal users yet.',
  userActions: 'Portal user actions',
  resend: 'Resend Invitation Email',
  reset: 'Reset Password/Notify User',
  resetTwoFactor: 'Reset 2FA',
  deactivate: 'Deactivate',
  activate: 'Activate',
  companyEmail: 'Company email',
  companyEmailHint: 'Pre-filled from the company; the invitation goes here.',
  chooseCompany: 'Choose a company…',
  noMatches: 'No matches',
  firstName: 'First name',
  lastName: 'Last name',
  logonName: 'Logon name',
  logonNameHint: 'Defaults to the e-mail; must be unique.',
  language: 'Language',
  dateFormat: 'Date format',
  timeFormat: 'Time format',
  numberFormat: 'Number format',
  save: 'Save',
  saving: 'Saving…',
  cancel: 'Cancel',
  addForm: 'Add New Portal User',
  editForm: 'Edit Portal User',
  /** the level picker's words (English by default) */
  picker: {} as Partial<PickerText>,
};
export type PortalUserLabels = typeof PORTAL_USER_LABELS;

export { fill } from '@/lib/format';

/**
 * The labels as a translation catalogue holds them: message keys cannot contain a period, so the level picker's
 * permission names are written `tickets__own` there and turned back into `tickets.own` here.
 */
export function labelsFromMessages(raw: Record<string, unknown>): PortalUserLabels {
  const picker = (raw.picker ?? {}) as Partial<PickerText> & { permissions?: Record<string, string> };
  const permissions = Object.fromEntries(Object.entries(picker.permissions ?? {}).map(([key, label]) => [key.replace('__', '.'), label]));
  return { ...PORTAL_USER_LABELS, ...raw, picker: { ...picker, permissions } } as PortalUserLabels;
}
