import { z } from 'zod';
import { getStaff } from '@/lib/auth/staff';
import { csvResponse } from '@/lib/csv';
import { notFoundResponse, staffHoursCsv } from '@/lib/hours/exports';
import { getCompanyHours, getHoursCompany, today } from '@/lib/hours/queries';

/**
 * One of a company's hours lists as CSV (?list=blocks|retainers|entries): any staff member of the tenant sees these
 * lists; another tenant's company, an unknown list or no session: 404.
 */
export async function GET(request: Request, { params }: { params: Promise<{ companyId: string }> }) {
  const staff = await getStaff();
  const { companyId } = await params;
  if (!staff || !z.uuid().safeParse(companyId).success) return notFoundResponse();
  const scope = { tenantId: staff.tenant.id, companyId };
  const company = await getHoursCompany(scope);
  if (!company) return notFoundResponse();
  const list = new URL(request.url).searchParams.get('list');
  const day = today();
  const csv = staffHoursCsv(await getCompanyHours(scope, day), list);
  return csv ? csvResponse(`${company.name} ${list} ${day}.csv`, csv) : notFoundResponse();
}
