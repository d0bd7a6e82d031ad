import 'server-only';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { getDb, type Db } from '@/lib/db/client';
import { tenantDataKeys } from '@/lib/db/schema';
import { masterKey, previousMasterKey } from './master-key';

/**
 * Envelope encryption of documentation secrets (passwords, license keys): each tenant has a random 256-bit data
 * key, stored wrapped (AES-256-GCM) by the master key DOCUMENTATION_KEY; a secret is sealed with its tenant's data
 * key, the tenant id bound in as associated data so a ciphertext copied to another tenant does not open.
 * Rotating the master key re-wraps the data keys only (`npm run documentation:rotate-key`).
 */

const VERSION = 'v1';

function encrypt(key: Buffer, plain: Buffer, aad: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad));
  const data = Buffer.concat([cipher.update(plain), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), data].map((b) => (typeof b === 'string' ? b : b.toString('base64url'))).join('.');
}

function decrypt(key: Buffer, sealed: string, aad: string): Buffer {
  const [version, iv, tag, data] = sealed.split('.');
  if (version !== VERSION || !iv || !tag || data === undefined) throw new Error('not a sealed documentation value');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(aad));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]);
}

const unwrapped = new Map<string, Buffer>();

/** The wrapped key opened with whichever master key wrapped it (the previous one only during a rotation). */
function unwrap(row: { tenantId: string; wrappedKey: string; masterKeyId: string }): Buffer {
  const cacheKey = `${row.masterKeyId}:${row.wrappedKey}`;
  const cached = unwrapped.get(cacheKey);
  if (cached) return cached;
  const master = [masterKey(), previousMasterKey()].find((m) => m?.id === row.masterKeyId);
  if (!master) throw new Error('The documentation data key was wrapped by a master key that is not configured.');
  const key = decrypt(master.key, row.wrappedKey, `data-key:${row.tenantId}`);
  unwrapped.set(cacheKey, key);
  return key;
}

/** The tenant's data key, made on first use. */
async function dataKey(tenantId: string, tx?: Db): Promise<Buffer> {
  const db = tx ?? (await getDb());
  const read = () => db.select().from(tenantDataKeys).where(eq(tenantDataKeys.tenantId, tenantId));
  let [row] = await read();
  if (!row) {
    const master = masterKey();
    const wrappedKey = encrypt(master.key, randomBytes(32), `data-key:${tenantId}`);
    await db.insert(tenantDataKeys).values({ tenantId, wrappedKey, masterKeyId: master.id }).onConflictDoNothing();
    [row] = await read();
  }
  return unwrap(row);
}

/** Seals a secret for storage in documentation_records.secret. */
export async function sealSecret(tenantId: string, plain: string, tx?: Db): Promise<string> {
  return encrypt(await dataKey(tenantId, tx), Buffer.from(plain, 'utf8'), `secret:${tenantId}`);
}

/** Opens a stored secret: only Reveal (an audited action) calls this. */
export async function openSecret(tenantId: string, sealed: string, tx?: Db): Promise<string> {
  return decrypt(await dataKey(tenantId, tx), sealed, `secret:${tenantId}`).toString('utf8');
}

/**
 * Re-wraps every tenant's data key with the current master key (DOCUMENTATION_KEY), reading keys wrapped by
 * DOCUMENTATION_KEY_PREVIOUS. Secrets themselves are untouched. Returns how many keys were re-wrapped.
 */
export async function rotateMasterKey(tx?: Db): Promise<{ rewrapped: number; current: number }> {
  const db = tx ?? (await getDb());
  const master = masterKey();
  const rows = await db.select().from(tenantDataKeys);
  let rewrapped = 0;
  for (const row of rows) {
    if (row.masterKeyId === master.id) continue;
    const key = unwrap(row);
    await db
      .update(tenantDataKeys)
      .set({ wrappedKey: encrypt(master.key, key, `data-key:${row.tenantId}`), masterKeyId: master.id, rotatedAt: new Date() })
      .where(eq(tenantDataKeys.tenantId, row.tenantId));
    rewrapped++;
  }
  return { rewrapped, current: rows.length - rewrapped };
}

/** For tests that change keys between cases. */
export function forgetDataKeys() {
  unwrapped.clear();
}
