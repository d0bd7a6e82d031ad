import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { emailOutbox } from '@/lib/db/schema';

export async function getOutboxByTenant({ tenantId, limit = 100 }: { tenantId: string; limit?: number }) {
  const db = await getDb();
  return db.select().from(emailOutbox).where(eq(emailOutbox.tenantId, tenantId)).orderBy(desc(emailOutbox.createdAt)).limit(limit);
}
