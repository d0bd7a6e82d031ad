import { getClient } from '@/lib/auth/client';
import { companySearchResponse } from '@/lib/companies/search';
import { notFoundJson } from '@/lib/http/json';
import { companyTree, may, viewerOf } from '@/lib/portal/access';

/**
 * Portal Admin › Logins' **Company** combobox: GET ?q= or ?id=, within the Manager's company and its subsidiaries.
 * Without the Logins permission, in a preview (read-only) or before two-factor set-up: 404.
 */
export async function GET(request: Request) {
  const client = await getClient();
  if (!client || client.preview || client.twoFactorPending) return notFoundJson();
  const viewer = viewerOf(client);
  if (!may(viewer, 'portal_admin.logins')) return notFoundJson();
  return companySearchResponse(request, { tenantId: viewer.tenantId, companyIds: await companyTree(viewer) });
}
