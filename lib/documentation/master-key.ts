import { createHash } from 'node:crypto';
import { env } from '@/lib/env';

/** The master key of documentation secrets (DOCUMENTATION_KEY), checked at start-up by instrumentation.ts. */
const DEV_KEY = 'client-portal-development-documentation-key-not-for-production';
export const MISSING_KEY = 'DOCUMENTATION_KEY must be set in production: 32 random bytes, base64 or hex (see README: Environment).';

type MasterKey = { id: string; key: Buffer };

/** 32 bytes given as base64 or hex; any other text (the development default) is hashed to 32 bytes. */
function masterKeyFrom(value: string): MasterKey {
  const raw = /^[0-9a-f]{64}$/i.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
  const key = raw.length === 32 ? raw : createHash('sha256').update(value).digest();
  return { key, id: createHash('sha256').update('documentation-master-key:').update(key).digest('hex').slice(0, 16) };
}

/** The master key now in force; in production a missing key is an error at start-up (instrumentation.ts). */
export function masterKey(): MasterKey {
  const value = env().DOCUMENTATION_KEY;
  if (value) return masterKeyFrom(value);
  if (env().NODE_ENV === 'production') throw new Error(MISSING_KEY);
  return masterKeyFrom(DEV_KEY);
}

export function previousMasterKey(): MasterKey | null {
  const value = env().DOCUMENTATION_KEY_PREVIOUS;
  return value ? masterKeyFrom(value) : null;
}
