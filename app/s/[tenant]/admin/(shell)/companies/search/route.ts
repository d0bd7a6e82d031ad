import { getStaff } from '@/lib/auth/staff';
import { matchesJson, searchCompanyNames, typed } from '@/lib/companies/pickers';
import { notFoundJson } from '@/lib/http/json';

/**
 * The staff company combobox (parent company; project, ticket, invoice and article forms; list filters): GET ?q=,
 * 20 matches. Any staff member of this tenant — the Companies list shows every name to view-only staff too, and
 * the list filters are theirs. Anyone else is answered 404.
 */
export async function GET(request: Request) {
  const staff = await getStaff();
  if (!staff) return notFoundJson();
  return matchesJson(await searchCompanyNames({ tenantId: staff.tenant.id, q: typed(request) }));
}
