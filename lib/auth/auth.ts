import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import type { Adapter, AdapterUser } from 'next-auth/adapters';
import type { EmailConfig } from 'next-auth/providers/email';
import Credentials from 'next-auth/providers/credentials';
import { DrizzleAdapter } from '@auth/drizzle-adapter';
import { audit } from '@/lib/audit';
import { getDb, type Db } from '@/lib/db/client';
import { accounts, users, verificationTokens, type Tenant, type User } from '@/lib/db/schema';
import { findStaffByEmail, findStaffById, tenantSignInLink } from './staff-accounts';
import { sendEmail } from '@/lib/email/send';
import { StaffSignInEmail } from '@/lib/email/templates/staff-sign-in';
import { authSecret } from '@/lib/env';
import { currentTenantSlug, getTenantBySlug } from '@/lib/tenancy/tenant';
import { authConfig } from './auth.config';
import { verifyPassword } from './password';
import { limitedAttempt } from './rate-limit';
import { requestMeta } from './request-meta';
import { staffPasswordSchema } from './schemas';
import { createSession, endSession, validateStaffSession } from './sessions';

declare module 'next-auth' {
  interface Session {
    sid?: string;
  }
}
declare module '@auth/core/jwt' {
  interface JWT {
    sid?: string;
  }
}

const LINK_MINUTES = 15;

/** Too many failed sign-ins for the account or the client address; `code` reaches the sign-in page's URL. */
export class StaffSignInLocked extends CredentialsSignin {
  code = 'locked';
  constructor(readonly minutes: number) {
    super();
  }
}

function toAdapterUser(user: User): AdapterUser {
  return { id: user.id, email: user.email, emailVerified: user.emailVerified, name: user.name, image: user.image };
}

/**
 * The Drizzle adapter, narrowed to one tenant's staff; accounts are created by administrators only.
 * E-mail sign-in tokens carry the tenant in their identifier, so a link opened on another tenant's
 * host finds nothing there and leaves the real one usable.
 */
function tenantAdapter(db: Db, tenant: Tenant): Adapter {
  const base = DrizzleAdapter(db, { usersTable: users, accountsTable: accounts, verificationTokensTable: verificationTokens });
  const scoped = (identifier: string) => `${tenant.id}:${identifier}`;
  return {
    ...base,
    async createVerificationToken(token) {
      const created = await base.createVerificationToken!({ ...token, identifier: scoped(token.identifier) });
      return created && { ...created, identifier: token.identifier };
    },
    async useVerificationToken({ identifier, token }) {
      const used = await base.useVerificationToken!({ identifier: scoped(identifier), token });
      return used && { ...used, identifier };
    },
    async createUser() {
      throw new Error('Staff accounts are created by an administrator.');
    },
    async getUser(id) {
      const user = await findStaffById(tenant.id, id);
      return user ? toAdapterUser(user) : null;
    },
    async getUserByEmail(email) {
      const user = await findStaffByEmail(tenant.id, email);
      return user ? toAdapterUser(user) : null;
    },
  };
}

function emailLinkProvider(tenant: Tenant): EmailConfig {
  return {
    id: 'email',
    type: 'email',
    name: 'Email',
    maxAge: LINK_MINUTES * 60,
    options: {},
    async sendVerificationRequest({ identifier, url }) {
      await sendEmail({
        tenantId: tenant.id,
        to: identifier,
        subject: `Sign in to ${tenant.name}`,
        template: 'staff-sign-in',
        body: StaffSignInEmail({ tenantName: tenant.name, url: tenantSignInLink(url, tenant.slug), minutes: LINK_MINUTES }),
      });
    },
  };
}

/**
 * The password check behind every staff sign-in path — the form's server action and a direct POST to
 * Auth.js's credentials callback — with the clients' limits per account and per client address.
 */
async function authorizeStaff(tenant: Tenant, email: string, password: string): Promise<AdapterUser | null> {
  const { ip } = await requestMeta();
  const keys = { account: `staff:${email.trim().toLowerCase()}`, address: ip };
  const failed = (details: Record<string, unknown>, actorId?: string) =>
    audit({ tenantId: tenant.id, actorType: 'staff', actorId, action: 'staff.sign_in_failed', details: { email, ...details }, ip });
  const minutes = (ms: number) => Math.ceil(ms / 60_000);

  let found: User | null = null;
  const result = await limitedAttempt(tenant.id, keys, async () => {
    found = await findStaffByEmail(tenant.id, email);
    const ok = await verifyPassword(found?.passwordHash, password);
    return found && ok && found.active ? found : null;
  });
  if (result.ok) return toAdapterUser(result.value);
  await failed(result.counted ? {} : { locked: true }, (found as User | null)?.id);
  if (result.lockedMs) throw new StaffSignInLocked(minutes(result.lockedMs));
  return null;
}

export const { handlers, auth, signIn, signOut } = NextAuth(async () => {
  const slug = await currentTenantSlug();
  const tenant = slug ? await getTenantBySlug(slug) : null;
  // No tenant, no staff: no session is honoured here.
  if (!tenant) return { ...authConfig, secret: authSecret(), callbacks: { jwt: () => null } };
  const db = await getDb();

  return {
    ...authConfig,
    secret: authSecret(),
    adapter: tenantAdapter(db, tenant),
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        async authorize(raw) {
          const parsed = staffPasswordSchema.safeParse(raw);
          return parsed.success ? authorizeStaff(tenant, parsed.data.email, parsed.data.password) : null;
        },
      }),
      emailLinkProvider(tenant),
    ],
    callbacks: {
      async signIn({ user, email }) {
        const staff = user.email ? await findStaffByEmail(tenant.id, user.email) : null;
        if (staff?.active) return true;
        // Unknown addresses get the same "check your e-mail" page, so the form does not reveal who is staff.
        return email?.verificationRequest ? '/admin/sign-in/check-email' : false;
      },
      async jwt({ token, user, account }) {
        // Every read of the session: only a live session of this tenant counts. The JWT alone proves
        // little — another tenant's cookie decodes just as well, and a signed-out session stays signed.
        if (!user?.id) return (await validateStaffSession(token.sid, tenant.id)) ? token : null;
        const staff = await findStaffById(tenant.id, user.id);
        if (!staff) return token;
        const meta = await requestMeta();
        token.sid = await createSession({ tenantId: tenant.id, kind: 'staff', userId: staff.id, sessionVersion: staff.sessionVersion, ...meta });
        await audit({ tenantId: tenant.id, actorType: 'staff', actorId: staff.id, action: 'staff.sign_in', details: { method: account?.provider }, ip: meta.ip });
        return token;
      },
      session({ session, token }) {
        session.sid = token.sid;
        return session;
      },
    },
    events: {
      async signOut(message) {
        if ('token' in message && message.token?.sid) await endSession(message.token.sid);
      },
    },
  };
});
