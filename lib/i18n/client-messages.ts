import type { AbstractIntlMessages } from 'next-intl';

/**
 * The messages each section's client components use (paths into messages/*.json); the layouts hand only these to
 * the browser. tests/unit/client-messages.test.ts fails when a client component uses one left out here.
 */
export const PORTAL_CLIENT_MESSAGES = ['common', 'dashboards', 'settings', 'picture', 'notifications', 'help', 'knowledgeBase', 'about', 'documentation.reveal'] as const;
export const AUTH_CLIENT_MESSAGES = ['common', 'signIn', 'forgotPassword', 'setPassword', 'twoFactor'] as const;

/** The parts of `messages` at `paths` (dotted: `documentation.reveal`), nested as in the catalogue. */
export function pickMessages(messages: AbstractIntlMessages, paths: readonly string[]): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  for (const path of paths) {
    const keys = path.split('.');
    const value = keys.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as AbstractIntlMessages)[key] : undefined), messages);
    if (value === undefined) continue;
    let target = picked;
    for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as AbstractIntlMessages;
    target[keys.at(-1)!] = value as AbstractIntlMessages;
  }
  return picked;
}
