import 'server-only';
import { may, type Viewer } from '@/lib/portal/access';
import { getCompanyHours, today } from './queries';

/**
 * The Block Hours and Retainers reports as a portal user sees them: only with the level's "invoices.view", and only
 * the viewer's own company of their own tenant. Anyone else gets null (the pages and files answer 404).
 */
export async function getPortalHours(viewer: Viewer, on = today()) {
  if (!may(viewer, 'invoices.view')) return null;
  return getCompanyHours({ tenantId: viewer.tenantId, companyId: viewer.companyId }, on);
}
export type PortalHours = NonNullable<Awaited<ReturnType<typeof getPortalHours>>>;
