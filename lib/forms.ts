import { z } from 'zod';

export const CONTROL_CHARACTERS = 'Remove the invisible control characters from this text.';

// C0 controls and DEL: invisible, and Postgres refuses NUL in text outright. Multi-line text keeps tab, newline and CR.
const SINGLE_LINE_CONTROL = /[\u0000-\u001f\u007f]/;
/** Never allowed in any field, even a multi-line one (the action pipeline checks every field with it). */
export const MULTI_LINE_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * Every text field starts here: trimmed (unless `trim: false`, for passwords and code) and free of control
 * characters, checked after trimming so that a pasted trailing newline is not an error.
 */
export function text({ multiline = false, trim = true }: { multiline?: boolean; trim?: boolean } = {}) {
  const control = multiline ? MULTI_LINE_CONTROL : SINGLE_LINE_CONTROL;
  return (trim ? z.string().trim() : z.string()).refine((v) => !control.test(v), CONTROL_CHARACTERS);
}

/** A checkbox: `true` from react-hook-form, `"on"` from FormData, absent when unticked. */
export const checkbox = z
  .union([z.boolean(), z.enum(['on', 'true', 'false'])])
  .optional()
  .transform((v) => v === true || v === 'on' || v === 'true');

/**
 * An optional field: empty (or only spaces) or absent means none (`null`); anything else must pass `schema`. Empty is
 * not a union member, so a bad value shows `schema`'s message alone (a union would add zod's `expected ""`).
 */
export const blankOr = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional()).transform((v) => v ?? null);

/** An optional select or text field: empty string means none. */
export const optionalId = blankOr(z.uuid('Choose a valid option.'));

export const optionalText = (max: number, message: string) =>
  text()
    .max(max, message)
    .optional()
    .transform((v) => v || null);
