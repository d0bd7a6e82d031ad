import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import createNextIntlPlugin from 'next-intl/plugin';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

function gitCommit() {
  try {
    return execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return 'unknown';
  }
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'pg', '@neondatabase/serverless', 'ws', 'sharp'],
  // Uploads of at most 10 MB: room for a file a little over, so that the action answers its own message (ACTION_BODY_LIMIT_BYTES in lib/http/action-request.ts).
  experimental: { serverActions: { bodySizeLimit: '20mb' }, proxyClientMaxBodySize: '20mb' },
  env: {
    NEXT_PUBLIC_RELEASE: pkg.version,
    NEXT_PUBLIC_BUILD: process.env.BUILD_NUMBER ?? gitCommit(),
  },
  poweredByHeader: false,
  // Blocking metadata for every browser: a page that ends in notFound() then answers a real 404.
  htmlLimitedBots: /.*/,
};

export default createNextIntlPlugin('./lib/i18n/request.ts')(nextConfig);
