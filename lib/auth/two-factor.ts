import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import { getDb } from '@/lib/db/client';
import type { ClientWork } from '@/lib/pipeline';
import { contacts, type Company, type Contact, type Tenant } from '@/lib/db/schema';
import { hashToken } from './random';
import { open, seal } from './secret-box';

const PURPOSE = 'totp';
export type TwoFactorStatus = 'configured' | 'notConfigured' | 'notRequired';

export const isTwoFactorRequired = (tenant: Pick<Tenant, 'twoFactorRequired'>, company: Pick<Company, 'twoFactorRequired'>) =>
  tenant.twoFactorRequired || company.twoFactorRequired;

/** What staff see on the contact: Configured / Not Configured / Not Required. */
export function twoFactorStatus(tenant: Pick<Tenant, 'twoFactorRequired'>, company: Pick<Company, 'twoFactorRequired'>, contact: Pick<Contact, 'totpConfiguredAt'>): TwoFactorStatus {
  if (contact.totpConfiguredAt) return 'configured';
  return isTwoFactorRequired(tenant, company) ? 'notConfigured' : 'notRequired';
}

/**
 * The key offered for set-up, sealed for the form to carry back: nothing is written until a code from the app
 * confirms it, so a page that is only looked at changes nothing. Reloading offers a new key.
 */
export async function setupKey(tenant: Tenant, contact: Contact) {
  const sealed = contact.totpSecret ?? seal(generateSecret(), PURPOSE);
  const secret = open(sealed, PURPOSE);
  const uri = generateURI({ issuer: `${tenant.name} Customer Portal`, label: contact.logonName ?? contact.email, secret });
  return { secret, sealed, qrCode: await QRCode.toDataURL(uri, { margin: 1, width: 220 }) };
}

async function codeMatches(sealed: string | null, code: string) {
  if (!sealed || !/^\d{6}$/.test(code)) return false;
  let secret: string;
  try {
    secret = open(sealed, PURPOSE);
  } catch {
    return false; // not a key this server sealed
  }
  return (await verify({ secret, token: code, epochTolerance: 30 })).valid;
}

const normalizeRecovery = (code: string) => code.replace(/[\s-]/g, '').toLowerCase();

/**
 * Confirms set-up with the offered key and a code from the app; returns ten one-time recovery codes (shown once,
 * stored hashed). The set-up action records it in the audit log, in the same transaction.
 */
export async function confirmSetup(w: ClientWork<'own_account'>, sealedKey: string, code: string): Promise<string[] | null> {
  if (w.contact.totpConfiguredAt || !(await codeMatches(sealedKey, code))) return null;
  const codes = Array.from({ length: 10 }, () => randomBytes(5).toString('hex').replace(/^(.{5})/, '$1-'));
  await w.tx
    .update(contacts)
    .set({ totpSecret: sealedKey, totpConfiguredAt: new Date(), recoveryCodeHashes: codes.map((c) => hashToken(normalizeRecovery(c))) })
    .where(and(eq(contacts.tenantId, w.tenant.id), eq(contacts.id, w.contact.id)));
  return codes;
}

/** A current code from the app, or an unused recovery code (which is then used up). */
export async function verifySecondFactor(tenantId: string, contact: Contact, input: string): Promise<boolean> {
  const code = input.trim();
  if (await codeMatches(contact.totpSecret, code)) return true;
  const hash = hashToken(normalizeRecovery(code));
  if (!contact.recoveryCodeHashes?.includes(hash)) return false;
  const db = await getDb();
  const [used] = await db
    .update(contacts)
    .set({ recoveryCodeHashes: sql`${contacts.recoveryCodeHashes} - ${hash}::text` })
    .where(and(eq(contacts.tenantId, tenantId), eq(contacts.id, contact.id), sql`${contacts.recoveryCodeHashes} ? ${hash}::text`))
    .returning({ id: contacts.id });
  return Boolean(used);
}
