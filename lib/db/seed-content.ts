import 'server-only';
import { and, eq } from 'drizzle-orm';
import { sealSecret } from '@/lib/documentation/crypto';
import { getDb } from './client';
import { articleCompanies, articleFeedback, articles, companies, contacts, documentationRecords, tenants, users } from './schema';

const dayOffset = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const THERMOSTAT = `Most heating and cooling complaints are solved by resetting the thermostat.

1. Switch the system to **Off** at the thermostat.
2. Hold the reset button for ten seconds, until the display blinks.
3. Switch back to **Heat** or **Cool** and wait five minutes.

If the room is still too warm or too cold, [open a service request](/tickets/new) and tell us the room number.`;

const THERMOSTAT_FR = `La plupart des problèmes de chauffage et de climatisation se règlent en réinitialisant le thermostat.

1. Mettez le système sur **Arrêt** au thermostat.
2. Maintenez le bouton de réinitialisation enfoncé dix secondes, jusqu'à ce que l'écran clignote.
3. Remettez-le sur **Chauffage** ou **Climatisation** et attendez cinq minutes.`;

const ROOFTOP = `The rooftop units at Cool Air are serviced every quarter.

| Unit | Next visit |
|---|---|
| RTU-1 | first Monday of the quarter |
| RTU-2 | second Monday of the quarter |

Before a visit, make sure the roof hatch is unlocked. The technician checks the compressor, belts and filters.`;

const ACCOUNTS = `To ask for a new user account, open a service request of type **Service request** with:

- the person's full name and start date,
- the computers and shared folders they need,
- who approves the request.

Accounts are ready two working days after approval.`;

const VPN = `Draft: how to connect to the office VPN from home. Waiting for the new client installer.`;

const LOOP_WIFI = `The Loop's guest Wi-Fi is called **Loop-Guest**. The password changes every Monday and is posted at reception.`;

/**
 * Knowledge base articles for acme: public ones in English and French, one for Cool Air only, one for The Loop only,
 * and a draft; Cool Air's knowledge base is switched on (ABM's stays off).
 */
export async function seedKnowledgeBase(tenantSlug: string) {
  const db = await getDb();
  const [tenant] = await db.select().from(tenants).where(eq(tenants.slug, tenantSlug));
  const t = tenant.id;
  const [existing] = await db.select({ id: articles.id }).from(articles).where(eq(articles.tenantId, t)).limit(1);
  if (existing) return;
  const company = async (name: string) => (await db.select().from(companies).where(and(eq(companies.tenantId, t), eq(companies.name, name))))[0];
  const coolAir = await company('Cool Air');
  const loop = await company('The Loop');
  await db.update(companies).set({ knowledgeBaseEnabled: true }).where(and(eq(companies.tenantId, t), eq(companies.id, coolAir.id)));
  const [author] = await db.select().from(users).where(and(eq(users.tenantId, t), eq(users.email, 'owner@acme.test')));
  const published = { status: 'published' as const, publishedAt: new Date(), authorUserId: author.id, tenantId: t };
  const rows = await db
    .insert(articles)
    .values([
      { ...published, title: 'Resetting your thermostat', body: THERMOSTAT, category: 'Heating and cooling', tags: 'thermostat, controls' },
      { ...published, title: 'Réinitialiser votre thermostat', body: THERMOSTAT_FR, category: 'Chauffage et climatisation', tags: 'thermostat', language: 'fr' },
      { ...published, title: 'Rooftop unit maintenance schedule', body: ROOFTOP, category: 'Heating and cooling', tags: 'maintenance, rooftop', visibility: 'companies' },
      { ...published, title: 'Requesting a new user account', body: ACCOUNTS, category: 'Accounts', tags: 'onboarding, accounts' },
      { ...published, title: 'Guest Wi-Fi at The Loop', body: LOOP_WIFI, category: 'Network', tags: 'wifi', visibility: 'companies' },
      { tenantId: t, authorUserId: author.id, title: 'Connecting to the office VPN', body: VPN, category: 'Network', tags: 'vpn' },
    ])
    .returning();
  const byTitle = (title: string) => rows.find((r) => r.title === title)!.id;
  await db.insert(articleCompanies).values([
    { tenantId: t, articleId: byTitle('Rooftop unit maintenance schedule'), companyId: coolAir.id },
    { tenantId: t, articleId: byTitle('Guest Wi-Fi at The Loop'), companyId: loop.id },
  ]);
  const [nataliya] = await db.select().from(contacts).where(and(eq(contacts.tenantId, t), eq(contacts.email, 'nataliya@coolair.com')));
  await db.insert(articleFeedback).values({ tenantId: t, articleId: byTitle('Resetting your thermostat'), contactId: nataliya.id, helpful: true });
}

/**
 * Documentation on file for Cool Air: a shared credential (Advanced and up) and one kept from the portal, a
 * warranty that ends within 60 days, and a software license.
 */
export async function seedDocumentation(tenantSlug: string) {
  const db = await getDb();
  const [tenant] = await db.select().from(tenants).where(eq(tenants.slug, tenantSlug));
  const t = tenant.id;
  const [existing] = await db.select({ id: documentationRecords.id }).from(documentationRecords).where(eq(documentationRecords.tenantId, t)).limit(1);
  if (existing) return;
  const [coolAir] = await db.select().from(companies).where(and(eq(companies.tenantId, t), eq(companies.name, 'Cool Air')));
  const base = { tenantId: t, companyId: coolAir.id };
  await db.insert(documentationRecords).values([
    {
      ...base,
      kind: 'credential',
      name: 'Building management system',
      system: 'https://bms.coolair.example',
      username: 'coolair-admin',
      secret: await sealSecret(t, 'Thermo-Sh4red-2026!', db),
      notes: 'Read-only account for the facilities team.',
      showOnPortal: true,
      minimumLevel: 'advanced',
    },
    {
      ...base,
      kind: 'credential',
      name: 'Office router',
      system: '192.168.10.1',
      username: 'admin',
      secret: await sealSecret(t, 'R0uter-Kept-Private!', db),
      notes: 'Kept by the service provider.',
    },
    {
      ...base,
      kind: 'warranty',
      name: 'Rooftop unit RTU-2',
      serialNumber: 'RTU2-55831',
      vendor: 'Carrier HVAC Supply',
      startsOn: dayOffset(-700),
      endsOn: dayOffset(30),
      notes: 'Parts and labour.',
      showOnPortal: true,
    },
    {
      ...base,
      kind: 'license',
      name: 'Microsoft 365 Business Standard',
      secret: await sealSecret(t, 'M365-7KQ2P-XW9TD-44JHR', db),
      seats: 12,
      assignedTo: 'Office staff',
      startsOn: dayOffset(-165),
      endsOn: dayOffset(200),
      showOnPortal: true,
    },
  ]);
}
