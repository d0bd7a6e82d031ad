import { getStaff } from '@/lib/auth/staff';
import { csvResponse } from '@/lib/csv';
import { staffInvoicesCsv } from '@/lib/invoices/exports';
import { exportInvoices, parseStaffInvoiceFilter } from '@/lib/invoices/queries';
import { todayIso } from '@/lib/invoices/status';

/** The Invoices list as CSV (?company=&status=, as on screen): any staff member of the tenant sees that list. */
export async function GET(request: Request) {
  const staff = await getStaff();
  if (!staff) return new Response('Not found', { status: 404 });
  const params = new URL(request.url).searchParams;
  const filter = parseStaffInvoiceFilter({ company: params.get('company'), status: params.get('status') });
  const today = todayIso();
  const rows = await exportInvoices({ tenantId: staff.tenant.id, today, ...filter });
  return csvResponse(`invoices-${today}.csv`, staffInvoicesCsv(rows, today));
}
