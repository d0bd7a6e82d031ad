import path from 'node:path';
import { defineConfig } from 'vitest/config';

const alias = {
  '@': import.meta.dirname,
  'server-only': path.join(import.meta.dirname, 'tests/support/empty.ts'),
};

const neonSuite = 'tests/integration/**/*.neon.test.ts';

export default defineConfig({
  test: {
    projects: [
      { resolve: { alias }, test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node' } },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          exclude: [neonSuite],
          setupFiles: ['tests/support/integration-setup.ts'],
          // next-auth's ESM imports `next/server` without an extension, which only Vite resolves.
          server: { deps: { inline: ['next-auth'] } },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      // The Neon serverless driver needs a Postgres server to relay to: it runs in the server pass.
      ...(process.env.TEST_DATABASE_URL
        ? [
            {
              resolve: { alias },
              test: {
                name: 'integration-neon',
                include: [neonSuite],
                setupFiles: ['tests/support/neon-relay.ts', 'tests/support/integration-setup.ts'],
                testTimeout: 30_000,
                hookTimeout: 60_000,
              },
            },
          ]
        : []),
    ],
  },
});
