/**
 * Portal Admin › Queues, Request Type Preferences and Vendors (SPEC section 3, seed 03): a Manager keeps them for their
 * own company only, every change is audited as the client, and a new service request is filed with them. Next's
 * request APIs are stood in for by a cookie jar, so that the real actions can be replayed for a Basic user.
 */
import { and, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { auditLog, companies, ticketQueues, tickets, vendors } from '@/lib/db/schema';
import { demo } from '../support/demo';
import { clientContext, clientOp } from '../support/client-work';

const request = vi.hoisted(() => ({ cookies: new Map<string, string>() }));
vi.mock('next/headers', () => ({
  cookies: async () => ({ get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined) }),
  headers: async () => new Headers({ host: 'acme.localhost:3000' }),
}));
vi.mock('next/cache', () => ({ refresh: () => {} }));
vi.mock('next-intl/server', () => ({ getTranslations: async () => (key: string) => key }));
vi.mock('@/lib/auth/staff', () => ({ getStaff: async () => null }));

const { LEVEL_REFUSED } = await import('@/lib/pipeline');
const { CLIENT_COOKIE } = await import('@/lib/auth/client');
const { createSession } = await import('@/lib/auth/sessions');
const queues = await import('@/lib/portal-admin/queues');
const requestTypes = await import('@/lib/portal-admin/request-types');
const vendorsDomain = await import('@/lib/portal-admin/vendors');
const { queueSchema } = await import('@/lib/portal-admin/queue-schemas');
const { requestTypesSchema } = await import('@/lib/portal-admin/request-type-schemas');
const { BAD_VENDOR_EMAIL, vendorSchema } = await import('@/lib/portal-admin/vendor-schemas');
const { portalAdminPages } = await import('@/lib/portal-admin/pages');
const ticketPortal = await import('@/lib/tickets/portal');
const { serviceRequestSchema } = await import('@/lib/tickets/schemas');
const { getTicketsPage } = await import('@/lib/tickets/queries');
const { TICKET_LIST_DEFAULTS } = await import('@/lib/tickets/schemas');
const ticketsOf = async (args: { tenantId: string; queueId?: string }) => (await getTicketsPage({ ...args, params: { ...TICKET_LIST_DEFAULTS, size: 100 } })).rows;
const queueActions = await import('@/app/s/[tenant]/(portal)/portal-admin/queues/actions');
const requestTypeActions = await import('@/app/s/[tenant]/(portal)/portal-admin/request-types/actions');
const vendorActions = await import('@/app/s/[tenant]/(portal)/portal-admin/vendors/actions');

const addQueue = clientOp(queues.addQueue, 'portal_admin.queues', 'portal_admin.add_queue');
const updateQueue = clientOp(queues.updateQueue, 'portal_admin.queues', 'portal_admin.update_queue');
const setDefaultQueue = clientOp(queues.setDefaultQueue, 'portal_admin.queues', 'portal_admin.set_default_queue');
const deleteQueue = clientOp(queues.deleteQueue, 'portal_admin.queues', 'portal_admin.delete_queue');
const setRequestTypes = clientOp(requestTypes.setRequestTypePreferences, 'portal_admin.request_types', 'portal_admin.set_request_types');
const addVendor = clientOp(vendorsDomain.addVendor, 'portal_admin.vendors', 'portal_admin.add_vendor');
const updateVendor = clientOp(vendorsDomain.updateVendor, 'portal_admin.vendors', 'portal_admin.update_vendor');
const deleteVendor = clientOp(vendorsDomain.deleteVendor, 'portal_admin.vendors', 'portal_admin.delete_vendor');
const createServiceRequest = clientOp(ticketPortal.createServiceRequest, 'tickets.create', 'ticket.create');

