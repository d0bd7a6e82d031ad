import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as companiesService from '@/lib/companies/service';
import { auditLog, companies, contacts, documents, emailOutbox, milestones, notifications, projectPosts, projects, ticketNotes, tickets } from '@/lib/db/schema';
import { canDownload } from '@/lib/documents/portal';
import { outOfOffice } from '@/lib/db/schema';
import type { ClientContext, StaffContext } from '@/lib/errors';
import * as organization from '@/lib/organization/service';
import { LEVEL_REFUSED, runClient } from '@/lib/pipeline';
import type { Viewer } from '@/lib/portal/access';
import * as projectPortal from '@/lib/projects/portal';
import * as projectsService from '@/lib/projects/service';
import * as ticketPortal from '@/lib/tickets/portal';
import * as ticketsService from '@/lib/tickets/service';
import { clientContext, clientOp } from '../support/client-work';
import { demo } from '../support/demo';
import { staffOp } from '../support/work';

const createCompany = staffOp(companiesService.createCompany, 'portal_users.edit', 'company.create');
const updateTenantSettings = staffOp(organization.updateTenantSettings, 'organization_settings.edit', 'organization.update_portal_settings');
const createProject = staffOp(projectsService.createProject, 'projects.edit', 'project.create');
const addPost = staffOp(projectsService.addPost, 'projects.edit', 'project.add_post');
const addProjectMembers = staffOp(projectsService.addProjectMembers, 'projects.edit', 'project.add_member');
const setShowOnPortal = staffOp(projectsService.setShowOnPortal, 'projects.edit', 'sharing.show_on_portal');
const uploadProjectDocument = staffOp(projectsService.uploadProjectDocument, 'projects.edit', 'document.upload');
const createTicket = staffOp(ticketsService.createTicket, 'tickets.edit', 'ticket.create');
const updateTicket = staffOp(ticketsService.updateTicket, 'tickets.edit', 'ticket.update');
const addTicketPerson = staffOp(ticketsService.addTicketPerson, 'tickets.edit', 'ticket.add_person');
const removeTicketPerson = staffOp(ticketsService.removeTicketPerson, 'tickets.edit', 'ticket.remove_person');
const addStaffTicketNote = staffOp(ticketsService.addStaffTicketNote, 'tickets.edit', 'ticket.add_note');

const { listPortalProjects, getPortalProject } = projectPortal;
const { listPortalTickets, getPortalTicket } = ticketPortal;
const addProjectNote = clientOp(projectPortal.addProjectNote, 'projects.work', 'project.add_note');
const addProjectIssue = clientOp(projectPortal.addProjectIssue, 'projects.work', 'project.add_issue');
const emailProjectTeam = clientOp(projectPortal.emailProjectTeam, 'projects.work', 'project.email_team');
const createServiceRequest = clientOp(ticketPortal.createServiceRequest, 'tickets.create', 'ticket.create');
const addClientTicketNote = clientOp(ticketPortal.addClientTicketNote, 'tickets.own', 'ticket.add_note');

async function setup() {
  const d = await demo();
  const actor = (tenantId: string, email: string) => clientContext(tenantId === d.acme.id ? d.acme : d.globex, email);
  const owner: StaffContext = { tenant: d.acme, user: await d.staff(d.acme.id, 'owner@acme.test') };
  const helpdesk: StaffContext = { tenant: d.acme, user: await d.staff(d.acme.id, 'helpdesk@acme.test') };
  const project = async (name: string) => (await d.db.select().from(projects).where(and(eq(projects.tenantId, d.acme.id), eq(projects.name, name))))[0];
  const ticket = async (number: number) => (await d.db.select().from(tickets).where(and(eq(tickets.tenantId, d.acme.id), eq(tickets.number, number))))[0];
  const company = async (name: string) => (await d.db.select().from(companies).where(and(eq(companies.tenantId, d.acme.id), eq(companies.name, name))))[0];
  return {
    ...d,
    staff: d.staff,
    owner,
    helpdesk,
    project,
    ticket,
    company,
    franco: await actor(d.acme.id, 'franco@coolair.com'),
    nataliya: await actor(d.acme.id, 'nataliya@coolair.com'),
    sasha: await actor(d.acme.id, 'sales@loop.org'),
    bill: await actor(d.globex.id, 'bill@initech.test'),
  };
}

