import { sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { SCALE } from './scale';

export const BENCH = { slug: 'bench', companies: SCALE.companies, usersPerCompany: SCALE.usersPerCompany, filter: 'air', page: SCALE.page, size: 100 } as const;

const adjectives = ['Cool', 'Hot', 'Blue', 'Red', 'Fresh', 'Prime', 'North', 'South', 'Metro', 'Urban'];
const nouns = ['Air', 'Water', 'Windows', 'Apartments', 'Builders', 'Logistics', 'Dental', 'Legal', 'Foods', 'Motors'];

/** A tenant with 5,000 companies and 100,000 portal users (fewer with BENCH_SCALE=small), generated inside the database. */
export async function seedLargeTenant(db: Db) {
  await db.execute(sql`insert into tenants (slug, name, portal_activated) values (${BENCH.slug}, 'Bench Services', true) on conflict do nothing`);
  await db.execute(sql`
    insert into companies (tenant_id, name, email)
    select t.id,
           (${sql.raw(`array['${adjectives.join("','")}']`)})[1 + (g % 10)] || ' ' || (${sql.raw(`array['${nouns.join("','")}']`)})[1 + ((g / 10) % 10)] || ' ' || lpad(g::text, 4, '0'),
           'office' || g || '@company' || g || '.test'
    from tenants t, generate_series(1, ${BENCH.companies}) g
    where t.slug = ${BENCH.slug} and not exists (select 1 from companies c where c.tenant_id = t.id)`);
  await db.execute(sql`
    insert into contacts (tenant_id, company_id, first_name, last_name, email, portal_access, logon_name, security_level_id)
    select c.tenant_id, c.id, 'First' || k, 'Person' || c.rn || '-' || k, 'user' || k || '@company' || c.rn || '.test', true,
           'user' || k || '.' || c.rn, (select id from security_levels where tenant_id is null and key = 'basic')
    from (select id, tenant_id, row_number() over (order by name) as rn from companies where tenant_id = (select id from tenants where slug = ${BENCH.slug})) c,
         generate_series(1, ${BENCH.usersPerCompany}) k
    where not exists (select 1 from contacts x where x.tenant_id = c.tenant_id)`);
  // A bulk load leaves the trigram indexes' pending lists full; autovacuum would merge them in production.
  await db.execute(sql`vacuum analyze contacts`);
  await db.execute(sql`analyze`);
}
