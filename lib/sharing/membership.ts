import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { audit } from '@/lib/audit';
import { notify } from '@/lib/account/service';
import { getDb } from '@/lib/db/client';
import { companies, contacts, securityLevels, type Contact } from '@/lib/db/schema';
import { sendEmail } from '@/lib/email/send';
import { MembershipEmail } from '@/lib/email/templates/membership';
import type { StaffContext } from '@/lib/errors';
import { sendInvitation } from '@/lib/portal-users/onboarding-mail';
import { tenantBaseUrl } from '@/lib/tenancy/host';

/**
 * A contact was added to a project or ticket. Portal users get a notification, and an e-mail about it when
 * their project (or ticket) update preference is on;
 * contacts without portal access are given it — Manager for the company's primary or billing contact,
 * Basic otherwise — and get an invitation instead. Nothing is sent while the portal is not activated.
 */
export async function welcomeMember(ctx: StaffContext, contact: Contact, what: 'project' | 'ticket', name: string, path: string) {
  if (contact.logonName && contact.portalAccess) {
    await notify(ctx.tenant, contact.id, { title: what === 'project' ? 'addedToProjectTitle' : 'addedToTicketTitle', values: { name } }, path, { email: false });
    const wanted = what === 'project' ? contact.emailPreferences.projectUpdates : contact.emailPreferences.ticketUpdates;
    if (!ctx.tenant.portalActivated || !wanted) return 'none' as const;
    await sendEmail({
      tenantId: ctx.tenant.id,
      to: contact.email,
      subject: `You've been added to the ${what} ${name}`,
      template: 'membership',
      body: MembershipEmail({ tenantName: ctx.tenant.name, firstName: contact.firstName, what, name, url: `${tenantBaseUrl(ctx.tenant.slug)}${path}` }),
    });
    return 'notified' as const;
  }
  if (contact.logonName) return 'none' as const;
  const db = await getDb();
  const [company] = await db.select().from(companies).where(eq(companies.id, contact.companyId));
  const key = company && [company.primaryContactId, company.billingContactId].includes(contact.id) ? 'manager' : 'basic';
  const [level] = await db.select().from(securityLevels).where(and(isNull(securityLevels.tenantId), eq(securityLevels.key, key)));
  const [activated] = await db
    .update(contacts)
    .set({ portalAccess: true, logonName: contact.email, securityLevelId: level.id })
    .where(and(eq(contacts.id, contact.id), isNull(contacts.logonName)))
    .returning();
  if (!activated) return 'none' as const;
  await audit({ tenantId: ctx.tenant.id, actorType: 'staff', actorId: ctx.user.id, action: 'portal_user.add', targetType: 'contact', targetId: contact.id, details: { via: what } });
  return (await sendInvitation(ctx.tenant, activated)) ? ('invited' as const) : ('none' as const);
}
