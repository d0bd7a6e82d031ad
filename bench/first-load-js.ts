import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInContext, createContext } from 'node:vm';
import { gzipSync } from 'node:zlib';

export type FirstLoad = { route: string; files: string[]; bytes: number; gzipped: number };

/** The portal's routes whose first load the bench holds to a budget, by their app directory path. */
export const FIRST_LOAD_ROUTES = {
  landing: '/(marketing)',
  portalHome: '/s/[tenant]/(portal)/home',
  clientSignIn: '/s/[tenant]/(auth)/sign-in',
  portalAccess: '/s/[tenant]/admin/(shell)/portal-access',
  portalProject: '/s/[tenant]/(portal)/projects/[projectId]',
} as const;

type ClientReferenceManifest = { entryJSFiles?: Record<string, string[]> };

function clientReferenceManifest(distDir: string, route: string): ClientReferenceManifest {
  const file = join(distDir, 'server', 'app', route, 'page_client-reference-manifest.js');
  const context = createContext({});
  runInContext(readFileSync(file, 'utf8'), context);
  const manifests = (context as { __RSC_MANIFEST?: Record<string, ClientReferenceManifest> }).__RSC_MANIFEST ?? {};
  const manifest = manifests[`${route}/page`];
  if (!manifest) throw new Error(`No client reference manifest for ${route} in ${file}`);
  return manifest;
}

/**
 * First-load JavaScript of each route of a finished `next build` (Turbopack, app router): the root main files
 * every page loads plus the chunks of the route's layouts and page (entryJSFiles), each counted once. The
 * polyfills are left out (only browsers without ES modules load them), so are chunks loaded on demand.
 * `routes` are app directory paths, e.g. `/s/[tenant]/(portal)/home`.
 */
export function firstLoadJs(distDir: string, routes: readonly string[]): FirstLoad[] {
  const build = JSON.parse(readFileSync(join(distDir, 'build-manifest.json'), 'utf8')) as { rootMainFiles: string[] };
  const sizes = new Map<string, { bytes: number; gzipped: number }>();
  const sizeOf = (file: string) => {
    let size = sizes.get(file);
    if (!size) {
      const content = readFileSync(join(distDir, file));
      size = { bytes: content.length, gzipped: gzipSync(content).length };
      sizes.set(file, size);
    }
    return size;
  };
  return routes.map((route) => {
    const entries = clientReferenceManifest(distDir, route).entryJSFiles ?? {};
    const files = [...new Set([...build.rootMainFiles, ...Object.values(entries).flat()])];
    const total = files.map(sizeOf).reduce((sum, s) => ({ bytes: sum.bytes + s.bytes, gzipped: sum.gzipped + s.gzipped }), { bytes: 0, gzipped: 0 });
    return { route, files, ...total };
  });
}
