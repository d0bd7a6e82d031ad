import { z } from 'zod';
import { optionalId } from '@/lib/forms';

const away = z.object({
  startsOn: z.iso.date('Enter the first day away.'),
  endsOn: z.iso.date('Enter the last day away.'),
  delegateContactId: optionalId,
});
const untilAfterFrom = (d: { startsOn: string; endsOn: string }) => d.endsOn >= d.startsOn;
const untilMessage = { path: ['endsOn'], message: 'Away until cannot be before Away from.' };

/** Portal Admin › Out of Office Settings: someone of the company is away on these days (both included). */
export const awaySchema = away.extend({ contactId: z.uuid('Choose a contact.') }).refine(untilAfterFrom, untilMessage);
export type AwayInput = z.infer<typeof awaySchema>;

/** Settings › Out of office: the signed-in user themselves. */
export const ownAwaySchema = away.refine(untilAfterFrom, untilMessage);

export const clearAwaySchema = z.object({ contactId: z.uuid('Choose a contact.') });
