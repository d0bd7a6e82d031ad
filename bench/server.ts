import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { get } from './measure';

export const PORT = Number(process.env.BENCH_PORT ?? 3200);
export const SECRET = 'bench-secret-not-for-production';
export const hosts = (slug: string) => ({ admin: `${slug}.admin.localhost:${PORT}`, portal: `${slug}.localhost:${PORT}`, root: `localhost:${PORT}` });

/** `next start` of the production build on PORT (the bench database, MAX_CONCURRENT_REQUESTS as configured). */
export async function startServer() {
  const env = { ...process.env, PORT: String(PORT), ROOT_DOMAIN: `localhost:${PORT}`, AUTH_SECRET: SECRET, DOCUMENTATION_KEY: 'bench-documentation-key', NEXT_TELEMETRY_DISABLED: '1' };
  const server = spawn('npx', ['next', 'start', '-p', String(PORT)], { env, stdio: 'ignore', detached: true });
  const stop = () => {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  };
  for (let i = 0; ; i++) {
    if (await get(PORT, '/', `localhost:${PORT}`).then(() => true, () => false)) break;
    if (i > 240) {
      stop();
      throw new Error('next start did not come up');
    }
    await sleep(500);
  }
  return stop;
}

/** Fails the run when a page does not answer 200 with the text that shows it rendered what was asked. */
export async function expectPage(path: string, host: string, cookie: string, text: string) {
  const res = await get(PORT, path, host, cookie);
  if (res.status !== 200 || !res.body.toString('utf8').includes(text)) throw new Error(`${host}${path}: HTTP ${res.status}, no "${text}"`);
}
