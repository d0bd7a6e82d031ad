import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { companies } from '@/lib/db/schema';
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
 * What the client's Add / Edit login form offers: companies of the tree, searched by /portal-admin/logins/companies
 * (`company` chosen already: the edited login's, or the only one of a tree of one), and the levels a Manager may
 * give — marked *Assignable by client* and allowing nothing their own level does not — plus `keep`, a user's current
 * level, so an edit can leave it as it is.
 */
export async function getCompanyLoginOptions(viewer: Viewer, keep?: string | null, company?: PortalUserFormOptions['company']): Promise<PortalUserFormOptions> {
  const tree = await companyTree(viewer);
  const [levels, only] = await Promise.all([
    levelChoices(viewer.tenantId),
    company || tree.length !== 1
      ? Promise.resolve([])
      : getDb().then((db) => db.select({ id: companies.id, name: companies.name }).from(companies).where(and(eq(companies.tenantId, viewer.tenantId), eq(companies.id, tree[0])))),
  ]);
  const givable = levels.filter((l) => l.id === keep || (l.clientAssignable && l.permissions.every((p) => viewer.permissions.includes(p))));
  return { levels: givable, companySearchUrl: '/portal-admin/logins/companies', company: company ?? only[0] ?? null };
}