async function setup() {
  const d = await demo();
  const actor = (tenantId: string, email: string) => clientContext(tenantId === d.acme.id ? d.acme : d.globex, email);
  const nataliya = await actor(d.acme.id, 'nataliya@coolair.com');
  const sasha = await actor(d.acme.id, 'sales@loop.org');
  const bill = await actor(d.globex.id, 'bill@initech.test');
  const queueNamed = async (name: string) => (await queues.listQueues(nataliya.viewer)).find((q) => q.name === name)!;
  const coolAirQueues = () => d.db.select().from(ticketQueues).where(eq(ticketQueues.companyId, nataliya.viewer.companyId));
  const auditOf = (action: string) =>
    d.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, d.acme.id), eq(auditLog.action, action)));
  return { ...d, nataliya, franco: await actor(d.acme.id, 'franco@coolair.com'), sasha, bill, queueNamed, coolAirQueues, auditOf };
}

/** A queue or vendor of another company (The Loop) and of another tenant (Initech), made directly in the database. */
async function foreignRows(s: Awaited<ReturnType<typeof setup>>, table: typeof ticketQueues | typeof vendors) {
  const [otherCompany] = await s.db
    .insert(table)
    .values({ tenantId: s.acme.id, companyId: s.sasha.viewer.companyId, name: `Loop ${Math.random()}` })
    .returning();
  const [otherTenant] = await s.db
    .insert(table)
    .values({ tenantId: s.globex.id, companyId: s.bill.viewer.companyId, name: `Initech ${Math.random()}` })
    .returning();
  return [otherCompany.id, otherTenant.id];
}

const fieldErrors = (field: string, message: string) => ({ fieldErrors: { [field]: [message] } });

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

async function signedIn(email: string) {
  const d = await demo();
  const contact = await d.contact(d.acme.id, email);
  request.cookies.set(
    CLIENT_COOKIE,
    await createSession({ tenantId: d.acme.id, kind: 'client', contactId: contact.id, sessionVersion: contact.sessionVersion }),
  );
}

describe('Portal Admin › Queues', () => {
  it('lists the company’s queues, adds, edits, moves the single default and deletes, auditing each change as the client', async () => {
    const s = await setup();
    expect((await queues.listQueues(s.nataliya.viewer)).map((q) => [q.name, q.isDefault])).toEqual([
      ['Facilities', true],
      ['Office IT', false],
    ]);

    const printers = await addQueue(s.nataliya, queueSchema.parse({ name: ' Printers ', description: 'Toner and jams', isDefault: 'on' }));
    expect(printers.name).toBe('Printers');
    expect((await s.coolAirQueues()).filter((q) => q.isDefault).map((q) => q.name)).toEqual(['Printers']);

    await updateQueue(s.nataliya, printers.id, { name: 'Printers & Copiers', description: '', isDefault: true });
    await setDefaultQueue(s.nataliya, (await s.queueNamed('Facilities')).id);
    expect((await s.coolAirQueues()).filter((q) => q.isDefault).map((q) => q.name)).toEqual(['Facilities']);
    expect((await s.queueNamed('Printers & Copiers')).description).toBe('');

    await deleteQueue(s.nataliya, printers.id);
    expect((await s.coolAirQueues()).map((q) => q.name).sort()).toEqual(['Facilities', 'Office IT']);

    const [added] = await s.auditOf('portal_admin.add_queue');
    expect(added).toMatchObject({ actorType: 'client', actorId: s.nataliya.contact.id, targetType: 'ticket_queue', targetId: printers.id });
    expect(await s.auditOf('portal_admin.update_queue')).toHaveLength(1);
    expect(await s.auditOf('portal_admin.set_default_queue')).toHaveLength(1);
    expect(await s.auditOf('portal_admin.delete_queue')).toHaveLength(1);
  });

  it('refuses a name the company already uses, whatever its case, and changes nothing', async () => {
    const s = await setup();
    const before = await s.coolAirQueues();
    await expect(addQueue(s.nataliya, { name: 'office it', description: '', isDefault: true })).rejects.toMatchObject(
      fieldErrors('name', queues.DUPLICATE_QUEUE),
    );
    const officeIt = await s.queueNamed('Office IT');
    await expect(updateQueue(s.nataliya, officeIt.id, { name: 'FACILITIES', description: '', isDefault: false })).rejects.toMatchObject(
      fieldErrors('name', queues.DUPLICATE_QUEUE),
    );
    expect(await s.coolAirQueues()).toEqual(before);
    // Another company may use the same name.
    const loopQueue = await s.db.insert(ticketQueues).values({ tenantId: s.acme.id, companyId: s.sasha.viewer.companyId, name: 'Office IT' }).returning();
    expect(loopQueue).toHaveLength(1);
  });

  it('treats a queue of another company or tenant as not found', async () => {
    const s = await setup();
    for (const id of await foreignRows(s, ticketQueues)) {
      await expect(updateQueue(s.nataliya, id, { name: 'Mine now', description: '', isDefault: false })).rejects.toThrow('That queue was not found.');
      await expect(setDefaultQueue(s.nataliya, id)).rejects.toThrow('That queue was not found.');
      await expect(deleteQueue(s.nataliya, id)).rejects.toThrow('That queue was not found.');
      expect(await s.db.select().from(ticketQueues).where(eq(ticketQueues.id, id))).toHaveLength(1);
    }
  });

  it('keeps the tickets of a deleted queue, without a queue', async () => {
    const s = await setup();
    const doomed = await addQueue(s.nataliya, { name: 'Short-lived', description: '', isDefault: false });
    const ticket = await createServiceRequest(s.nataliya, { title: 'Door sticks', description: 'Front door', queueId: doomed.id });
    await deleteQueue(s.nataliya, doomed.id);
    expect((await s.db.select().from(tickets).where(eq(tickets.id, ticket.id)))[0].queueId).toBeNull();
  });
});