const names = (rows: { name: string }[]) => rows.map((r) => r.name).sort();
const numbers = (rows: { number: number }[]) => rows.map((r) => r.number).sort();

describe('what each security level sees', () => {
  it('projects: Basic where a member; Advanced and Manager all of their company', async () => {
    const s = await setup();
    expect(names(await listPortalProjects(s.franco.viewer))).toEqual(['Rooftop HVAC Replacement']);
    expect(names(await listPortalProjects(s.nataliya.viewer))).toEqual(['Office Cooling Audit', 'Rooftop HVAC Replacement']);
    expect(await listPortalProjects(s.sasha.viewer)).toEqual([]);
    await createProject(s.owner, { companyId: s.sasha.contact.companyId, name: 'Loop website', description: '', status: 'active', startDate: null, dueDate: null, estimatedHours: null, charges: null });
    expect(names(await listPortalProjects(s.sasha.viewer))).toEqual(['Loop website']);
    expect(await listPortalProjects(s.bill.viewer)).toEqual([]);
  });

  it('tickets: Basic their own (created, contact, assigned, approver, member); Manager all of the company with subsidiaries', async () => {
    const s = await setup();
    expect(numbers(await listPortalTickets(s.franco.viewer))).toEqual([1001]);
    expect(numbers(await listPortalTickets(s.nataliya.viewer))).toEqual([1001, 1002]);
    expect(numbers(await listPortalTickets(s.sasha.viewer))).toEqual([1003]);

    await addTicketPerson(s.owner, (await s.ticket(1002)).id, s.franco.contact.id, 'approver');
    expect(numbers(await listPortalTickets(s.franco.viewer))).toEqual([1001, 1002]);
    await removeTicketPerson(s.owner, (await s.ticket(1002)).id, s.franco.contact.id, 'approver');
    expect(numbers(await listPortalTickets(s.franco.viewer))).toEqual([1001]);
    const globexStaff: StaffContext = { tenant: s.globex, user: await s.staff(s.globex.id, 'owner@globex.test') };
    await expect(removeTicketPerson(globexStaff, (await s.ticket(1001)).id, s.franco.contact.id, 'member')).rejects.toThrow('That ticket was not found.');
    await addTicketPerson(s.owner, (await s.ticket(1002)).id, s.franco.contact.id, 'approver');

    const north = await createCompany(s.owner, { name: 'Cool Air North', email: null, parentCompanyId: s.nataliya.contact.companyId, primaryContactId: null, billingContactId: null, portalEnabled: true, knowledgeBaseEnabled: false, twoFactorRequired: false });
    const sub = await createTicket(s.owner, { companyId: north.id, title: 'Subsidiary boiler', description: '', status: 'new', priority: 'low', ticketContactId: null });
    expect(numbers(await listPortalTickets(s.nataliya.viewer))).toContain(sub.number);
    expect(numbers(await listPortalTickets(s.franco.viewer))).not.toContain(sub.number);
    expect(numbers(await listPortalTickets(s.sasha.viewer))).toEqual([1003]);
  });

  it('a ticket or project moved to another company, or a contact moved to another company, takes nothing along', async () => {
    const s = await setup();
    const t1002 = await s.ticket(1002);
    await addTicketPerson(s.owner, t1002.id, s.franco.contact.id, 'member');
    expect(numbers(await listPortalTickets(s.franco.viewer))).toContain(1002);
    const loop = await s.company('The Loop');
    await updateTicket(s.owner, t1002.id, { companyId: loop.id, title: t1002.title, description: t1002.description, status: t1002.status, priority: t1002.priority, ticketContactId: null });
    expect(numbers(await listPortalTickets(s.franco.viewer))).not.toContain(1002);
    expect(numbers(await listPortalTickets(s.nataliya.viewer))).not.toContain(1002);
    expect(await getPortalTicket(s.franco.viewer, t1002.id)).toBeNull();

    const hvac = await s.project('Rooftop HVAC Replacement');
    expect(names(await listPortalProjects(s.franco.viewer))).toEqual(['Rooftop HVAC Replacement']);
    // Franco, still a member of the project and creator of ticket 1001, moves to The Loop: Cool Air's work stays behind.
    const moved: Viewer = { ...s.franco.viewer, companyId: loop.id };
    expect(await listPortalProjects(moved)).toEqual([]);
    expect(await getPortalProject(moved, hvac.id)).toBeNull();
    expect(numbers(await listPortalTickets(moved))).not.toContain(1001);
  });

  it('service-provider priority: hidden from Basic, shown to Advanced and Manager', async () => {
    const s = await setup();
    expect((await listPortalTickets(s.franco.viewer))[0].priority).toBeNull();
    expect((await listPortalTickets(s.sasha.viewer))[0].priority).toBe('critical');
    expect((await getPortalTicket(s.franco.viewer, (await s.ticket(1001)).id))?.ticket.priority).toBeNull();
  });
});

