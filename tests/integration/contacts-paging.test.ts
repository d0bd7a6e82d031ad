import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { COMPANY_CONTACTS_SHOWN, getCompanyWithContacts, getContactsPage } from '@/lib/companies/queries';
import { CONTACT_LIST_DEFAULTS } from '@/lib/companies/schemas';
import { companies, contacts } from '@/lib/db/schema';
import { demo } from '../support/demo';

/** Twelve contacts share this word; the last three share one name, so only the id can order them. */
const WORD = 'zqc';
const N = 12;
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byName = (a: { lastName: string; firstName: string; id: string }, b: typeof a) =>
  a.lastName.localeCompare(b.lastName) || a.firstName.localeCompare(b.firstName) || byId(a, b);

async function setup(label: string) {
  const d = await demo();
  const [company] = await d.db.insert(companies).values({ tenantId: d.acme.id, name: `Zqc ${label} Co` }).returning();
  const [foreignCompany] = await d.db.insert(companies).values({ tenantId: d.globex.id, name: `Zqc ${label} Globex` }).returning();
  const rows = await d.db
    .insert(contacts)
    .values(
      Array.from({ length: N }, (_, i) => ({
        tenantId: d.acme.id,
        companyId: company.id,
        firstName: 'Ann',
        lastName: `Zqc${label}${String(Math.min(i, N - 3)).padStart(2, '0')}`,
        email: `zqc-${label}-${i}@example.test`,
      })),
    )
    .returning();
  const [foreign] = await d.db
    .insert(contacts)
    .values({ tenantId: d.globex.id, companyId: foreignCompany.id, firstName: 'Ann', lastName: `Zqc${label}00`, email: `zqc-${label}@globex.test` })
    .returning();
  return { ...d, company, rows, foreign };
}