describe('Portal Admin › Request Type Preferences', () => {
  it('offers every type with Service Request as default until chosen, then the chosen ones', async () => {
    const s = await setup();
    expect(requestTypes.preferencesOf({ requestTypes: null, defaultRequestType: null })).toEqual({
      offered: ['incident', 'service_request', 'question', 'change'],
      defaultRequestType: 'service_request',
    });
    expect(await requestTypes.getRequestTypePreferences(s.nataliya.viewer)).toEqual({
      offered: ['incident', 'service_request', 'question'],
      defaultRequestType: 'service_request',
    });
    await setRequestTypes(s.nataliya, requestTypesSchema.parse({ incident: 'on', change: 'on', defaultRequestType: 'change' }));
    expect(await requestTypes.getRequestTypePreferences(s.nataliya.viewer)).toEqual({ offered: ['incident', 'change'], defaultRequestType: 'change' });
    expect((await s.auditOf('portal_admin.set_request_types'))[0]).toMatchObject({ actorType: 'client', targetId: s.nataliya.viewer.companyId });
    // The Loop's preferences are untouched.
    expect(await requestTypes.getRequestTypePreferences(s.sasha.viewer)).toEqual({
      offered: ['incident', 'service_request', 'question', 'change'],
      defaultRequestType: 'service_request',
    });
  });

  it('refuses none offered, or a default that is not offered, and changes nothing', async () => {
    const s = await setup();
    const [before] = await s.db.select().from(companies).where(eq(companies.id, s.nataliya.viewer.companyId));
    await expect(setRequestTypes(s.nataliya, requestTypesSchema.parse({ defaultRequestType: 'incident' }))).rejects.toMatchObject(
      fieldErrors('requestTypes', 'Offer at least one request type.'),
    );
    await expect(setRequestTypes(s.nataliya, requestTypesSchema.parse({ question: 'on', defaultRequestType: 'incident' }))).rejects.toMatchObject(
      fieldErrors('defaultRequestType', 'The default request type must be one of the offered types.'),
    );
    expect(requestTypesSchema.safeParse({ incident: 'on', defaultRequestType: 'complaint' }).success).toBe(false);
    const [after] = await s.db.select().from(companies).where(eq(companies.id, s.nataliya.viewer.companyId));
    expect(after).toEqual(before);
  });
});

