/**
 * The one pipeline every action runs: the declared permission, then the work and its audit row in one
 * transaction — a change never commits without its audit row, a failed change leaves nothing, and e-mail
 * waits for the commit.
 */
import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/client';
import { auditLog, contacts, emailOutbox, projectMembers, projects, tickets, users, type StaffPermission } from '@/lib/db/schema';
import { sendEmail } from '@/lib/email/send';
import { StaffSignInEmail } from '@/lib/email/templates/staff-sign-in';
import type { StaffContext } from '@/lib/errors';
import { runStaff } from '@/lib/pipeline';
import * as projectsService from '@/lib/projects/service';
import * as ticketsService from '@/lib/tickets/service';
import { demo } from '../support/demo';
import { staffOp } from '../support/work';

const createProject = staffOp(projectsService.createProject, 'projects.edit', 'project.create');
const addProjectMembers = staffOp(projectsService.addProjectMembers, 'projects.edit', 'project.add_member');
const setShowOnPortal = staffOp(projectsService.setShowOnPortal, 'projects.edit', 'sharing.show_on_portal');
const updateTicket = staffOp(ticketsService.updateTicket, 'tickets.edit', 'ticket.update');
const addStaffTicketNote = staffOp(ticketsService.addStaffTicketNote, 'tickets.edit', 'ticket.add_note');

async function setup() {
  const d = await demo();
  const staffWith = async (email: string, permissions: StaffPermission[]): Promise<StaffContext> => {
    const [user] = await d.db.insert(users).values({ tenantId: d.acme.id, email, name: email, permissions }).onConflictDoNothing().returning();
    return { tenant: d.acme, user: user ?? (await d.staff(d.acme.id, email)) };
  };
  const owner: StaffContext = { tenant: d.acme, user: await d.staff(d.acme.id, 'owner@acme.test') };
  const helpdesk: StaffContext = { tenant: d.acme, user: await d.staff(d.acme.id, 'helpdesk@acme.test') };
  const [hvac] = await d.db.select().from(projects).where(and(eq(projects.tenantId, d.acme.id), eq(projects.name, 'Rooftop HVAC Replacement')));
  const [t1001] = await d.db.select().from(tickets).where(and(eq(tickets.tenantId, d.acme.id), eq(tickets.number, 1001)));
  const audits = async () => (await d.db.select({ n: count() }).from(auditLog).where(eq(auditLog.tenantId, d.acme.id)))[0].n;
  const project = { companyId: hvac.companyId, name: 'Pipeline', description: '', status: 'active' as const, startDate: null, dueDate: null, estimatedHours: null, charges: null };
  return { ...d, owner, helpdesk, staffWith, hvac, t1001, audits, project };
}

describe('the declared permission', () => {
  it('keeps view-only staff from changing projects and tickets, changing nothing', async () => {
    const s = await setup();
    const before = await s.audits();
    await expect(createProject(s.helpdesk, s.project)).rejects.toThrow('You do not have permission to edit projects.');
    await expect(setShowOnPortal(s.helpdesk, 'milestone', s.hvac.id, true)).rejects.toThrow('You do not have permission to edit projects.');
    await expect(addStaffTicketNote(s.helpdesk, s.t1001.id, { body: 'Hello client', shared: true })).rejects.toThrow('You do not have permission to edit tickets.');
    await expect(updateTicket(s.helpdesk, s.t1001.id, { ...s.t1001, title: 'Renamed' })).rejects.toThrow('You do not have permission to edit tickets.');
    expect(await s.audits()).toBe(before);
    expect((await s.db.select().from(projects).where(eq(projects.name, 'Pipeline'))).length).toBe(0);
    expect((await s.db.select().from(tickets).where(eq(tickets.id, s.t1001.id)))[0].title).toBe(s.t1001.title);
  });

  it('one permission does not open another: editing tickets does not edit projects', async () => {
    const s = await setup();
    const ticketsOnly = await s.staffWith('tickets-only@acme.test', ['tickets.edit']);
    await expect(createProject(ticketsOnly, s.project)).rejects.toThrow('You do not have permission to edit projects.');
    await addStaffTicketNote(ticketsOnly, s.t1001.id, { body: 'Looking into it', shared: false });
  });

  it('giving a contact portal access through Add People needs edit portal user settings', async () => {
    const s = await setup();
    const projectsOnly = await s.staffWith('projects-only@acme.test', ['projects.edit']);
    const [nia] = await s.db.insert(contacts).values({ tenantId: s.acme.id, companyId: s.hvac.companyId, firstName: 'Nia', email: 'nia.pipeline@coolair.com' }).returning();
    const outcomes = await addProjectMembers(projectsOnly, s.hvac.id, [nia.id]);
    expect(outcomes.map((o) => o.outcome)).toEqual(['no_access']);
    const [after] = await s.db.select().from(contacts).where(eq(contacts.id, nia.id));
    expect(after).toMatchObject({ portalAccess: false, logonName: null });
    expect(await s.db.select().from(emailOutbox).where(eq(emailOutbox.to, 'nia.pipeline@coolair.com'))).toEqual([]);
    expect(await s.db.select().from(projectMembers).where(eq(projectMembers.contactId, nia.id))).toHaveLength(1);

    const [zoe] = await s.db.insert(contacts).values({ tenantId: s.acme.id, companyId: s.hvac.companyId, firstName: 'Zoe', email: 'zoe.pipeline@coolair.com' }).returning();
    expect((await addProjectMembers(s.owner, s.hvac.id, [zoe.id])).map((o) => o.outcome)).toEqual(['invited']);
  });
});

