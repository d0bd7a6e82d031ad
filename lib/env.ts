import { z } from 'zod';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  ROOT_DOMAIN: z.string().min(1).default('localhost:3000'),
  PUBLIC_PROTOCOL: z.enum(['http', 'https']).optional(),
  DATABASE_URL: z.string().optional(),
  DATABASE_DRIVER: z.enum(['pglite', 'pg', 'neon']).optional(),
  PGLITE_DIR: z.string().default('.data/pglite'),
  NEON_WS_PROXY: z.string().optional(),
  RESEND_API_KEY: z.string().optional(),
  EMAIL_FROM: z.string().default('Client Portal <portal@example.com>'),
  AUTH_SECRET: z.string().optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(8 * 60),
  SESSION_ABSOLUTE_DAYS: z.coerce.number().int().positive().default(30),
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).default(0),
  CRON_SECRET: z.string().optional(),
  /** master key of documentation secrets: 32 bytes, base64 or hex (lib/documentation/crypto.ts) */
  DOCUMENTATION_KEY: z.string().optional(),
  /** the master key being replaced, read only while `npm run documentation:rotate-key` re-wraps data keys */
  DOCUMENTATION_KEY_PREVIOUS: z.string().optional(),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/** Read lazily so `next build` and tests can set variables before first use. */
export function env(): Env {
  cached ??= schema.parse(process.env);
  return cached;
}

export function resetEnvForTests() {
  cached = undefined;
}

const DEV_SECRET = 'client-portal-development-secret-not-for-production';

export function authSecret(): string {
  const secret = env().AUTH_SECRET;
  if (secret) return secret;
  if (env().NODE_ENV === 'production') {
    throw new Error('AUTH_SECRET must be set in production (see README: Environment).');
  }
  return DEV_SECRET;
}