describe('a project on the portal', () => {
  it('shows only shared milestones and tasks, only task lists with shared tasks, charges and hours by level', async () => {
    const s = await setup();
    const hvac = await s.project('Rooftop HVAC Replacement');
    const basic = (await getPortalProject(s.franco.viewer, hvac.id))!;
    expect(names(basic.milestones)).toEqual(['Site survey']);
    expect(basic.taskLists.map((l) => l.name)).toEqual(['Preparation']);
    expect(names(basic.taskLists[0].tasks)).toEqual(['Confirm roof access', 'Order replacement units']);
    expect(basic.updates.map((u) => u.title)).toEqual(['Kick-off done']);
    expect(basic.comments).toEqual([]);
    expect(basic.project.charges).toBeNull();
    expect(basic.project.estimatedHours).toBeNull();
    const manager = (await getPortalProject(s.nataliya.viewer, hvac.id))!;
    expect(manager.project.charges).toBe(18500);
    expect(manager.project.estimatedHours).toBe(120);
  });

  it('follows Show on Portal? at once, both ways', async () => {
    const s = await setup();
    const hvac = await s.project('Rooftop HVAC Replacement');
    const [hidden] = await s.db.select().from(milestones).where(and(eq(milestones.projectId, hvac.id), eq(milestones.name, 'Crane permit')));
    await setShowOnPortal(s.owner, 'milestone', hidden.id, true);
    expect(names((await getPortalProject(s.franco.viewer, hvac.id))!.milestones)).toEqual(['Crane permit', 'Site survey']);
    await setShowOnPortal(s.owner, 'milestone', hidden.id, false);
    expect(names((await getPortalProject(s.franco.viewer, hvac.id))!.milestones)).toEqual(['Site survey']);
  });

  it('is not found for other companies’ and tenants’ users, however the id is obtained', async () => {
    const s = await setup();
    const hvac = await s.project('Rooftop HVAC Replacement');
    const audit = await s.project('Office Cooling Audit');
    expect(await getPortalProject(s.franco.viewer, audit.id)).toBeNull();
    expect(await getPortalProject(s.sasha.viewer, hvac.id)).toBeNull();
    expect(await getPortalProject(s.bill.viewer, hvac.id)).toBeNull();
    expect(await getPortalTicket(s.franco.viewer, (await s.ticket(1003)).id)).toBeNull();
    expect(await getPortalTicket(s.bill.viewer, (await s.ticket(1001)).id)).toBeNull();
    await expect(addProjectNote(s.sasha, hvac.id, 'sneaky')).rejects.toThrow('That project was not found.');
  });

  it('refuses every client action on another company’s or tenant’s project or ticket, changing nothing', async () => {
    const s = await setup();
    const hvac = await s.project('Rooftop HVAC Replacement');
    const t1001 = await s.ticket(1001);
    const counts = async () => ({
      tickets: (await s.db.select().from(tickets)).length,
      notes: (await s.db.select().from(ticketNotes)).length,
      mails: (await s.db.select().from(emailOutbox)).length,
      posts: (await s.db.select().from(projectPosts)).length,
    });
    const before = await counts();
    for (const outsider of [s.sasha, s.bill]) {
      await expect(addProjectNote(outsider, hvac.id, 'sneaky')).rejects.toThrow('That project was not found.');
      await expect(addProjectIssue(outsider, hvac.id, { title: 'sneaky', description: '' })).rejects.toThrow('That project was not found.');
      await expect(emailProjectTeam(outsider, hvac.id, 'sneaky')).rejects.toThrow('That project was not found.');
      await expect(addClientTicketNote(outsider, t1001.id, 'sneaky')).rejects.toThrow('That ticket was not found.');
    }
    // Franco (Basic) is not involved in ticket 1002 of his own company either.
    await expect(addClientTicketNote(s.franco, (await s.ticket(1002)).id, 'sneaky')).rejects.toThrow('That ticket was not found.');
    expect(await counts()).toEqual(before);
  });
});

