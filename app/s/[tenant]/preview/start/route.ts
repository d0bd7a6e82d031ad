import { NextResponse, type NextRequest } from 'next/server';
import { requestMeta } from '@/lib/auth/client';
import { PREVIEW_COOKIE, PREVIEW_MS, startPreview } from '@/lib/auth/preview';
import { publicProtocol, tenantBaseUrl } from '@/lib/tenancy/host';
import { requireTenant } from '@/lib/tenancy/tenant';

/** Uses a preview hand-off once and sets the separate preview cookie. */
export async function GET(request: NextRequest) {
  const tenant = await requireTenant();
  const base = tenantBaseUrl(tenant.slug);
  const token = request.nextUrl.searchParams.get('token') ?? '';
  const session = token ? await startPreview(tenant, token, await requestMeta()) : null;
  if (!session) return NextResponse.redirect(`${base}/preview/invalid`, 303);
  const response = NextResponse.redirect(`${base}/home`, 303);
  response.cookies.set(PREVIEW_COOKIE, session, { httpOnly: true, sameSite: 'lax', path: '/', secure: publicProtocol() === 'https', maxAge: PREVIEW_MS / 1000 });
  return response;
}
