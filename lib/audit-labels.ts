/** Words for the audit log's "What" column; an action without one here is spelled out from its code. */
const LABELS: Record<string, string> = {
  'staff.sign_in': 'Staff member signed in',
  'staff.sign_in_failed': 'Staff sign-in failed',
  'client.sign_in': 'Client signed in',
  'client.sign_in_failed': 'Client sign-in failed',
  'client.set_password': 'Client set a password',
  'client.request_link': 'Client asked for a new link',
  'client.two_factor_enabled': 'Client set up two-factor authentication',
  'client.two_factor_failed': 'Two-factor code refused',
  'client.update_picture': 'Client changed the profile picture',
  'client.change_logon_name': 'Client changed the logon name',
  'client.change_password': 'Client changed the password',
  'client.end_session': 'Client ended a session',
  'client.set_language': 'Client changed the language',
  'client.set_formats': 'Client changed the date, time and number formats',
  'client.save_dashboards': 'Client changed the dashboards',
  'client.read_notifications': 'Client marked notifications read',
  'client.set_email_preferences': 'Client changed the e-mail preferences',
  'project.add_issue': 'Client added an issue to a project',
  'project.email_team': 'Client e-mailed the project team',
  'preview.start': 'Preview started',
  'preview.end': 'Preview ended',
  'portal_user.add': 'Portal user added',
  'portal_user.activate_existing_contact': 'Portal access given to an existing contact',
  'portal_user.invite': 'Invitation e-mail sent',
  'portal_user.update': 'Portal user edited',
  'portal_user.reset_password': 'Password reset link sent',
  'portal_user.activate': 'Portal user activated',
  'portal_user.deactivate': 'Portal user deactivated',
  'portal_user.delete': 'Portal user deleted',
  'portal_user.reset_two_factor': 'Two-factor authentication reset',
  'organization.update_portal_settings': 'Client portal settings changed',
  'organization.update_sharing_defaults': 'Sharing defaults changed',
  'organization.update_custom_code': 'Custom code changed',
  'security_level.create': 'Security level created',
  'security_level.update': 'Security level changed',
  'security_level.delete': 'Security level deleted',
  'staff.invite': 'Staff member invited',
  'staff.resend_invitation': 'Staff invitation sent again',
  'staff.accept_invitation': 'Staff member accepted the invitation',
  'staff.update_permissions': 'Staff permissions changed',
  'staff.activate': 'Staff member activated',
  'staff.deactivate': 'Staff member deactivated',
  'staff.remove': 'Staff member removed',
  'staff.end_session': 'Staff member ended a session',
};

export function describeAuditAction(action: string): string {
  const known = LABELS[action];
  if (known) return known;
  const [area = '', ...rest] = action.split('.');
  const what = rest.join(' ').replaceAll('_', ' ');
  const subject = area.replaceAll('_', ' ');
  return `${subject.charAt(0).toUpperCase()}${subject.slice(1)}${what ? `: ${what}` : ''}`;
}