describe('Portal Admin › Vendors', () => {
  it('adds, edits and deletes the company’s vendors, auditing each change as the client', async () => {
    const s = await setup();
    expect((await vendorsDomain.listVendors(s.nataliya.viewer)).map((v) => v.name)).toEqual(['Carrier HVAC Supply']);
    const vendor = await addVendor(
      s.nataliya,
      vendorSchema.parse({
        name: 'Dell',
        supplies: 'Laptops',
        accountNumber: 'D-42',
        supportPhone: '+1 800 624 9897',
        supportEmail: 'support@dell.test',
        notes: 'Next business day',
      }),
    );
    await updateVendor(s.nataliya, vendor.id, vendorSchema.parse({ name: 'Dell Technologies', supportEmail: '' }));
    const [edited] = await s.db.select().from(vendors).where(eq(vendors.id, vendor.id));
    expect(edited).toMatchObject({ name: 'Dell Technologies', supplies: '', supportEmail: '', companyId: s.nataliya.viewer.companyId });
    await deleteVendor(s.nataliya, vendor.id);
    expect((await vendorsDomain.listVendors(s.nataliya.viewer)).map((v) => v.name)).toEqual(['Carrier HVAC Supply']);
    for (const action of ['add_vendor', 'update_vendor', 'delete_vendor'])
      expect(await s.auditOf(`portal_admin.${action}`)).toMatchObject([{ actorType: 'client', targetType: 'vendor', targetId: vendor.id }]);
  });

  it('wants a name and a valid support e-mail (or none)', () => {
    const bad = vendorSchema.safeParse({ name: ' ', supportEmail: 'support at dell' });
    expect(bad.success).toBe(false);
    expect(Object.keys(bad.error!.flatten().fieldErrors).sort()).toEqual(['name', 'supportEmail']);
    expect(bad.error!.flatten().fieldErrors.supportEmail).toEqual([BAD_VENDOR_EMAIL]);
    expect(vendorSchema.parse({ name: 'Dell', supportEmail: ' ' }).supportEmail).toBe('');
  });

  it('treats a vendor of another company or tenant as not found', async () => {
    const s = await setup();
    for (const id of await foreignRows(s, vendors)) {
      await expect(updateVendor(s.nataliya, id, vendorSchema.parse({ name: 'Mine now' }))).rejects.toThrow('That vendor was not found.');
      await expect(deleteVendor(s.nataliya, id)).rejects.toThrow('That vendor was not found.');
      expect((await s.db.select().from(vendors).where(eq(vendors.id, id)))[0].name).not.toBe('Mine now');
    }
  });
});

describe('levels without the Portal Admin permissions', () => {
  it('a Basic user has no Portal Admin pages, and every action refuses them before reading the form', async () => {
    const s = await setup();
    expect(portalAdminPages(s.franco.viewer.permissions)).toEqual([]);
    await expect(addQueue(s.franco, { name: 'Sneaky', description: '', isDefault: true })).rejects.toThrow(LEVEL_REFUSED);

    await signedIn('franco@coolair.com');
    const officeIt = (await s.queueNamed('Office IT')).id;
    const [vendor] = await vendorsDomain.listVendors(s.nataliya.viewer);
    const refused = { error: LEVEL_REFUSED };
    expect(await queueActions.addQueueAction({}, form({ name: 'Sneaky' }))).toEqual(refused);
    expect(await queueActions.updateQueueAction({}, form({ queueId: officeIt, name: 'Sneaky' }))).toEqual(refused);
    expect(await queueActions.setDefaultQueueAction({}, form({ queueId: officeIt }))).toEqual(refused);
    expect(await queueActions.deleteQueueAction({}, form({ queueId: officeIt }))).toEqual(refused);
    expect(await requestTypeActions.setRequestTypesAction({}, form({ change: 'on', defaultRequestType: 'change' }))).toEqual(refused);
    expect(await vendorActions.addVendorAction({}, form({ name: 'Sneaky' }))).toEqual(refused);
    expect(await vendorActions.updateVendorAction({}, form({ vendorId: vendor.id, name: 'Sneaky' }))).toEqual(refused);
    expect(await vendorActions.deleteVendorAction({}, form({ vendorId: vendor.id }))).toEqual(refused);
    expect((await s.coolAirQueues()).map((q) => q.name)).not.toContain('Sneaky');
    expect((await vendorsDomain.listVendors(s.nataliya.viewer)).map((v) => v.name)).not.toContain('Sneaky');
  });

  it('a Manager’s action answers bad input per field, and saves good input', async () => {
    const s = await setup();
    await signedIn('nataliya@coolair.com');
    expect(await vendorActions.addVendorAction({}, form({ name: 'Bosch', supportEmail: 'nope' }))).toMatchObject(fieldErrors('supportEmail', BAD_VENDOR_EMAIL));
    expect(await queueActions.addQueueAction({}, form({ name: 'Facilities' }))).toMatchObject(fieldErrors('name', queues.DUPLICATE_QUEUE));
    expect(await vendorActions.addVendorAction({}, form({ name: 'Bosch', supportEmail: 'service@bosch.test' }))).toEqual({ success: 'added' });
    expect((await vendorsDomain.listVendors(s.nataliya.viewer)).map((v) => v.name)).toContain('Bosch');
  });
});

