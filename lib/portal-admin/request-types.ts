import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { REQUEST_TYPES, companies, type Company, type RequestType } from '@/lib/db/schema';
import { NotFoundError, fieldError } from '@/lib/errors';
import type { ClientWork } from '@/lib/pipeline';
import type { Viewer } from '@/lib/portal/access';
import { DEFAULT_NOT_OFFERED, OFFER_AT_LEAST_ONE, type RequestTypesInput } from './request-type-schemas';

/** Portal Admin › Request Type Preferences: which request types the company's users are offered, and the default. */

export type RequestTypePreferences = { offered: RequestType[]; defaultRequestType: RequestType };

/** Nothing chosen yet: every type is offered and a service request is the default. */
export function preferencesOf(company: Pick<Company, 'requestTypes' | 'defaultRequestType'>): RequestTypePreferences {
  const offered = REQUEST_TYPES.filter((type) => !company.requestTypes || company.requestTypes.includes(type));
  const wanted = company.defaultRequestType ?? 'service_request';
  return { offered, defaultRequestType: offered.includes(wanted) ? wanted : (offered[0] ?? 'service_request') };
}

export async function getRequestTypePreferences(viewer: Pick<Viewer, 'tenantId' | 'companyId'>): Promise<RequestTypePreferences> {
  const db = await getDb();
  const [company] = await db
    .select({ requestTypes: companies.requestTypes, defaultRequestType: companies.defaultRequestType })
    .from(companies)
    .where(and(eq(companies.tenantId, viewer.tenantId), eq(companies.id, viewer.companyId)));
  if (!company) throw new NotFoundError('company');
  return preferencesOf(company);
}

/** At least one type offered, and the default one of them. */
export async function setRequestTypePreferences(w: ClientWork<'portal_admin.request_types'>, input: RequestTypesInput) {
  if (!input.requestTypes.length) throw fieldError('requestTypes', OFFER_AT_LEAST_ONE);
  if (!input.requestTypes.includes(input.defaultRequestType)) throw fieldError('defaultRequestType', DEFAULT_NOT_OFFERED);
  const [updated] = await w.tx
    .update(companies)
    .set({ requestTypes: input.requestTypes, defaultRequestType: input.defaultRequestType })
    .where(and(eq(companies.tenantId, w.tenant.id), eq(companies.id, w.viewer.companyId)))
    .returning({ id: companies.id });
  if (!updated) throw new NotFoundError('company');
  await w.audit({ type: 'company', id: updated.id, details: { offered: input.requestTypes, default: input.defaultRequestType } });
}

export const TYPE_NOT_OFFERED = 'Choose one of the offered request types.';

/** The request type of a new service request: the one chosen, if the company offers it, else the company's default. */
export async function requestTypeForRequest(viewer: Pick<Viewer, 'tenantId' | 'companyId'>, requestType: RequestType | undefined) {
  const { offered, defaultRequestType } = await getRequestTypePreferences(viewer);
  if (requestType && !offered.includes(requestType)) throw fieldError('requestType', TYPE_NOT_OFFERED);
  return requestType ?? defaultRequestType;
}
