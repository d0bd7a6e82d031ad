import 'server-only';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { notify } from '@/lib/account/service';
import { getDb } from '@/lib/db/client';
import { companies, contacts, projectMembers, securityLevels, ticketPeople, tickets, type Contact, type Tenant } from '@/lib/db/schema';
import { sendEmail } from '@/lib/email/send';
import { MembershipEmail } from '@/lib/email/templates/membership';
import type { StaffWork } from '@/lib/pipeline';
import { emailRecipientFor } from '@/lib/portal-admin/out-of-office';
import { sendInvitation } from '@/lib/portal-users/onboarding-mail';
import { tenantBaseUrl } from '@/lib/tenancy/host';

/**
 * A contact was added to a project or ticket. Portal users get a notification, and an e-mail about it when
 * their project (or ticket) update preference is on (`delegable`: as the ticket's contact or an approver, whose
 * e-mail goes to their delegate while they are out of office; the notification stays theirs). A contact without portal access is given it — Manager for
 * the company's primary or billing contact, Basic otherwise — and invited, but only by staff who may
 * *edit portal user settings*; otherwise they are added without access. Nothing is sent while the portal is off.
 */
export async function welcomeMember(
  w: StaffWork<'projects.edit' | 'tickets.edit'>,
  contact: Contact,
  what: 'project' | 'ticket',
  name: string,
  path: string,
  { delegable = false }: { delegable?: boolean } = {},
) {
  if (contact.logonName && contact.portalAccess) {
    await notify(w.tenant, contact.id, { title: what === 'project' ? 'addedToProjectTitle' : 'addedToTicketTitle', values: { name } }, path, { email: false });
    const wanted = what === 'project' ? contact.emailPreferences.projectUpdates : contact.emailPreferences.ticketUpdates;
    if (!w.tenant.portalActivated || !wanted) return 'none' as const;
    const to = (delegable && (await emailRecipientFor(w.tenant.id, contact.id))) || { email: contact.email, firstName: contact.firstName, onBehalfOf: null };
    const url = `${tenantBaseUrl(w.tenant.slug)}${path}`;
    await sendEmail({
      tenantId: w.tenant.id,
      to: to.email,
      subject: `You've been added to the ${what} ${name}`,
      template: 'membership',
      body: MembershipEmail({ tenantName: w.tenant.name, firstName: to.firstName, what, name, url, onBehalfOf: to.onBehalfOf }),
    });
    return 'notified' as const;
  }
  if (contact.logonName) return 'none' as const;
  if (!w.user.permissions.includes('portal_users.edit')) return 'no_access' as const;
  const [company] = await w.tx
    .select()
    .from(companies)
    .where(and(eq(companies.tenantId, w.tenant.id), eq(companies.id, contact.companyId)));
  const key = company && [company.primaryContactId, company.billingContactId].includes(contact.id) ? 'manager' : 'basic';
  const [level] = await w.tx
    .select()
    .from(securityLevels)
    .where(and(isNull(securityLevels.tenantId), eq(securityLevels.key, key)));
  const [activated] = await w.tx
    .update(contacts)
    .set({ portalAccess: true, logonName: contact.email, securityLevelId: level.id })
    .where(and(eq(contacts.tenantId, w.tenant.id), eq(contacts.id, contact.id), isNull(contacts.logonName)))
    .returning();
  if (!activated) return 'none' as const;
  await w.audit({ action: 'portal_user.add', type: 'contact', id: contact.id, details: { via: what } });
  return (await sendInvitation(w.tenant, activated)) ? ('invited' as const) : ('none' as const);
}

/**
 * Something new was shared on a ticket or project: the portal users on it (ticket creator, ticket contact and
 * people; project members) get a notification, e-mailed when their ticket (project) update preference is on.
 */
export async function announceShared(tenant: Tenant, what: 'ticket' | 'project', id: string, name: string, text: string) {
  const db = await getDb();
  // The ticket's contact and approvers: their e-mail goes to a delegate while they are out of office.
  const delegable = new Set<string | null>();
  const ids =
    what === 'ticket'
      ? await db
          .select({ a: tickets.createdByContactId, b: tickets.ticketContactId, c: ticketPeople.contactId, role: ticketPeople.role })
          .from(tickets)
          .leftJoin(ticketPeople, eq(ticketPeople.ticketId, tickets.id))
          .where(and(eq(tickets.tenantId, tenant.id), eq(tickets.id, id)))
          .then((rows) => rows.flatMap((r) => (delegable.add(r.b).add(r.role === 'approver' ? r.c : null), [r.a, r.b, r.c])))
      : await db
          .select({ a: projectMembers.contactId })
          .from(projectMembers)
          .where(and(eq(projectMembers.tenantId, tenant.id), eq(projectMembers.projectId, id)))
          .then((rows) => rows.map((r) => r.a));
  const unique = [...new Set(ids.filter((x): x is string => Boolean(x)))];
  if (unique.length === 0) return;
  const recipients = await db
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.tenantId, tenant.id), inArray(contacts.id, unique), eq(contacts.portalAccess, true)));
  const notice = {
    title: what === 'ticket' ? ('ticketNoteTitle' as const) : ('projectNewsTitle' as const),
    body: 'sharedText' as const,
    values: { name, text: text.slice(0, 500) },
  };
  for (const r of recipients) {
    const email = what === 'ticket' ? ('ticketUpdates' as const) : ('projectUpdates' as const);
    await notify(tenant, r.id, notice, what === 'ticket' ? `/tickets/${id}` : `/projects/${id}`, { email, delegable: delegable.has(r.id) });
  }
}
