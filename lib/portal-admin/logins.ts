import 'server-only';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { companies, contacts } from '@/lib/db/schema';
import { levelChoices } from '@/lib/security-levels/queries';
import { companyTree, type Viewer } from '@/lib/portal/access';
import { getPortalUserDetail, getPortalUsersPage, type PortalUserFormOptions } from '@/lib/portal-users/queries';
import type { ListParams } from '@/lib/portal-users/schemas';

/**
 * Portal Admin › Logins: what a client Manager sees of Portal Access — the portal users of their own company and
 * its subsidiaries, never another company's. The changes go through lib/portal-users/service, which applies the
 * same scope and the client's rules (levels assignable by client, nothing above their own).
 */
export async function getCompanyLoginsPage(viewer: Viewer, params: ListParams) {
  return getPortalUsersPage({ tenantId: viewer.tenantId, params, companyIds: await companyTree(viewer) });
}

/** A login of the viewer's company tree, or null (another company's or tenant's id is simply not found). */
export async function getCompanyLogin(viewer: Viewer, contactId: string) {
  const detail = await getPortalUserDetail({ tenantId: viewer.tenantId, contactId });
  if (!detail || !(await companyTree(viewer)).includes(detail.contact.companyId)) return null;
  return detail;
}

/**
 * What the client's Add / Edit login form offers: the companies of the tree, and the levels a Manager may give —
 * marked *Assignable by client* and allowing nothing their own level does not — plus `keep`, a user's current
 * level, so an edit can leave it as it is.
 */
export async function getCompanyLoginOptions(viewer: Viewer, keep?: string | null): Promise<PortalUserFormOptions> {
  const db = await getDb();
  const tree = await companyTree(viewer);
  const [companyOptions, levels, withoutAccess] = await Promise.all([
    db
      .select({ id: companies.id, name: companies.name, email: companies.email })
      .from(companies)
      .where(and(eq(companies.tenantId, viewer.tenantId), inArray(companies.id, tree)))
      .orderBy(asc(companies.name)),
    levelChoices(viewer.tenantId),
    db
      .select({ email: contacts.email, firstName: contacts.firstName, lastName: contacts.lastName, companyId: contacts.companyId })
      .from(contacts)
      .where(and(eq(contacts.tenantId, viewer.tenantId), inArray(contacts.companyId, tree), isNull(contacts.logonName)))
      .orderBy(asc(contacts.email))
      .limit(500),
  ]);
  const givable = levels.filter((l) => l.id === keep || (l.clientAssignable && l.permissions.every((p) => viewer.permissions.includes(p))));
  return {
    companies: companyOptions.map((c) => ({ ...c, primaryEmail: null, billingEmail: null })),
    levels: givable,
    contactsWithoutAccess: withoutAccess.map((c) => ({ ...c, email: c.email.toLowerCase() })),
  };
}
