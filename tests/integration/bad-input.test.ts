import { inspect } from 'node:util';
import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { editCompanySchema } from '@/lib/companies/schemas';
import * as companiesService from '@/lib/companies/service';
import { companies, securityLevels, ticketNotes, tickets } from '@/lib/db/schema';
import type { ClientContext, StaffContext } from '@/lib/errors';
import { CONTROL_CHARACTERS } from '@/lib/forms';
import { redactLogArgument } from '@/lib/logging/redact';
import { viewerOf } from '@/lib/portal/access';
import * as ticketPortal from '@/lib/tickets/portal';
import * as ticketsService from '@/lib/tickets/service';
import { serviceRequestSchema, staffTicketNoteSchema } from '@/lib/tickets/schemas';
import { clientOp } from '../support/client-work';
import { demo } from '../support/demo';
import { staffOp } from '../support/work';

const updateCompany = staffOp(companiesService.updateCompany, 'portal_users.edit', 'company.update');
const addStaffTicketNote = staffOp(ticketsService.addStaffTicketNote, 'tickets.edit', 'ticket.add_note');
const createServiceRequest = clientOp(ticketPortal.createServiceRequest, 'tickets.create', 'ticket.create');

/** What a server action does with a form: FormData → its zod schema → the domain function, or the field errors. */
async function submit<S extends z.ZodType>(schema: S, fields: Record<string, string>, run: (data: z.infer<S>) => Promise<unknown>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const parsed = schema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return z.flattenError(parsed.error).fieldErrors as Record<string, string[]>;
  await run(parsed.data);
  return {};
}

async function setup() {
  const d = await demo();
  const owner: StaffContext = { tenant: d.acme, user: await d.staff(d.acme.id, 'owner@acme.test') };
  const contact = await d.contact(d.acme.id, 'nataliya@coolair.com');
  const [level] = await d.db.select().from(securityLevels).where(eq(securityLevels.id, contact.securityLevelId!));
  const nataliya: ClientContext = { tenant: d.acme, contact, sessionToken: 'not-used', viewer: viewerOf({ contact, securityLevel: level }) };
  const [coolAir] = await d.db.select().from(companies).where(and(eq(companies.tenantId, d.acme.id), eq(companies.name, 'Cool Air')));
  const [ticket] = await d.db.select().from(tickets).where(eq(tickets.tenantId, d.acme.id)).limit(1);
  const ticketCount = async () => (await d.db.select({ n: count() }).from(tickets).where(eq(tickets.tenantId, d.acme.id)))[0].n;
  const noteCount = async () => (await d.db.select({ n: count() }).from(ticketNotes).where(eq(ticketNotes.ticketId, ticket.id)))[0].n;
  return { ...d, owner, nataliya, coolAir, ticket, ticketCount, noteCount };
}

const companyFields = (companyId: string, name: string) => ({ companyId, name, email: '', portalEnabled: 'on' });

describe('a NUL character in a text field', () => {
  it('reaches the database only without the schema, which refuses it there; the log does not show what was typed', async () => {
    const { owner, coolAir } = await setup();
    const error = await updateCompany(owner, coolAir.id, { ...editCompanySchema.parse(companyFields(coolAir.id, 'Cool Air')), name: 'Secret\u0000Name' }).catch((e: unknown) => e);
    expect(inspect(error)).toContain('Secret');
    expect(inspect(redactLogArgument(error))).toMatch(/DrizzleQueryError\]?: Failed query: update "companies"[\s\S]*params: \[redacted\]/);
    expect(inspect(redactLogArgument(error))).not.toContain('Secret');
  });

  it('in a staff form is a field error and changes nothing', async () => {
    const { owner, coolAir, ticket, db, noteCount } = await setup();
    const notesBefore = await noteCount();
    expect(await submit(editCompanySchema, companyFields(coolAir.id, 'Cool\u0000Air'), (data) => updateCompany(owner, coolAir.id, data))).toEqual({ name: [CONTROL_CHARACTERS] });
    expect(await submit(staffTicketNoteSchema, { ticketId: ticket.id, body: 'Line 1\n\u0000' }, ({ body, shared }) => addStaffTicketNote(owner, ticket.id, { body, shared }))).toEqual({
      body: [CONTROL_CHARACTERS],
    });
    expect((await db.select().from(companies).where(eq(companies.id, coolAir.id)))[0]).toEqual(coolAir);
    expect(await noteCount()).toBe(notesBefore);
    // The same forms without the NUL go through: the refusal above was the character, not the form.
    expect(await submit(staffTicketNoteSchema, { ticketId: ticket.id, body: 'Line 1\n\tLine 2' }, ({ body, shared }) => addStaffTicketNote(owner, ticket.id, { body, shared }))).toEqual({});
    expect(await noteCount()).toBe(notesBefore + 1);
  });

  it('in a client form is a field error and changes nothing', async () => {
    const { nataliya, ticketCount } = await setup();
    const before = await ticketCount();
    expect(await submit(serviceRequestSchema, { title: 'Leak', description: 'Water\u0000 on the floor' }, (data) => createServiceRequest(nataliya, data))).toEqual({
      description: [CONTROL_CHARACTERS],
    });
    expect(await submit(serviceRequestSchema, { title: '\u0000', description: 'Water' }, (data) => createServiceRequest(nataliya, data))).toEqual({ title: [CONTROL_CHARACTERS] });
    expect(await ticketCount()).toBe(before);
    expect(await submit(serviceRequestSchema, { title: 'Leak', description: 'Water\non the floor' }, (data) => createServiceRequest(nataliya, data))).toEqual({});
    expect(await ticketCount()).toBe(before + 1);
  });
});
