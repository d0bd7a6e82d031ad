import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { contacts, documentationRecords, LEVEL_PERMISSIONS, projects, securityLevels, tickets, type LevelPermission } from '@/lib/db/schema';
import * as documentationPortal from '@/lib/documentation/portal';
import type { ClientContext } from '@/lib/errors';
import { LEVEL_REFUSED } from '@/lib/pipeline';
import { searchArticles } from '@/lib/knowledge-base/search';
import { portalAdminPages } from '@/lib/portal-admin/pages';
import { mayUseDashboard } from '@/lib/portal/dashboards';
import * as projectPortal from '@/lib/projects/portal';
import * as ticketPortal from '@/lib/tickets/portal';
import { clientContext, clientOp } from '../support/client-work';
import { demo } from '../support/demo';

/**
 * SPEC section 3, permission by permission: Franco (Cool Air) is given a custom level with every permission but
 * one, then with every permission; what the permission governs must differ — the portal reads the level's
 * permissions, never its name.
 */
const createServiceRequest = clientOp(ticketPortal.createServiceRequest, 'tickets.create', 'ticket.create');
const addProjectNote = clientOp(projectPortal.addProjectNote, 'projects.work', 'project.add_note');
const revealSecret = clientOp(documentationPortal.revealPortalSecret, 'documentation.passwords', 'documentation.client_reveal');

type Probe = (s: Awaited<ReturnType<typeof setup>>, franco: ClientContext) => Promise<unknown>;

async function setup() {
  const d = await demo();
  const ticket = async (n: number) =>
    (
      await d.db
        .select()
        .from(tickets)
        .where(and(eq(tickets.tenantId, d.acme.id), eq(tickets.number, n)))
    )[0];
  const project = async (name: string) =>
    (
      await d.db
        .select()
        .from(projects)
        .where(and(eq(projects.tenantId, d.acme.id), eq(projects.name, name)))
    )[0];
  const [level] = await d.db
    .insert(securityLevels)
    .values({ tenantId: d.acme.id, key: 'probe', name: 'Probe', permissions: [] })
    .onConflictDoNothing()
    .returning();
  const probe =
    level ??
    (
      await d.db
        .select()
        .from(securityLevels)
        .where(and(eq(securityLevels.tenantId, d.acme.id), eq(securityLevels.key, 'probe')))
    )[0];
  const original = (await d.contact(d.acme.id, 'franco@coolair.com')).securityLevelId;
  /** Franco as he is on his next request, with the probe level holding `permissions`. */
  const francoWith = async (permissions: readonly LevelPermission[]) => {
    await d.db
      .update(securityLevels)
      .set({ permissions: [...permissions] })
      .where(eq(securityLevels.id, probe.id));
    await d.db
      .update(contacts)
      .set({ securityLevelId: probe.id })
      .where(and(eq(contacts.tenantId, d.acme.id), eq(contacts.email, 'franco@coolair.com')));
    return clientContext(d.acme, 'franco@coolair.com');
  };
  const restore = () =>
    d.db
      .update(contacts)
      .set({ securityLevelId: original })
      .where(and(eq(contacts.tenantId, d.acme.id), eq(contacts.email, 'franco@coolair.com')));
  const record = async (name: string) =>
    (
      await d.db
        .select()
        .from(documentationRecords)
        .where(and(eq(documentationRecords.tenantId, d.acme.id), eq(documentationRecords.name, name)))
    )[0];
  return { ...d, ticket, project, record, francoWith, restore };
}

const numbers = (rows: { number: number }[]) => rows.map((r) => r.number).sort();
const names = (rows: { name: string }[]) => rows.map((r) => r.name).sort();
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => 'allowed',
    (e: Error) => (e.message === LEVEL_REFUSED ? 'refused' : e.message),
  );

