import { z } from 'zod';
import { text } from '@/lib/forms';

export const PASSWORD_POLICY = ['At least 10 characters', 'Not your logon name or e-mail address', 'Not a common password'];

// The most common passwords of 10+ characters in public breach lists (shorter ones fail the length rule).
const COMMON = new Set(
  [
    '1234567890', '0987654321', '1111111111', '0000000000', '1q2w3e4r5t', 'qwertyuiop', 'password1', 'password12', 'password123',
    'password1234', 'passw0rd123', 'iloveyou12', 'qwerty1234', 'qwerty12345', 'qwerty123456', 'abcdefghij', 'abc1234567',
    '1234567890a', 'a123456789', 'q1w2e3r4t5', 'zaq12wsxcde', '1qaz2wsx3edc', 'football12', 'baseball12', 'princess12',
    'sunshine12', 'welcome123', 'welcome1234', 'letmein123', 'changeme123', 'administrator', 'trustno1234', 'superman123',
    'starwars123', 'dragon1234', 'monkey1234', 'master1234', 'computer12', 'internet12', 'michael123', 'whatever12',
    '123456789a', 'aaaaaaaaaa', '123123123123', '1234512345', 'qazwsxedcrfv', 'asdfghjkl1',
  ].map((p) => p.toLowerCase()),
);

export const isCommonPassword = (password: string) => COMMON.has(password.toLowerCase());

/** Set Password: the policy, plus "not the logon name or e-mail" when we know whose password it is. */
export function setPasswordSchema(identity?: { logonName?: string | null; email?: string | null }) {
  const own = [identity?.logonName, identity?.email].filter(Boolean).map((v) => v!.toLowerCase());
  return z
    .object({
      token: text().min(1),
      password: text({ trim: false })
        .min(10, 'Password must be at least 10 characters.')
        .max(200, 'Password must be at most 200 characters.')
        .refine((p) => !isCommonPassword(p), 'This password is too common. Choose one that is harder to guess.')
        .refine((p) => !own.includes(p.toLowerCase()), 'Password cannot be your logon name or e-mail address.'),
      confirm: text({ trim: false }).min(1, 'Confirm the password.'),
    })
    .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'The passwords do not match.' });
}