describe('one transaction for the work and its audit row', () => {
  it('a work that fails after writing leaves neither the write nor an audit row nor an e-mail', async () => {
    const s = await setup();
    const before = await s.audits();
    const failing = runStaff(s.owner, { permission: 'projects.edit', audit: 'project.create' }, async (w) => {
      await projectsService.createProject(w, s.project);
      await sendEmail({ tenantId: s.acme.id, to: 'never@acme.test', subject: 'Never', template: 'staff-sign-in', body: StaffSignInEmail({ tenantName: 'Acme', url: 'http://x', minutes: 1 }) });
      throw new Error('boom');
    });
    await expect(failing).rejects.toThrow('boom');
    expect(await s.audits()).toBe(before);
    expect(await s.db.select().from(projects).where(eq(projects.name, 'Pipeline'))).toEqual([]);
    expect(await s.db.select().from(emailOutbox).where(eq(emailOutbox.to, 'never@acme.test'))).toEqual([]);
  });

  it('a committed work has its audit row, and its e-mail is recorded in the same transaction', async () => {
    const s = await setup();
    const project = await runStaff(s.owner, { permission: 'projects.edit', audit: 'project.create' }, async (w) => {
      const created = await projectsService.createProject(w, s.project);
      await sendEmail({ tenantId: s.acme.id, to: 'after@acme.test', subject: 'After', template: 'staff-sign-in', body: StaffSignInEmail({ tenantName: 'Acme', url: 'http://x', minutes: 1 }) });
      // Inside the work the message is part of its transaction (a rollback takes it back; Resend only sends after the commit).
      expect(await (await getDb()).select({ status: emailOutbox.status }).from(emailOutbox).where(eq(emailOutbox.to, 'after@acme.test'))).toEqual([{ status: 'outbox' }]);
      return created;
    });
    const [row] = await s.db.select().from(auditLog).where(and(eq(auditLog.targetId, project.id), eq(auditLog.action, 'project.create')));
    expect(row).toMatchObject({ actorType: 'staff', actorId: s.owner.user.id, tenantId: s.acme.id });
    expect(await s.db.select().from(emailOutbox).where(eq(emailOutbox.to, 'after@acme.test'))).toHaveLength(1);
  });

  it('a work that names no target still writes its declared event', async () => {
    const s = await setup();
    await runStaff(s.owner, { permission: 'projects.edit', audit: 'project.looked_at' }, async () => undefined);
    const rows = await s.db.select().from(auditLog).where(eq(auditLog.action, 'project.looked_at'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorId: s.owner.user.id, tenantId: s.acme.id });
  });

  it('another tenant’s staff finds nothing of this tenant, and nothing changes', async () => {
    const s = await setup();
    const globexOwner: StaffContext = { tenant: s.globex, user: await s.staff(s.globex.id, 'owner@globex.test') };
    await expect(setShowOnPortal(globexOwner, 'milestone', s.hvac.id, true)).rejects.toThrow('That milestone was not found.');
    await expect(updateTicket(globexOwner, s.t1001.id, { ...s.t1001, title: 'Mine' })).rejects.toThrow('That ticket was not found.');
    expect((await s.db.select().from(tickets).where(eq(tickets.id, s.t1001.id)))[0].title).toBe(s.t1001.title);
  });
});