describe('service requests filed in a queue as a request type', () => {
  it('files in the chosen queue and type, else the company’s defaults', async () => {
    const s = await setup();
    await setRequestTypes(s.nataliya, { requestTypes: ['incident', 'service_request', 'question'], defaultRequestType: 'service_request' });
    const officeIt = await s.queueNamed('Office IT');
    const chosen = await createServiceRequest(
      s.franco,
      serviceRequestSchema.parse({ title: 'Printer offline', description: 'Second floor', queueId: officeIt.id, requestType: 'incident' }),
    );
    expect(chosen).toMatchObject({ queueId: officeIt.id, requestType: 'incident', companyId: s.franco.viewer.companyId });
    const defaults = await createServiceRequest(s.franco, serviceRequestSchema.parse({ title: 'New starter', description: 'Desk for Ana' }));
    expect(defaults).toMatchObject({ queueId: (await s.queueNamed('Facilities')).id, requestType: 'service_request' });
    // A company without queues files without one.
    expect(await createServiceRequest(s.sasha, { title: 'Wi-Fi', description: 'Slow' })).toMatchObject({ queueId: null, requestType: 'service_request' });
  });

  it('refuses a queue of another company or tenant, and a type the company does not offer', async () => {
    const s = await setup();
    await setRequestTypes(s.nataliya, { requestTypes: ['incident', 'question'], defaultRequestType: 'question' });
    const count = async () => (await s.db.select().from(tickets).where(eq(tickets.tenantId, s.acme.id))).length;
    const before = await count();
    for (const queueId of await foreignRows(s, ticketQueues))
      await expect(createServiceRequest(s.nataliya, { title: 'Leak', description: 'Roof', queueId })).rejects.toMatchObject(
        fieldErrors('queueId', queues.FOREIGN_QUEUE),
      );
    await expect(createServiceRequest(s.nataliya, { title: 'Leak', description: 'Roof', requestType: 'service_request' })).rejects.toMatchObject(
      fieldErrors('requestType', requestTypes.TYPE_NOT_OFFERED),
    );
    expect(serviceRequestSchema.safeParse({ title: 'Leak', description: 'Roof', requestType: 'complaint' }).success).toBe(false);
    expect(await count()).toBe(before);
  });

  it('staff see each ticket’s queue and filter the tenant’s tickets by queue', async () => {
    const s = await setup();
    const officeIt = await s.queueNamed('Office IT');
    const ticket = await createServiceRequest(s.nataliya, { title: 'Projector dead', description: 'Boardroom', queueId: officeIt.id, requestType: 'incident' });
    const inQueue = await ticketsOf({ tenantId: s.acme.id, queueId: officeIt.id });
    expect(inQueue.length).toBeGreaterThan(0);
    expect(inQueue.every((t) => t.queue === 'Office IT')).toBe(true);
    expect(inQueue.map((t) => t.id)).toContain(ticket.id);
    const all = await ticketsOf({ tenantId: s.acme.id });
    expect(all.length).toBeGreaterThan(inQueue.length);
    expect(await ticketsOf({ tenantId: s.globex.id, queueId: officeIt.id })).toEqual([]);
    expect((await queues.getQueueOptions({ tenantId: s.acme.id, companyId: s.nataliya.viewer.companyId })).map((q) => q.name)).toContain(
      'Cool Air › Office IT',
    );
  });
});