describe('client work through the pipeline', () => {
  it('a Basic user cannot run work declared for a permission their level lacks; a Manager can', async () => {
    const s = await setup();
    const t1001 = await s.ticket(1001);
    const ran: string[] = [];
    const prioritise = (ctx: ClientContext) =>
      runClient(ctx, { permission: 'tickets.set_priority', audit: 'ticket.set_priority' }, async (w) => {
        ran.push(w.contact.email);
        await w.audit({ type: 'ticket', id: t1001.id });
      });
    const audited = async () => (await s.db.select().from(auditLog).where(eq(auditLog.action, 'ticket.set_priority'))).map((r) => r.actorId);
    await expect(prioritise(s.franco)).rejects.toThrow(LEVEL_REFUSED);
    expect(ran).toEqual([]);
    expect(await audited()).toEqual([]);
    await prioritise(s.nataliya);
    expect(ran).toEqual(['nataliya@coolair.com']);
    expect(await audited()).toEqual([s.nataliya.contact.id]);
  });

  it('work that fails after writing and e-mailing leaves no change, no e-mail and no audit row', async () => {
    const s = await setup();
    const hvac = await s.project('Rooftop HVAC Replacement');
    const counts = async () => ({
      posts: (await s.db.select().from(projectPosts).where(eq(projectPosts.projectId, hvac.id))).length,
      mails: (await s.db.select().from(emailOutbox)).length,
      audited: (await s.db.select().from(auditLog).where(eq(auditLog.actorId, s.nataliya.contact.id))).length,
    });
    const before = await counts();
    const failing = runClient(s.nataliya, { permission: 'projects.work', audit: 'project.email_team' }, async (w) => {
      await projectPortal.addProjectNote(w, hvac.id, 'Roof access is on Monday.');
      await projectPortal.emailProjectTeam(w, hvac.id, 'Roof access is on Monday.');
      throw new Error('connection lost');
    });
    await expect(failing).rejects.toThrow('connection lost');
    expect(await counts()).toEqual(before);

    const sent = await emailProjectTeam(s.nataliya, hvac.id, 'Roof access is on Monday.');
    expect(sent).toBeGreaterThan(0);
    expect(await counts()).toEqual({ ...before, mails: before.mails + sent, audited: before.audited + 1 });
  });

  it('a service request is audited as the client’s, in the same transaction', async () => {
    const s = await setup();
    const ticket = await createServiceRequest(s.franco, { title: 'Draught', description: 'Cold air from the vent' });
    const rows = await s.db.select().from(auditLog).where(and(eq(auditLog.targetType, 'ticket'), eq(auditLog.targetId, ticket.id)));
    expect(rows).toMatchObject([{ tenantId: s.acme.id, actorType: 'client', actorId: s.franco.contact.id, action: 'ticket.create', details: { number: ticket.number, attachment: false } }]);
  });
});

