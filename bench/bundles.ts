/**
 * First-load JavaScript of a route, gzipped, read from the production build: the framework's root main files
 * (`.next/build-manifest.json` rootMainFiles) and every chunk the route's client reference manifest lists for its
 * layouts and page (`.next/server/app/<route>/page_client-reference-manifest.js`, entryJSFiles), each file once,
 * each gzipped on its own with zlib (default level) and summed. Polyfills (nomodule) are left out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { get, kb, kB, type Row } from './measure';
import { BENCH } from './seed-large';
import { hosts, PORT } from './server';

export const BUNDLE_BUDGET = { overLandingKb: 30 } as const;

const LANDING = '/(marketing)/page';
/** The routes the issue names, each against the landing page's first load. */
export const ROUTES: Record<string, string> = {
  'portal home': '/s/[tenant]/(portal)/home/page',
  'client sign-in': '/s/[tenant]/(auth)/sign-in/page',
  'Portal Access': '/s/[tenant]/admin/(shell)/portal-access/page',
  'a project page': '/s/[tenant]/(portal)/projects/[projectId]/page',
};

function firstLoadFiles(dir: string, route: string): string[] {
  const { rootMainFiles } = JSON.parse(readFileSync(join(dir, 'build-manifest.json'), 'utf8')) as { rootMainFiles: string[] };
  const context = { globalThis: {} as { __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }> } };
  runInNewContext(readFileSync(join(dir, 'server/app', `${route.slice(1)}_client-reference-manifest.js`), 'utf8'), context);
  const manifest = context.globalThis.__RSC_MANIFEST?.[route];
  if (!manifest?.entryJSFiles) throw new Error(`no client reference manifest for ${route}`);
  return [...new Set([...rootMainFiles, ...Object.values(manifest.entryJSFiles).flat()])].filter((f) => f.endsWith('.js'));
}

export function firstLoadKb(route: string, dir = '.next') {
  return kB(firstLoadFiles(dir, route).reduce((sum, file) => sum + gzipSync(readFileSync(join(dir, file))).length, 0));
}

export function measureBundles(dir = '.next'): Row[] {
  const landing = firstLoadKb(LANDING, dir);
  const limit = landing + BUNDLE_BUDGET.overLandingKb;
  return [
    { scenario: 'First-load JS gzipped: landing page', figure: kb(landing), budget: '', ok: undefined },
    ...Object.entries(ROUTES).map(([name, route]) => {
      const size = firstLoadKb(route, dir);
      return { scenario: `  ${name}`, figure: `${kb(size)} (+${kb(size - landing)})`, budget: `≤ ${kb(limit)} (landing + ${BUNDLE_BUDGET.overLandingKb} kB)`, ok: size <= limit };
    }),
  ];
}

/** Cross-check: the same sum over the scripts a served page's HTML loads (`<script src="/_next/static/…js">`, not nomodule polyfills). */
export function htmlScriptsKb(html: string, dir = '.next') {
  const tags = [...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]).filter((tag) => !/nomodule/i.test(tag));
  const files = new Set(tags.flatMap((tag) => /\ssrc="\/_next\/(static\/[^"?]+\.js)/.exec(tag)?.[1] ?? []));
  return kB([...files].reduce((sum, file) => sum + gzipSync(readFileSync(join(dir, file))).length, 0));
}

/** Information rows: the landing page's and the portal home's scripts as their served HTML lists them. */
export async function measureServedScripts(clientCookie: string, dir = '.next'): Promise<Row[]> {
  const { portal, root } = hosts(BENCH.slug);
  const landing = await get(PORT, '/', root);
  const home = await get(PORT, '/home', portal, clientCookie);
  const figure = (html: Buffer) => kb(htmlScriptsKb(html.toString('utf8'), dir));
  return [{ scenario: '  cross-check, scripts in served HTML: landing / home', figure: `${figure(landing.body)} / ${figure(home.body)}`, budget: '', ok: undefined }];
}
