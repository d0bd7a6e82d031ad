import 'server-only';
import NextAuth from 'next-auth';
import type { Adapter, AdapterUser } from 'next-auth/adapters';
import type { EmailConfig } from 'next-auth/providers/email';
import Credentials from 'next-auth/providers/credentials';
import { DrizzleAdapter } from '@auth/drizzle-adapter';
import { headers } from 'next/headers';
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
import { staffPasswordSchema } from './schemas';
import { createSession, endSession } from './sessions';

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

function toAdapterUser(user: User): AdapterUser {
  return { id: user.id, email: user.email, emailVerified: user.emailVerified, name: user.name, image: user.image };
}

/** The Drizzle adapter, narrowed to one tenant's staff; accounts are created by administrators only. */
function tenantAdapter(db: Db, tenant: Tenant): Adapter {
  const base = DrizzleAdapter(db, { usersTable: users, accountsTable: accounts, verificationTokensTable: verificationTokens });
  return {
    ...base,
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

async function requestMeta() {
  const h = await headers();
  return { userAgent: h.get('user-agent'), ip: h.get('x-forwarded-for')?.split(',')[0]?.trim() ?? null };
}

export const { handlers, auth, signIn, signOut } = NextAuth(async () => {
  const slug = await currentTenantSlug();
  const tenant = slug ? await getTenantBySlug(slug) : null;
  if (!tenant) return { ...authConfig, secret: authSecret() };
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
          if (!parsed.success) return null;
          const user = await findStaffByEmail(tenant.id, parsed.data.email);
          const ok = await verifyPassword(user?.passwordHash, parsed.data.password);
          if (!user || !ok || !user.active) {
            await audit({ tenantId: tenant.id, actorType: 'staff', actorId: user?.id, action: 'staff.sign_in_failed', details: { email: parsed.data.email }, ip: (await requestMeta()).ip });
            return null;
          }
          return toAdapterUser(user);
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
        if (!user?.id) return token;
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
