import 'server-only';
import { and, eq } from 'drizzle-orm';
import sharp, { type Metadata } from 'sharp';
import { getDb } from '@/lib/db/client';
import { contactAvatars, contacts } from '@/lib/db/schema';
import type { ClientWork } from '@/lib/pipeline';

export const MAX_MEGAPIXELS = 4;
export const MAX_BYTES = 10 * 1024 * 1024;

type Kind = 'jpeg' | 'png' | 'gif' | 'tiff';

/** The picture type from the file's first bytes — never from its name or the browser's claim. */
export function sniffImage(bytes: Uint8Array): Kind | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0xff, 0xd8, 0xff)) return 'jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'gif';
  if (starts(0x49, 0x49, 0x2a, 0x00) || starts(0x4d, 0x4d, 0x00, 0x2a)) return 'tiff';
  return null;
}

export type AvatarResult = { ok: true; data: Buffer; contentType: string } | { ok: false; error: 'badType' | 'tooLarge' | 'tooBig' | 'unreadable'; megapixels?: number };

/**
 * Checks and prepares a profile picture: JPEG, TIFF, PNG or GIF by content, at most 4 megapixels.
 * TIFF becomes PNG (browsers cannot show TIFF); JPEG and PNG are re-encoded, which also drops metadata
 * such as GPS positions; GIF is kept as it is, animation included.
 */
export async function prepareAvatar(bytes: Buffer): Promise<AvatarResult> {
  if (bytes.length > MAX_BYTES) return { ok: false, error: 'tooBig' };
  const kind = sniffImage(bytes);
  if (!kind) return { ok: false, error: 'badType' };
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: 50_000_000 }).metadata();
  } catch {
    return { ok: false, error: 'unreadable' };
  }
  const megapixels = ((meta.width ?? 0) * (meta.height ?? 0)) / 1_000_000;
  if (!meta.width || !meta.height) return { ok: false, error: 'unreadable' };
  if (megapixels > MAX_MEGAPIXELS) return { ok: false, error: 'tooLarge', megapixels: Math.round(megapixels * 10) / 10 };
  try {
    if (kind === 'gif') return { ok: true, data: bytes, contentType: 'image/gif' };
    if (kind === 'jpeg') return { ok: true, data: await sharp(bytes).rotate().jpeg({ quality: 88 }).toBuffer(), contentType: 'image/jpeg' };
    return { ok: true, data: await sharp(bytes).rotate().png().toBuffer(), contentType: 'image/png' };
  } catch {
    return { ok: false, error: 'unreadable' };
  }
}

export async function saveAvatar(w: ClientWork<'own_account'>, data: Buffer, contentType: string) {
  const now = new Date();
  await w.tx
    .insert(contactAvatars)
    .values({ contactId: w.contact.id, tenantId: w.tenant.id, data, contentType, updatedAt: now })
    .onConflictDoUpdate({ target: contactAvatars.contactId, set: { data, contentType, updatedAt: now }, setWhere: eq(contactAvatars.tenantId, w.tenant.id) });
  await w.tx.update(contacts).set({ avatarUpdatedAt: now }).where(and(eq(contacts.tenantId, w.tenant.id), eq(contacts.id, w.contact.id)));
  await w.audit({ type: 'contact', id: w.contact.id });
}

/** A contact's picture; with `companyId`, only when the contact belongs to that company. */
export async function getAvatar(tenantId: string, contactId: string, companyId?: string) {
  const db = await getDb();
  const [row] = await db
    .select({ data: contactAvatars.data, contentType: contactAvatars.contentType })
    .from(contactAvatars)
    .innerJoin(contacts, eq(contacts.id, contactAvatars.contactId))
    .where(and(eq(contactAvatars.tenantId, tenantId), eq(contactAvatars.contactId, contactId), companyId ? eq(contacts.companyId, companyId) : undefined));
  return row ?? null;
}
