import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUTH_CLIENT_MESSAGES, PORTAL_CLIENT_MESSAGES, pickMessages } from '@/lib/i18n/client-messages';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';

function clientFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => /^\s*['"]use client['"]/.test(readFileSync(file, 'utf8')));
}

/**
 * The message paths a client file reads: `useTranslations('ns')` namespaces, and under a bare `useTranslations()`
 * every `t('ns.key')` whose `ns` is a namespace of the catalogue (a file may also hold a scoped `t`).
 */
function pathsUsed(source: string): string[] {
  const namespaces = [...source.matchAll(/useTranslations\(\s*'([^']+)'\s*\)/g)].map((m) => m[1]!);
  const bare = /useTranslations\(\s*\)/.test(source) ? [...source.matchAll(/\bt\(\s*['`]([A-Za-z]+(?:\.[A-Za-z]+)*)/g)].map((m) => m[1]!).filter((path) => path.split('.')[0]! in en) : [];
  return [...namespaces, ...bare];
}

const covered = (path: string, picked: readonly string[]) => picked.some((entry) => path === entry || path.startsWith(`${entry}.`));

describe('messages handed to client components', () => {
  const sections = [
    { name: 'portal', picked: PORTAL_CLIENT_MESSAGES, dirs: ['components', 'app/s/[tenant]/(portal)'] },
    { name: 'sign-in pages', picked: AUTH_CLIENT_MESSAGES, dirs: ['app/s/[tenant]/(auth)'] },
  ];

  it.each(sections)('$name: every message a client component uses is handed over', ({ picked, dirs }) => {
    const missing = dirs.flatMap(clientFiles).flatMap((file) => pathsUsed(readFileSync(file, 'utf8')).filter((path) => !covered(path, picked)).map((path) => `${file}: ${path}`));
    expect(missing).toEqual([]);
  });

  it('finds what the client components use (the scan itself works)', () => {
    expect(pathsUsed("const t = useTranslations('settings');")).toEqual(['settings']);
    expect(pathsUsed('const t = useTranslations();\nt(`dashboards.${key}`); t(\'help.title\')')).toEqual(['dashboards', 'help.title']);
    expect(covered('portalAdmin.menu', PORTAL_CLIENT_MESSAGES)).toBe(false);
  });

  it.each([en, fr])('every picked path exists in the catalogue and only those parts are handed over', (messages) => {
    const portal = pickMessages(messages, PORTAL_CLIENT_MESSAGES);
    expect(Object.keys(portal).sort()).toEqual(['about', 'common', 'dashboards', 'documentation', 'help', 'knowledgeBase', 'notifications', 'picture', 'settings']);
    expect(portal.documentation).toEqual({ reveal: messages.documentation.reveal });
    expect(portal.settings).toEqual(messages.settings);
    expect(Object.keys(pickMessages(messages, AUTH_CLIENT_MESSAGES)).sort()).toEqual([...AUTH_CLIENT_MESSAGES].sort());
  });
});
