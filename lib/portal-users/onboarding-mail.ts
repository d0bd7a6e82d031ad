import 'server-only';
import { and, eq } from 'drizzle-orm';
import { issueToken } from '@/lib/auth/tokens';
import { getDb } from '@/lib/db/client';
import { contacts, type Contact, type Tenant } from '@/lib/db/schema';
import { sendEmail } from '@/lib/email/send';
import { InvitationEmail, invitationSubject } from '@/lib/email/templates/invitation';
import { PasswordResetEmail, passwordResetSubject } from '@/lib/email/templates/password-reset';
import { tenantBaseUrl } from '@/lib/tenancy/host';

export const RESET_LINK_MS = 3600_000;

const setPasswordUrl = (tenant: Tenant, token: string) => `${tenantBaseUrl(tenant.slug)}/set-password?token=${encodeURIComponent(token)}`;

/** Sends a fresh invitation (older links stop working). Returns false, sending nothing, while the portal is off. */
export async function sendInvitation(tenant: Tenant, contact: Contact): Promise<boolean> {
  if (!tenant.portalActivated) return false;
  const hours = tenant.invitationLifetimeHours;
  const { token } = await issueToken({ tenantId: tenant.id, purpose: 'invitation', contactId: contact.id, ttlMs: hours * 3600_000 });
  await sendEmail({
    tenantId: tenant.id,
    to: contact.email,
    subject: invitationSubject(tenant.name),
    template: 'invitation',
    body: InvitationEmail({ tenantName: tenant.name, firstName: contact.firstName, url: setPasswordUrl(tenant, token), logonName: contact.logonName ?? contact.email, hours }),
  });
  const db = await getDb();
  await db.update(contacts).set({ invitedAt: new Date() }).where(and(eq(contacts.tenantId, tenant.id), eq(contacts.id, contact.id)));
  return true;
}

/** Sends a one-hour password reset link. Returns false, sending nothing, while the portal is off. */
export async function sendPasswordReset(tenant: Tenant, contact: Contact): Promise<boolean> {
  if (!tenant.portalActivated) return false;
  const { token } = await issueToken({ tenantId: tenant.id, purpose: 'password_reset', contactId: contact.id, ttlMs: RESET_LINK_MS });
  await sendEmail({
    tenantId: tenant.id,
    to: contact.email,
    subject: passwordResetSubject(tenant.name),
    template: 'password-reset',
    body: PasswordResetEmail({ tenantName: tenant.name, firstName: contact.firstName, url: setPasswordUrl(tenant, token) }),
  });
  return true;
}