describe('documents', () => {
  it('download only when shared and in something the user can see', async () => {
    const s = await setup();
    const hvac = await s.project('Rooftop HVAC Replacement');
    const file = (name: string) => new File([Buffer.from(`contents of ${name}`)], name, { type: 'text/plain' });
    const shared = await uploadProjectDocument(s.owner, hvac.id, file('plan.pdf'), true);
    const internal = await uploadProjectDocument(s.owner, hvac.id, file('costs.xlsx'), false);
    expect(await canDownload(s.franco.viewer, shared.id)).toBe(true);
    expect(await canDownload(s.franco.viewer, internal.id)).toBe(false);
    expect(await canDownload(s.sasha.viewer, shared.id)).toBe(false);
    expect(await canDownload(s.bill.viewer, shared.id)).toBe(false);
    await expect(uploadProjectDocument(s.owner, hvac.id, file('run.exe'), true)).rejects.toMatchObject({ fieldErrors: { file: [expect.stringContaining('cannot be attached')] } });
  });

  it('a service request keeps its attachment; Basic users cannot set the priority, Managers can', async () => {
    const s = await setup();
    const attachment = new File([Buffer.from('log line')], 'error.log', { type: 'text/plain' });
    const basic = await createServiceRequest(s.franco, { title: 'Noise', description: 'Loud fan', priority: 'critical' }, attachment);
    expect(basic.priority).toBe('medium');
    expect(basic.createdByContactId).toBe(s.franco.contact.id);
    const [doc] = await s.db.select().from(documents).where(eq(documents.ticketId, basic.id));
    expect(doc).toMatchObject({ fileName: 'error.log', shared: true, contentType: 'text/plain' });
    expect(await canDownload(s.franco.viewer, doc.id)).toBe(true);
    expect(await canDownload(s.sasha.viewer, doc.id)).toBe(false);
    const manager = await createServiceRequest(s.nataliya, { title: 'Leak', description: 'Water on floor', priority: 'critical' });
    expect(manager.priority).toBe('critical');
    expect(manager.number).toBeGreaterThan(basic.number);
  });
});

