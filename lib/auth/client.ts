import 'server-only';
import { cache } from 'react';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { and, desc, eq, or, sql } from 'drizzle-orm';
import { audit } from '@/lib/audit';
import { getDb } from '@/lib/db/client';
import { companies, contacts, securityLevels, type Tenant } from '@/lib/db/schema';
import { env } from '@/lib/env';
import { isTwoFactorRequired } from '@/lib/auth/two-factor';
import { publicProtocol } from '@/lib/tenancy/host';
import { requireTenant } from '@/lib/tenancy/tenant';
import { verifyPassword } from './password';
import { PREVIEW_COOKIE, validatePreviewSession } from './preview';
import { requestMeta } from './request-meta';
import { createSession, endSession, validateContactSession } from './sessions';
import { consumeToken, inspectToken, issueToken } from './tokens';

export const CLIENT_COOKIE = 'cp_client';

async function profileOf(tenantId: string, contactId: string) {
  const db = await getDb();
  const [row] = await db
    .select({ contact: contacts, company: companies, securityLevel: securityLevels })
    .from(contacts)
    .innerJoin(companies, eq(companies.id, contacts.companyId))
    .leftJoin(securityLevels, eq(securityLevels.id, contacts.securityLevelId))
    .where(and(eq(contacts.tenantId, tenantId), eq(contacts.id, contactId)))
    .limit(1);
  return row;
}

export type PreviewInfo = { staffName: string };

/**
 * The portal user of this tenant with company and security level, or null. A preview session (staff
 * viewing as the contact) comes first and is marked, so every action can refuse to change anything.
 */
export const getClient = cache(async () => {
  const tenant = await requireTenant();
  // A portal that is not activated has no signed-in users: no pages, no actions, no downloads.
  if (!tenant.portalActivated) return null;
  const jar = await cookies();
  const previewToken = jar.get(PREVIEW_COOKIE)?.value;
  const preview = previewToken ? await validatePreviewSession(previewToken, tenant.id) : null;
  const token = preview ? previewToken : jar.get(CLIENT_COOKIE)?.value;
  const valid = preview ?? (await validateContactSession(token, tenant.id, 'client'));
  if (!valid) return null;
  const profile = await profileOf(tenant.id, valid.contact.id);
  if (!profile) return null;
  const previewInfo: PreviewInfo | null = preview ? { staffName: preview.staff.name ?? preview.staff.email } : null;
  // Signed in, but required to set up two-factor authentication first: only the set-up (and Log Off) works.
  const twoFactorPending = !preview && isTwoFactorRequired(tenant, profile.company) && !profile.contact.totpConfiguredAt;
  return { tenant, sessionToken: token as string, preview: previewInfo, twoFactorPending, ...profile };
});

export async function requireClient() {
  const client = await getClient();
  if (!client) redirect('/sign-in');
  return client;
}

export type ClientSignInResult = { ok: true; contactId: string; twoFactor: boolean } | { ok: false };

/** The contact a sign-in name points at: a logon name wins over an e-mail (older data may hold both). */
async function findSignInContact(tenantId: string, logon: string) {
  const db = await getDb();
  const key = logon.trim().toLowerCase();
  const [row] = await db
    .select({ contact: contacts, portalEnabled: companies.portalEnabled })
    .from(contacts)
    .innerJoin(companies, eq(companies.id, contacts.companyId))
    .where(and(eq(contacts.tenantId, tenantId), or(eq(sql`lower(${contacts.logonName})`, key), eq(sql`lower(${contacts.email})`, key))))
    .orderBy(desc(sql`coalesce(lower(${contacts.logonName}) = ${key}, false)`), desc(contacts.portalAccess))
    .limit(1);
  return row;
}

/**
 * What sign-in failures are counted against: the contact the name points at (so its logon name and its
 * e-mail share one count), or the name itself when it points at nobody.
 */
export async function signInAccountKey(tenant: Tenant, logon: string) {
  const row = await findSignInContact(tenant.id, logon);
  return row ? `contact:${row.contact.id}` : logon.trim().toLowerCase();
}

/** Checks a logon name (or e-mail) and password of this tenant's portal users. */
export async function checkClientCredentials(tenant: Tenant, logon: string, password: string): Promise<ClientSignInResult> {
  const row = await findSignInContact(tenant.id, logon);
  const ok = await verifyPassword(row?.contact.passwordHash, password);
  if (!row || !ok || !row.contact.portalAccess || !row.portalEnabled || !tenant.portalActivated) return { ok: false };
  return { ok: true, contactId: row.contact.id, twoFactor: Boolean(row.contact.totpConfiguredAt) };
}

export { requestMeta } from './request-meta';

/** A fresh session (new id) for the contact, set as the client cookie. */
export async function startClientSession(tenant: Tenant, contactId: string) {
  const db = await getDb();
  const [contact] = await db.select().from(contacts).where(and(eq(contacts.tenantId, tenant.id), eq(contacts.id, contactId)));
  const meta = await requestMeta();
  const jar = await cookies();
  await endSession(jar.get(CLIENT_COOKIE)?.value);
  const token = await createSession({ tenantId: tenant.id, kind: 'client', contactId, sessionVersion: contact.sessionVersion, ...meta });
  jar.set(CLIENT_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: publicProtocol() === 'https',
    maxAge: env().SESSION_ABSOLUTE_DAYS * 24 * 3600,
  });
  await db.update(contacts).set({ lastSignInAt: new Date() }).where(and(eq(contacts.tenantId, tenant.id), eq(contacts.id, contactId)));
  await audit({ tenantId: tenant.id, actorType: 'client', actorId: contactId, action: 'client.sign_in', targetType: 'contact', targetId: contactId, ip: meta.ip });
}

const TWO_FACTOR_COOKIE = 'cp_2fa';
const TWO_FACTOR_MS = 10 * 60_000;

/** Password accepted, second factor pending: a single-use, 10-minute token in its own cookie. */
export async function startTwoFactor(tenant: Tenant, contactId: string) {
  const { token } = await issueToken({ tenantId: tenant.id, purpose: 'two_factor_pending', contactId, ttlMs: TWO_FACTOR_MS });
  (await cookies()).set(TWO_FACTOR_COOKIE, token, { httpOnly: true, sameSite: 'lax', path: '/', secure: publicProtocol() === 'https', maxAge: TWO_FACTOR_MS / 1000 });
}

/** The contact waiting for their second factor, if the pending sign-in is still valid. */
export async function pendingTwoFactor(tenant: Tenant) {
  const token = (await cookies()).get(TWO_FACTOR_COOKIE)?.value ?? '';
  const { status, row } = await inspectToken(token, tenant.id, ['two_factor_pending']);
  if (status !== 'valid' || !row?.contactId) return null;
  const db = await getDb();
  const [contact] = await db.select().from(contacts).where(and(eq(contacts.tenantId, tenant.id), eq(contacts.id, row.contactId)));
  return contact?.portalAccess ? { contact, token } : null;
}

export async function finishTwoFactor(tenant: Tenant, token: string, contactId: string) {
  const used = await consumeToken(token, tenant.id, ['two_factor_pending']);
  if (!used || used.contactId !== contactId) return false;
  (await cookies()).delete(TWO_FACTOR_COOKIE);
  await startClientSession(tenant, contactId);
  return true;
}

export async function endClientSession() {
  const jar = await cookies();
  await endSession(jar.get(CLIENT_COOKIE)?.value);
  jar.delete(CLIENT_COOKIE);
}
