import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { runStaff } from '@/lib/pipeline';
import { createPreviewHandoff } from '@/lib/auth/preview';
import { getStaff } from '@/lib/auth/staff';
import { ActionError, NotFoundError } from '@/lib/errors';
import { fromOwnOrigin } from '@/lib/http/origin';
import { adminBaseUrl } from '@/lib/tenancy/host';
import { requireTenant } from '@/lib/tenancy/tenant';

type Params = { params: Promise<{ contactId: string }> };

const page = (status: number, title: string, text: string) =>
  new NextResponse(
    `<!doctype html><title>${title}</title><main style="font-family:sans-serif;max-width:32rem;margin:4rem auto;text-align:center"><h1>${title}</h1><p role="alert">${text}</p></main>`,
    { status, headers: { 'content-type': 'text/html; charset=utf-8' } },
  );

/**
 * View Portal / Preview Client Portal (a form POST into a new tab): mints the single-use, one-minute hand-off to a
 * separate preview session on the portal. Never on a GET, so no link, image or prefetch can start a preview.
 */
export async function POST(request: NextRequest, { params }: Params) {
  const tenant = await requireTenant();
  if (!fromOwnOrigin(request)) return page(403, 'Preview not allowed', 'This request did not come from the staff section.');
  const staff = await getStaff();
  if (!staff) return NextResponse.redirect(`${adminBaseUrl(tenant.slug)}/admin/sign-in`, 303);
  const { contactId } = await params;
  if (!z.uuid().safeParse(contactId).success) return page(404, 'Not found', 'That portal user was not found.');
  try {
    const { url } = await runStaff(staff, { permission: 'portal.preview', audit: 'preview.handoff' }, (w) => createPreviewHandoff(w, contactId));
    return NextResponse.redirect(url, 303);
  } catch (error) {
    if (error instanceof ActionError) return page(error instanceof NotFoundError ? 404 : 403, 'Preview not allowed', error.message);
    throw error;
  }
}

/** An old bookmark of the preview address: the portal user's page, where Preview Client Portal is. */
export async function GET(_request: NextRequest, { params }: Params) {
  const tenant = await requireTenant();
  const { contactId } = await params;
  return NextResponse.redirect(`${adminBaseUrl(tenant.slug)}/admin/portal-access/${encodeURIComponent(contactId)}`, 303);
}
