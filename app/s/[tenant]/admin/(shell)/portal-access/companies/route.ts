import { can, getStaff } from '@/lib/auth/staff';
import { companySearchResponse } from '@/lib/companies/search';
import { notFoundJson } from '@/lib/http/json';

/**
 * The Add / Edit Portal User form's **Company** combobox: GET ?q= (20 matches) or ?id= (the chosen one). Only staff
 * of this tenant who may edit portal users; anyone else is answered 404.
 */
export async function GET(request: Request) {
  const staff = await getStaff();
  if (!staff || !can(staff.user, 'portal_users.edit')) return notFoundJson();
  return companySearchResponse(request, { tenantId: staff.tenant.id });
}
