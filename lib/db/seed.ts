import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { hashPassword } from '@/lib/auth/password';
import { getDb } from './client';
import {
  calendarItems,
  companies,
  contacts,
  milestones,
  notifications,
  offHoursClosures,
  offHoursSchedules,
  outOfOffice,
  projectMembers,
  projectPosts,
  projects,
  securityLevels,
  taskLists,
  tasks,
  tenants,
  ticketQueues,
  tickets,
  users,
  vendors,
  type StaffPermission,
} from './schema';
import { STAFF_PERMISSIONS } from './schema';
import { seedBilling } from './seed-billing';
import { seedDocumentation, seedKnowledgeBase } from './seed-content';

export const DEMO_PASSWORD = 'demo-password-1';

type SeedCompany = { name: string; email: string; knowledgeBase?: boolean };
type SeedContact = { company: string; first: string; last: string; email: string; level?: 'basic' | 'advanced' | 'manager'; primary?: boolean };
type SeedTenant = {
  slug: string;
  name: string;
  staff: { email: string; name: string; permissions: readonly StaffPermission[] }[];
  companies: SeedCompany[];
  contacts: SeedContact[];
};

export const DEMO_TENANTS: SeedTenant[] = [
  {
    slug: 'acme',
    name: 'Acme Services',
    staff: [
      { email: 'owner@acme.test', name: 'Olivia Owner', permissions: STAFF_PERMISSIONS },
      { email: 'helpdesk@acme.test', name: 'Hank Helpdesk', permissions: [] },
      // Locked out on purpose by the sign-in limit's end-to-end test; no other test signs in with it.
      { email: 'lockout@acme.test', name: 'Lena Lockout', permissions: [] },
    ],
    companies: [
      { name: 'ABM Apartments', email: 'info@abmapartments.com' },
      { name: 'Cool Air', email: 'office@coolair.com' },
      { name: 'The Loop', email: 'sales@loop.org', knowledgeBase: true },
      { name: 'Anderson Windows', email: 'andrew@awc.co' },
    ],
    contacts: [
      { company: 'Cool Air', first: 'Nataliya', last: 'Kovalenko', email: 'nataliya@coolair.com', level: 'manager', primary: true },
      { company: 'Cool Air', first: 'Franco', last: 'Rossi', email: 'franco@coolair.com', level: 'basic' },
      { company: 'ABM Apartments', first: 'Irene', last: 'Baker', email: 'info@abmapartments.com', level: 'basic' },
      { company: 'The Loop', first: 'Sasha', last: 'Lee', email: 'sales@loop.org', level: 'advanced' },
      { company: 'Anderson Windows', first: 'Andrew', last: 'Anderson', email: 'andrew@awc.co' },
    ],
  },
  {
    slug: 'globex',
    name: 'Globex Support',
    staff: [{ email: 'owner@globex.test', name: 'Gina Globex', permissions: STAFF_PERMISSIONS }],
    companies: [{ name: 'Initech', email: 'info@initech.test' }],
    contacts: [{ company: 'Initech', first: 'Bill', last: 'Lumbergh', email: 'bill@initech.test', level: 'manager', primary: true }],
  },
];

/** Creates the demo tenants; running it again changes nothing that exists. */
export async function seed() {
  const db = await getDb();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const levels = await db.select().from(securityLevels).where(isNull(securityLevels.tenantId));
  const levelId = (key: string) => levels.find((l) => l.key === key)?.id;

  for (const t of DEMO_TENANTS) {
    await db.insert(tenants).values({ slug: t.slug, name: t.name, portalActivated: true }).onConflictDoNothing();
    const [tenant] = await db.select().from(tenants).where(eq(tenants.slug, t.slug));

    for (const s of t.staff) {
      await db
        .insert(users)
        .values({ tenantId: tenant.id, email: s.email, name: s.name, passwordHash, permissions: [...s.permissions], emailVerified: new Date() })
        .onConflictDoNothing();
    }

    const companyIds = new Map<string, string>();
    for (const c of t.companies) {
      let [row] = await db
        .select()
        .from(companies)
        .where(and(eq(companies.tenantId, tenant.id), eq(companies.name, c.name)));
      row ??= (
        await db
          .insert(companies)
          .values({ tenantId: tenant.id, name: c.name, email: c.email, knowledgeBaseEnabled: c.knowledgeBase ?? false })
          .returning()
      )[0];
      companyIds.set(c.name, row.id);
    }

    for (const c of t.contacts) {
      const companyId = companyIds.get(c.company)!;
      const portal = c.level !== undefined;
      await db
        .insert(contacts)
        .values({
          tenantId: tenant.id,
          companyId,
          firstName: c.first,
          lastName: c.last,
          email: c.email,
          portalAccess: portal,
          logonName: portal ? c.email : null,
          passwordHash: portal ? passwordHash : null,
          securityLevelId: portal ? levelId(c.level!) : null,
        })
        .onConflictDoNothing();
      const [seeded] = await db
        .select({ id: contacts.id })
        .from(contacts)
        .where(and(eq(contacts.tenantId, tenant.id), eq(sql`lower(${contacts.email})`, c.email)));
      const [hasNotes] = await db.select({ id: notifications.id }).from(notifications).where(eq(notifications.contactId, seeded.id)).limit(1);
      if (portal && !hasNotes) {
        await db
          .insert(notifications)
          .values({
            tenantId: tenant.id,
            contactId: seeded.id,
            title: `Welcome to the ${t.name} Customer Portal`,
            body: 'Follow your tickets and projects here.',
          });
      }
      if (c.primary) {
        const [contact] = await db
          .select({ id: contacts.id })
          .from(contacts)
          .where(and(eq(contacts.tenantId, tenant.id), eq(sql`lower(${contacts.email})`, c.email)));
        await db
          .update(companies)
          .set({ primaryContactId: contact.id })
          .where(and(eq(companies.id, companyId), isNull(companies.primaryContactId)));
      }
    }
  }
  await seedWork('acme');
  await seedPortalAdmin('acme');
  await seedKnowledgeBase('acme');
  await seedDocumentation('acme');
  await seedBilling('acme');
}

