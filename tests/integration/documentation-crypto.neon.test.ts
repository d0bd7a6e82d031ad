/**
 * Documentation secrets through the Neon serverless driver (issue 11: encryption round-trip and key rotation on
 * every driver). PGlite and node-postgres run tests/integration/documentation-admin.test.ts.
 */
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDriver } from '@/lib/db/client';
import { documentationRecords } from '@/lib/db/schema';
import { forgetDataKeys, openSecret, rotateMasterKey, sealSecret } from '@/lib/documentation/crypto';
import { resetEnvForTests } from '@/lib/env';
import { demo } from '../support/demo';

function useKeys(key: string | undefined, previous?: string) {
  for (const [name, value] of [
    ['DOCUMENTATION_KEY', key],
    ['DOCUMENTATION_KEY_PREVIOUS', previous],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  resetEnvForTests();
  forgetDataKeys();
}

describe('documentation secrets on the Neon driver', () => {
  it('seals and opens within a tenant only, and a seeded secret opens', async () => {
    expect(await getDriver()).toBe('neon');
    const { db, acme, globex } = await demo();
    const sealed = await sealSecret(acme.id, 'Neon-Round-Trip-1');
    expect(sealed).not.toContain('Neon-Round-Trip-1');
    expect(await openSecret(acme.id, sealed)).toBe('Neon-Round-Trip-1');
    await expect(openSecret(globex.id, sealed)).rejects.toThrow();
    const [bms] = await db.select().from(documentationRecords).where(eq(documentationRecords.name, 'Building management system'));
    expect(await openSecret(acme.id, bms.secret!)).toBe('Thermo-Sh4red-2026!');
  });

  it('rotates the master key inside a transaction and opens with the new key alone', async () => {
    const { db, acme } = await demo();
    const saved = { key: process.env.DOCUMENTATION_KEY, previous: process.env.DOCUMENTATION_KEY_PREVIOUS };
    const DEV = 'client-portal-development-documentation-key-not-for-production';
    const A = randomBytes(32).toString('base64');
    const B = randomBytes(32).toString('base64');
    try {
      useKeys(A, DEV);
      await db.transaction((tx) => rotateMasterKey(tx));
      useKeys(A);
      const sealed = await sealSecret(acme.id, 'Neon-Rotation-2');
      useKeys(B, A);
      expect((await db.transaction((tx) => rotateMasterKey(tx))).rewrapped).toBeGreaterThanOrEqual(1);
      useKeys(B);
      expect(await openSecret(acme.id, sealed)).toBe('Neon-Rotation-2');
      useKeys(A);
      await expect(openSecret(acme.id, sealed)).rejects.toThrow('not configured');
    } finally {
      useKeys(undefined, B);
      await rotateMasterKey();
      useKeys(saved.key, saved.previous);
    }
  });
});
