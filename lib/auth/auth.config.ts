import type { NextAuthConfig } from 'next-auth';

export const STAFF_COOKIE = 'cp_staff';

/** The edge-safe part of the staff Auth.js set-up: no adapter, no database, no Node-only APIs. */
export const authConfig = {
  trustHost: true,
  session: { strategy: 'jwt' },
  pages: { signIn: '/admin/sign-in', verifyRequest: '/admin/sign-in/check-email', error: '/admin/sign-in' },
  cookies: {
    sessionToken: {
      name: STAFF_COOKIE,
      options: { httpOnly: true, sameSite: 'lax', path: '/', secure: process.env.PUBLIC_PROTOCOL === 'https' },
    },
  },
  providers: [],
} satisfies NextAuthConfig;
