import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { checkClientCredentials } from '@/lib/auth/client';
import { createSession, validateContactSession } from '@/lib/auth/sessions';
import { getDb, getDriver } from '@/lib/db/client';
import { companies } from '@/lib/db/schema';
import { DEMO_PASSWORD } from '@/lib/db/seed';
import { demo } from '../support/demo';

describe('the Neon serverless driver (WebSocket pool through a relay to Postgres)', () => {
  it('is the driver in use, and migrations ran through it', async () => {
    expect(await getDriver()).toBe('neon');
    const db = await getDb();
    const { rows } = (await db.execute(sql`select count(*)::int as n from security_levels where built_in`)) as unknown as { rows: { n: number }[] };
    expect(rows[0].n).toBe(3);
  });

  it('seeds, signs in and validates sessions', async () => {
    const { acme } = await demo();
    const result = await checkClientCredentials(acme, 'nataliya@coolair.com', DEMO_PASSWORD);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const token = await createSession({ tenantId: acme.id, kind: 'client', contactId: result.contactId, sessionVersion: 0 });
    expect((await validateContactSession(token, acme.id, 'client'))?.contact.id).toBe(result.contactId);
  });

  it('runs transactions, rolling back on error', async () => {
    const { db, acme } = await demo();
    await expect(
      db.transaction(async (tx) => {
        await tx.insert(companies).values({ tenantId: acme.id, name: 'Rolled Back Ltd' });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await db.select().from(companies).where(eq(companies.name, 'Rolled Back Ltd'))).toHaveLength(0);
    await db.transaction(async (tx) => {
      await tx.insert(companies).values({ tenantId: acme.id, name: 'Committed Ltd' });
    });
    expect(await db.select().from(companies).where(eq(companies.name, 'Committed Ltd'))).toHaveLength(1);
  });
});