const dayOffset = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Custom security levels and Cool Air's Portal Admin settings, so every screen has something to show: an
 * "Approver" level a Manager may give, a staff-only "Technician" level, two queues, request types, a vendor,
 * Franco out of office with Nataliya as delegate, and office hours with a holiday.
 */
async function seedPortalAdmin(tenantSlug: string) {
  const db = await getDb();
  const [tenant] = await db.select().from(tenants).where(eq(tenants.slug, tenantSlug));
  const t = tenant.id;
  const [existing] = await db.select({ id: securityLevels.id }).from(securityLevels).where(eq(securityLevels.tenantId, t)).limit(1);
  if (existing) return;
  const basic = (
    await db
      .select()
      .from(securityLevels)
      .where(and(isNull(securityLevels.tenantId), eq(securityLevels.key, 'basic')))
  )[0];
  await db.insert(securityLevels).values([
    {
      tenantId: t,
      key: 'approver',
      name: 'Approver',
      permissions: [...basic.permissions, 'tickets.company', 'tickets.view_priority'],
      clientAssignable: true,
      rank: 15,
    },
    {
      tenantId: t,
      key: 'technician',
      name: 'Technician',
      permissions: [...basic.permissions, 'tickets.company', 'projects.company', 'tickets.view_priority', 'tickets.set_priority'],
      clientAssignable: false,
      rank: 25,
    },
  ]);
  const [coolAir] = await db
    .select()
    .from(companies)
    .where(and(eq(companies.tenantId, t), eq(companies.name, 'Cool Air')));
  const contact = async (email: string) =>
    (
      await db
        .select()
        .from(contacts)
        .where(and(eq(contacts.tenantId, t), eq(contacts.email, email)))
    )[0];
  const franco = await contact('franco@coolair.com');
  const nataliya = await contact('nataliya@coolair.com');
  await db.insert(ticketQueues).values([
    { tenantId: t, companyId: coolAir.id, name: 'Facilities', description: 'Heating, cooling and building issues.', isDefault: true },
    { tenantId: t, companyId: coolAir.id, name: 'Office IT', description: 'Computers, printers and phones at the office.' },
  ]);
  await db
    .update(companies)
    .set({ requestTypes: ['incident', 'service_request', 'question'], defaultRequestType: 'service_request' })
    .where(and(eq(companies.tenantId, t), eq(companies.id, coolAir.id)));
  await db.insert(vendors).values({
    tenantId: t,
    companyId: coolAir.id,
    name: 'Carrier HVAC Supply',
    supplies: 'Rooftop units and spare parts',
    accountNumber: 'CA-88231',
    supportPhone: '+1 555 0142',
    supportEmail: 'support@carrier-supply.example',
    notes: 'Ask for the commercial desk.',
  });
  await db.insert(outOfOffice).values({ tenantId: t, contactId: franco.id, startsOn: dayOffset(-1), endsOn: dayOffset(10), delegateContactId: nataliya.id });
  const weekdays = ([1, 2, 3, 4, 5] as const).map((day) => ({ day, opens: '08:00', closes: '17:00' }));
  await db.insert(offHoursSchedules).values({ tenantId: t, companyId: coolAir.id, timeZone: 'America/New_York', openingHours: weekdays });
  await db.insert(offHoursClosures).values({ tenantId: t, companyId: coolAir.id, date: '2026-12-25', name: 'Christmas Day' });
}