describe('the staff Contacts list is paged, sorted and filtered in SQL', () => {
  it('pages by last name, first name then id, with a page past the end and never another tenant’s contacts', async () => {
    const s = await setup('a');
    const expected = [...s.rows].sort(byName).map((r) => r.id);
    const fetch = (page: number) => getContactsPage({ tenantId: s.acme.id, params: { ...CONTACT_LIST_DEFAULTS, q: `${WORD}a`, size: 10, page } });
    const [first, second, beyond] = await Promise.all([fetch(1), fetch(2), fetch(3)]);
    expect(first.total).toEqual({ count: N, capped: false });
    expect(first.rows.map((r) => r.id)).toEqual(expected.slice(0, 10));
    expect(second.rows.map((r) => r.id)).toEqual(expected.slice(10));
    expect(beyond).toEqual({ rows: [], total: { count: N, capped: false } });
    expect([...first.rows, ...second.rows].map((r) => r.id)).not.toContain(s.foreign.id);
    expect(first.rows[0]).toMatchObject({ company: 'Zqc a Co', companyId: s.company.id, portal: null });
  });

  it('keeps ties in id order both ways, and reversed sorts reverse the whole list', async () => {
    const s = await setup('b');
    const asc = [...s.rows].sort(byName).map((r) => r.id);
    const fetch = (dir: 'asc' | 'desc') => getContactsPage({ tenantId: s.acme.id, params: { ...CONTACT_LIST_DEFAULTS, q: `${WORD}b`, dir, size: 25 } });
    const [up, down, again] = await Promise.all([fetch('asc'), fetch('desc'), fetch('asc')]);
    expect(up.rows.map((r) => r.id)).toEqual(asc);
    expect(down.rows.map((r) => r.id)).toEqual([...asc].reverse());
    expect(again.rows.map((r) => r.id)).toEqual(up.rows.map((r) => r.id));
  });

  it('sorts by e-mail and by portal state, Active, Inactive, Invited, then contacts without a logon', async () => {
    const s = await setup('c');
    const [active, invited, inactive] = s.rows;
    const set = (id: string, values: Partial<typeof contacts.$inferInsert>) => s.db.update(contacts).set(values).where(and(eq(contacts.tenantId, s.acme.id), eq(contacts.id, id)));
    await set(active.id, { logonName: 'zqc-active', portalAccess: true, passwordHash: 'x' });
    await set(invited.id, { logonName: 'zqc-invited', portalAccess: true });
    await set(inactive.id, { logonName: 'zqc-inactive', portalAccess: false, passwordHash: 'x' });
    const params = { ...CONTACT_LIST_DEFAULTS, q: `${WORD}-c-`, size: 25 as const };
    const byPortal = await getContactsPage({ tenantId: s.acme.id, params: { ...params, sort: 'portal' } });
    expect(byPortal.rows.slice(0, 4).map((r) => r.portal)).toEqual(['Active', 'Inactive', 'Invited', null]);
    const byEmail = await getContactsPage({ tenantId: s.acme.id, params: { ...params, sort: 'email', dir: 'desc' } });
    expect(byEmail.rows.map((r) => r.email)).toEqual(s.rows.map((r) => r.email).sort().reverse());
  });

  it('filters on name, e-mail and company; a filter matching nothing is empty; a company narrows it', async () => {
    const s = await setup('d');
    const one = await getContactsPage({ tenantId: s.acme.id, params: { ...CONTACT_LIST_DEFAULTS, q: 'ZQC-D-7@EXAMPLE' } });
    expect(one.rows.map((r) => r.id)).toEqual([s.rows[7].id]);
    const byCompany = await getContactsPage({ tenantId: s.acme.id, params: { ...CONTACT_LIST_DEFAULTS, q: 'zqc d co' } });
    expect(byCompany.total.count).toBe(N);
    const none = await getContactsPage({ tenantId: s.acme.id, params: { ...CONTACT_LIST_DEFAULTS, q: 'zqc-nothing_%' } });
    expect(none).toEqual({ rows: [], total: { count: 0, capped: false } });
    const ofCompany = await getContactsPage({ tenantId: s.acme.id, params: CONTACT_LIST_DEFAULTS, companyId: s.company.id });
    expect(ofCompany.rows.map((r) => r.id).sort()).toEqual(s.rows.map((r) => r.id).sort());
  });

  it('is scoped by tenant: another tenant sees none of these contacts, even narrowed to their company', async () => {
    const s = await setup('e');
    const theirs = await getContactsPage({ tenantId: s.globex.id, params: { ...CONTACT_LIST_DEFAULTS, q: `${WORD}e` } });
    expect(theirs.rows.map((r) => r.id)).toEqual([s.foreign.id]);
    const crossed = await getContactsPage({ tenantId: s.globex.id, params: CONTACT_LIST_DEFAULTS, companyId: s.company.id });
    expect(crossed).toEqual({ rows: [], total: { count: 0, capped: false } });
  });
});

describe('a company page lists its first contacts only', () => {
  it('shows the first contacts by name, counts them all, and keeps the primary contact among the picker’s names', async () => {
    const d = await demo();
    const [company] = await d.db.insert(companies).values({ tenantId: d.acme.id, name: 'Zqc Big Co' }).returning();
    const people = await d.db
      .insert(contacts)
      .values(
        Array.from({ length: COMPANY_CONTACTS_SHOWN + 5 }, (_, i) => ({
          tenantId: d.acme.id,
          companyId: company.id,
          firstName: 'Bo',
          lastName: `Zqcz${String(i).padStart(3, '0')}`,
          email: `zqc-z-${i}@example.test`,
        })),
      )
      .returning();
    const last = people[people.length - 1];
    await d.db.update(companies).set({ primaryContactId: last.id }).where(and(eq(companies.tenantId, d.acme.id), eq(companies.id, company.id)));
    const found = await getCompanyWithContacts({ tenantId: d.acme.id, companyId: company.id });
    expect(found?.contacts.map((c) => c.id)).toEqual(people.slice(0, COMPANY_CONTACTS_SHOWN).map((c) => c.id));
    expect(found?.contactCount).toBe(COMPANY_CONTACTS_SHOWN + 5);
    expect(found?.contactChoices.map((c) => c.id)).toContain(last.id);
    expect(await getCompanyWithContacts({ tenantId: d.globex.id, companyId: company.id })).toBeNull();
  });
});
