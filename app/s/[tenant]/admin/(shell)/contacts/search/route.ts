import { z } from 'zod';
import { can, getStaff } from '@/lib/auth/staff';
import { matchesJson, searchContacts, typed } from '@/lib/companies/pickers';
import { notFoundJson } from '@/lib/http/json';

/**
 * The ticket form's **Ticket contact** combobox: GET ?q= (&company= narrows to one company), 20 matches. Only staff
 * of this tenant who edit tickets; anyone else is answered 404. A malformed company id finds nobody.
 */
export async function GET(request: Request) {
  const staff = await getStaff();
  if (!staff || !can(staff.user, 'tickets.edit')) return notFoundJson();
  const company = new URL(request.url).searchParams.get('company');
  if (company !== null && !z.uuid().safeParse(company).success) return matchesJson([]);
  return matchesJson(await searchContacts({ tenantId: staff.tenant.id, q: typed(request), companyId: company ?? undefined }));
}
