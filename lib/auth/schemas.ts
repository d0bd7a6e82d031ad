import { z } from 'zod';
import { text } from '@/lib/forms';

export const clientSignInSchema = z.object({
  logon: text().min(1, 'Enter your logon name or e-mail.').max(200),
  password: text({ trim: false }).min(1, 'Enter your password.').max(500),
});

export const staffPasswordSchema = z.object({
  email: z.email('Enter a valid e-mail address.'),
  password: text({ trim: false }).min(1, 'Enter your password.').max(500),
});

export const staffEmailLinkSchema = z.object({
  email: z.email('Enter a valid e-mail address.'),
});

export const requestLinkSchema = z.object({
  logon: text().min(1, 'Enter your logon name or e-mail.').max(254),
});
