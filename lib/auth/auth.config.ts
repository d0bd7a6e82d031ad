import type { NextAuthConfig } from 'next-auth';
import { publicProtocol } from '@/lib/tenancy/host';

export const STAFF_COOKIE = 'cp_staff';

/** The edge-safe part of the staff Auth.js set-up: no adapter, no database, no Node-only APIs. */
export const authConfig = {
  trustHost: true,
  // Secure whenever we are served over https, not only when told so: also Auth.js's own (csrf, callback) cookies.
  useSecureCookies: publicProtocol() === 'https',
  session: { strategy: 'jwt' },
  pages: { signIn: '/admin/sign-in', verifyRequest: '/admin/sign-in/check-email', error: '/admin/sign-in' },
  cookies: {
    sessionToken: {
      name: STAFF_COOKIE,
      options: { httpOnly: true, sameSite: 'lax', path: '/', secure: publicProtocol() === 'https' },
    },
  },
  providers: [],
} satisfies NextAuthConfig;
