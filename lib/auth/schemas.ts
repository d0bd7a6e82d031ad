import { z } from 'zod';

export const clientSignInSchema = z.object({
  logon: z.string().trim().min(1, 'Enter your logon name or e-mail.').max(200),
  password: z.string().min(1, 'Enter your password.').max(500),
});

export const staffPasswordSchema = z.object({
  email: z.email('Enter a valid e-mail address.'),
  password: z.string().min(1, 'Enter your password.').max(500),
});

export const staffEmailLinkSchema = z.object({
  email: z.email('Enter a valid e-mail address.'),
});

export const requestLinkSchema = z.object({
  logon: z.string().trim().min(1, 'Enter your logon name or e-mail.').max(254),
});
