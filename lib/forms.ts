import { z } from 'zod';

/** A checkbox: `true` from react-hook-form, `"on"` from FormData, absent when unticked. */
export const checkbox = z
  .union([z.boolean(), z.enum(['on', 'true', 'false'])])
  .optional()
  .transform((v) => v === true || v === 'on' || v === 'true');

/** An optional select or text field: empty string means none. */
export const optionalId = z
  .union([z.uuid('Choose a valid option.'), z.literal('')])
  .optional()
  .transform((v) => v || null);

export const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((v) => v || null);
