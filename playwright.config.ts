import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
const systemChromium = '/usr/bin/chromium';

export const ROOT = `localhost:${port}`;

export default defineConfig({
  testDir: './e2e',
  // a sign-in costs an Argon2 hash: on a 2-core machine with two workers a journey of several sign-ins needs the time
  timeout: 90_000,
  expect: { timeout: 7_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? 'list' : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://acme.${ROOT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      // Debian's Chromium where present (Playwright's download does not work here); else Playwright's own.
      executablePath: existsSync(systemChromium) ? systemChromium : undefined,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
    },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'] }, testIgnore: /(tenant-settings|isolation|authorization)\.spec\.ts/ },
    // Tenant-wide switches (Portal Activation, 2FA for everyone) would disturb the other specs: they run last.
    { name: 'tenant-settings', use: { ...devices['Desktop Chrome'] }, testMatch: /tenant-settings\.spec\.ts/, dependencies: ['chromium'] },
    // A hostile tenant-wide Custom Code script: alone, after everything else.
    { name: 'isolation', use: { ...devices['Desktop Chrome'] }, testMatch: /isolation\.spec\.ts/, dependencies: ['tenant-settings'] },
    // Proves that refused requests change nothing by fingerprinting the whole database: alone, last.
    { name: 'authorization', use: { ...devices['Desktop Chrome'] }, testMatch: /authorization\.spec\.ts/, dependencies: ['isolation'] },
  ],
  webServer: {
    command: 'bash scripts/e2e-server.sh',
    url: `http://${ROOT}/`,
    timeout: 300_000,
    reuseExistingServer: process.env.E2E_REUSE_SERVER === '1',
    stdout: 'pipe',
    env: {
      PORT: String(port),
      ROOT_DOMAIN: ROOT,
      PGLITE_DIR: '.data/e2e',
      AUTH_SECRET: 'e2e-secret-not-for-production',
      DOCUMENTATION_KEY: 'ZTJlLWRvY3VtZW50YXRpb24ta2V5LW5vdC1wcm9kdWN0aW9u',
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: '',
      RESEND_API_KEY: '',
      E2E_TEST_HOOKS: '1',
    },
  },
});