/** A little shared work for acme: what Franco (Basic) and Nataliya (Manager) see differs. */
async function seedWork(tenantSlug: string) {
  const db = await getDb();
  const [tenant] = await db.select().from(tenants).where(eq(tenants.slug, tenantSlug));
  const [existing] = await db.select({ id: projects.id }).from(projects).where(eq(projects.tenantId, tenant.id)).limit(1);
  if (existing) return;
  const contact = async (email: string) =>
    (
      await db
        .select()
        .from(contacts)
        .where(and(eq(contacts.tenantId, tenant.id), eq(contacts.email, email)))
    )[0];
  const [owner] = await db
    .select()
    .from(users)
    .where(and(eq(users.tenantId, tenant.id), eq(users.email, 'owner@acme.test')));
  const franco = await contact('franco@coolair.com');
  const nataliya = await contact('nataliya@coolair.com');
  const sasha = await contact('sales@loop.org');
  const t = tenant.id;

  const [hvac] = await db
    .insert(projects)
    .values({
      tenantId: t,
      companyId: franco.companyId,
      name: 'Rooftop HVAC Replacement',
      description: 'Replace the two rooftop units on the main building.',
      status: 'active',
      startDate: '2026-11-01',
      dueDate: '2027-02-28',
      estimatedHours: 120,
      charges: 18500,
      leadUserId: owner.id,
    })
    .returning();
  await db
    .insert(projects)
    .values({
      tenantId: t,
      companyId: franco.companyId,
      name: 'Office Cooling Audit',
      description: 'Energy audit of the office cooling.',
      status: 'planned',
      leadUserId: owner.id,
    });
  await db.insert(projectMembers).values([franco, nataliya].map((c) => ({ tenantId: t, projectId: hvac.id, contactId: c.id })));
  await db.insert(milestones).values([
    { tenantId: t, projectId: hvac.id, name: 'Site survey', dueDate: '2026-11-20', shared: true },
    { tenantId: t, projectId: hvac.id, name: 'Crane permit', dueDate: '2026-12-05', shared: false },
  ]);
  const [prep] = await db.insert(taskLists).values({ tenantId: t, projectId: hvac.id, name: 'Preparation' }).returning();
  await db.insert(taskLists).values({ tenantId: t, projectId: hvac.id, name: 'Internal checks' });
  await db.insert(tasks).values([
    { tenantId: t, projectId: hvac.id, taskListId: prep.id, name: 'Confirm roof access', assigneeContactId: franco.id, shared: true },
    { tenantId: t, projectId: hvac.id, taskListId: prep.id, name: 'Order replacement units', shared: true, status: 'in_progress' },
    { tenantId: t, projectId: hvac.id, taskListId: prep.id, name: 'Negotiate supplier discount', shared: false },
  ]);
  await db.insert(projectPosts).values([
    {
      tenantId: t,
      projectId: hvac.id,
      kind: 'update',
      title: 'Kick-off done',
      body: 'We met on site and agreed the schedule.',
      shared: true,
      authorUserId: owner.id,
    },
    { tenantId: t, projectId: hvac.id, kind: 'comment', body: 'Check the margin before ordering.', shared: false, authorUserId: owner.id },
  ]);
  await db.insert(calendarItems).values({ tenantId: t, projectId: hvac.id, title: 'Site visit', startsAt: new Date('2026-12-02T09:00:00Z') });
  await db.insert(tickets).values([
    {
      tenantId: t,
      number: 1001,
      companyId: franco.companyId,
      title: 'Thermostat offline in meeting room',
      description: 'The thermostat shows no display since Monday.',
      status: 'in_progress',
      priority: 'high',
      createdByContactId: franco.id,
      ticketContactId: franco.id,
    },
    {
      tenantId: t,
      number: 1002,
      companyId: nataliya.companyId,
      title: 'Renew annual maintenance contract',
      description: 'Contract ends in January.',
      status: 'new',
      priority: 'medium',
      ticketContactId: nataliya.id,
      createdByUserId: owner.id,
    },
    {
      tenantId: t,
      number: 1003,
      companyId: sasha.companyId,
      title: 'E-mail not syncing on phones',
      description: 'Since the update, phones stopped syncing.',
      status: 'waiting',
      priority: 'critical',
      createdByContactId: sasha.id,
      ticketContactId: sasha.id,
    },
  ]);
}

export function demoSignInText(rootDomain: string, protocol = 'http') {
  return [
    `Client portal   ${protocol}://acme.${rootDomain}/   e.g. nataliya@coolair.com (Manager), franco@coolair.com (Basic)`,
    `Staff section   ${protocol}://acme.admin.${rootDomain}/admin   owner@acme.test (every permission), helpdesk@acme.test (read-only)`,
    `Second tenant   ${protocol}://globex.${rootDomain}/   bill@initech.test, staff owner@globex.test`,
    `Every password: ${DEMO_PASSWORD}`,
  ].join('\n');
}