describe('staff side', () => {
  it('Add People accepts only contacts of the project’s company, e-mails members and invites contacts without portal access', async () => {
    const s = await setup();
    const audit = await s.project('Office Cooling Audit');
    await expect(addProjectMembers(s.owner, audit.id, [s.sasha.contact.id])).rejects.toThrow('Only contacts of the project’s company can be added.');
    await expect(addProjectMembers(s.owner, audit.id, [s.bill.contact.id])).rejects.toThrow('Only contacts of the project’s company can be added.');
    const [newbie] = await s.db.insert(contacts).values({ tenantId: s.acme.id, companyId: s.franco.contact.companyId, firstName: 'Nia', email: 'nia@coolair.com' }).returning();
    const outcomes = await addProjectMembers(s.owner, audit.id, [s.franco.contact.id, newbie.id]);
    expect(outcomes.map((o) => o.outcome).sort()).toEqual(['invited', 'notified']);
    const mails = await s.db.select().from(emailOutbox).where(eq(emailOutbox.tenantId, s.acme.id));
    expect(mails.filter((m) => m.to === 'franco@coolair.com' && m.subject === "You've been added to the project Office Cooling Audit")).toHaveLength(1);
    expect(mails.some((m) => m.to === 'nia@coolair.com' && m.subject === "You've been invited to the Acme Services Customer Portal")).toBe(true);
    expect(names(await listPortalProjects(s.franco.viewer))).toContain('Office Cooling Audit');

    // Nataliya turned project e-mails off: the notification still comes, the e-mail does not.
    await s.db.update(contacts).set({ emailPreferences: { notifications: true, ticketUpdates: true, projectUpdates: false } }).where(eq(contacts.id, s.nataliya.contact.id));
    expect((await addProjectMembers(s.owner, audit.id, [s.nataliya.contact.id])).map((o) => o.outcome)).toEqual(['none']);
    const toNataliya = await s.db.select().from(emailOutbox).where(eq(emailOutbox.to, 'nataliya@coolair.com'));
    expect(toNataliya.filter((m) => m.subject.includes('Office Cooling Audit'))).toEqual([]);
  });

  it('a shared note or update tells the people on it (e-mail per their update preference); a hidden one tells nobody', async () => {
    const s = await setup();
    const t1001 = await s.ticket(1001);
    const hvac = await s.project('Rooftop HVAC Replacement');
    const mailsTo = async (to: string, subject: string) => (await s.db.select().from(emailOutbox).where(and(eq(emailOutbox.to, to), eq(emailOutbox.subject, subject)))).length;
    const noticesOf = async (contactId: string) => (await s.db.select().from(notifications).where(eq(notifications.contactId, contactId))).map((n) => n.title);

    // Franco is in the office here: an away ticket contact's e-mail goes to the delegate (portal-admin-away.test.ts).
    await s.db.delete(outOfOffice).where(eq(outOfOffice.contactId, s.franco.contact.id));
    await addStaffTicketNote(s.owner, t1001.id, { body: 'Internal: check the wiring', shared: false });
    await addStaffTicketNote(s.owner, t1001.id, { body: 'A technician comes on Tuesday.', shared: true });
    const subject = 'New note on ticket #1001 Thermostat offline in meeting room';
    expect(await mailsTo('franco@coolair.com', subject)).toBe(1);
    expect(await mailsTo('nataliya@coolair.com', subject)).toBe(0);
    const [notice] = await s.db.select().from(notifications).where(and(eq(notifications.contactId, s.franco.contact.id), eq(notifications.title, subject)));
    expect(notice.body).toBe('A technician comes on Tuesday.');

    await s.db.update(contacts).set({ emailPreferences: { notifications: true, ticketUpdates: true, projectUpdates: false } }).where(eq(contacts.id, s.franco.contact.id));
    await addPost(s.owner, hvac.id, { kind: 'update', title: 'Units ordered', body: 'Delivery in two weeks.', shared: true });
    expect(await noticesOf(s.franco.contact.id)).toContain('New on the project Rooftop HVAC Replacement');
    expect(await mailsTo('franco@coolair.com', 'New on the project Rooftop HVAC Replacement')).toBe(0);
    await s.db.update(contacts).set({ emailPreferences: { notifications: true, ticketUpdates: true, projectUpdates: true } }).where(eq(contacts.id, s.franco.contact.id));
  });

  it('Show on Portal? on another tenant’s item is not found; sharing defaults and custom code need the permission and leave existing items alone', async () => {
    const s = await setup();
    const globexStaff: StaffContext = { tenant: s.globex, user: await s.staff(s.globex.id, 'owner@globex.test') };
    const [item] = await s.db.select().from(milestones).where(eq(milestones.tenantId, s.acme.id)).limit(1);
    await expect(setShowOnPortal(globexStaff, 'milestone', item.id, true)).rejects.toThrow('That milestone was not found.');
    await expect(updateTenantSettings(s.helpdesk, { customCss: 'body{}' })).rejects.toThrow('You do not have permission to edit organization settings.');
    const before = await s.db.select().from(milestones).where(eq(milestones.tenantId, s.acme.id));
    await updateTenantSettings(s.owner, { shareMilestonesByDefault: true, customCss: 'body { color: red; }' });
    expect(await s.db.select().from(milestones).where(eq(milestones.tenantId, s.acme.id))).toEqual(before);
  });
});
