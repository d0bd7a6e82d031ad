import { z } from 'zod';
import { REQUEST_TYPES, type RequestType } from '@/lib/db/schema';
import { checkbox } from '@/lib/forms';

export const OFFER_AT_LEAST_ONE = 'Offer at least one request type.';
export const DEFAULT_NOT_OFFERED = 'The default request type must be one of the offered types.';

/**
 * Request Type Preferences: one checkbox per request type (a form sends each under its own name) and the default.
 * That at least one is offered, and the default among them, is checked where they are saved.
 */
export const requestTypesSchema = z
  .object({
    ...(Object.fromEntries(REQUEST_TYPES.map((type) => [type, checkbox])) as Record<RequestType, typeof checkbox>),
    defaultRequestType: z.enum(REQUEST_TYPES, 'Choose the default request type.'),
  })
  .transform(({ defaultRequestType, ...offered }) => ({ requestTypes: REQUEST_TYPES.filter((type) => offered[type]), defaultRequestType }));
export type RequestTypesInput = z.infer<typeof requestTypesSchema>;