/** What each permission governs, observed through the portal's own queries and domain functions. */
const PROBES: Record<LevelPermission, Probe> = {
  'tickets.own': async (_, f) => numbers(await ticketPortal.listPortalTickets(f.viewer)),
  'tickets.company': async (_, f) => numbers(await ticketPortal.listPortalTickets(f.viewer)),
  'tickets.create': async (_, f) => refusal(createServiceRequest(f, { title: 'Probe request', description: 'Probe' })),
  'tickets.view_priority': async (s, f) => (await ticketPortal.getPortalTicket(f.viewer, (await s.ticket(1001)).id))?.ticket.priority,
  'tickets.set_priority': async (s, f) => {
    const created = await createServiceRequest(f, { title: 'Urgent probe', description: 'Probe', priority: 'critical' });
    return (await s.db.select().from(tickets).where(eq(tickets.id, created.id)))[0].priority;
  },
  'projects.member': async (_, f) => names(await projectPortal.listPortalProjects(f.viewer)),
  'projects.company': async (_, f) => names(await projectPortal.listPortalProjects(f.viewer)),
  'projects.work': async (s, f) => refusal(addProjectNote(f, (await s.project('Rooftop HVAC Replacement')).id, 'Probe note')),
  'projects.charges': async (s, f) => (await projectPortal.getPortalProject(f.viewer, (await s.project('Rooftop HVAC Replacement')).id))?.project.charges,
  'projects.estimated_hours': async (s, f) =>
    (await projectPortal.getPortalProject(f.viewer, (await s.project('Rooftop HVAC Replacement')).id))?.project.estimatedHours,
  'knowledge_base.view': async (_, f) => ({
    dashboard: mayUseDashboard('knowledge-base', { permissions: f.viewer.permissions, knowledgeBaseEnabled: true }),
    found: (await searchArticles(f.viewer, 'thermostat')).hits.map((h) => h.title).sort(),
  }),
  'documentation.view': async (_, f) => {
    const listed = await documentationPortal.listPortalDocumentation(f.viewer);
    return names([...listed.credential, ...listed.warranty, ...listed.license]);
  },
  'documentation.passwords': async (s, f) => refusal(revealSecret(f, (await s.record('Microsoft 365 Business Standard')).id, null)),
  'invoices.view': async (_, f) => mayUseDashboard('invoices', { permissions: f.viewer.permissions, knowledgeBaseEnabled: false }),
  'portal_admin.logins': async (_, f) => portalAdminPages(f.viewer.permissions).map((p) => p.path),
  'portal_admin.queues': async (_, f) => portalAdminPages(f.viewer.permissions).map((p) => p.path),
  'portal_admin.request_types': async (_, f) => portalAdminPages(f.viewer.permissions).map((p) => p.path),
  'portal_admin.vendors': async (_, f) => portalAdminPages(f.viewer.permissions).map((p) => p.path),
  'portal_admin.out_of_office': async (_, f) => portalAdminPages(f.viewer.permissions).map((p) => p.path),
  'portal_admin.off_hours': async (_, f) => portalAdminPages(f.viewer.permissions).map((p) => p.path),
};

/** A wider permission that includes this one is left out of both runs (all company tickets include one's own). */
const WIDER: Partial<Record<LevelPermission, LevelPermission[]>> = { 'tickets.own': ['tickets.company'], 'projects.member': ['projects.company'] };

describe('every permission of a security level is enforced, whatever the level is called', () => {
  it.each(LEVEL_PERMISSIONS.map((p) => [p]))('%s: without it and with it, the portal differs', async (permission) => {
    const s = await setup();
    try {
      const others = LEVEL_PERMISSIONS.filter((p) => p !== permission && !(WIDER[permission] ?? []).includes(p));
      const without = await PROBES[permission](s, await s.francoWith(others));
      const withIt = await PROBES[permission](s, await s.francoWith([...others, permission]));
      expect(withIt).not.toEqual(without);
    } finally {
      await s.restore();
    }
  });

  it('a level with neither ticket nor project permission sees no tickets and no projects, and has no such dashboards', async () => {
    const s = await setup();
    try {
      const franco = await s.francoWith(['knowledge_base.view']);
      expect(await ticketPortal.listPortalTickets(franco.viewer)).toEqual([]);
      expect(await projectPortal.listPortalProjects(franco.viewer)).toEqual([]);
      expect(await ticketPortal.getPortalTicket(franco.viewer, (await s.ticket(1001)).id)).toBeNull();
      const access = { permissions: franco.viewer.permissions, knowledgeBaseEnabled: false };
      expect([mayUseDashboard('tickets', access), mayUseDashboard('projects', access), mayUseDashboard('overview', access)]).toEqual([false, false, true]);
    } finally {
      await s.restore();
    }
  });
});
