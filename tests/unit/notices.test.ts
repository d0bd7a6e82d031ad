import { describe, expect, it } from 'vitest';
import { noticeText } from '@/lib/i18n/notices';

describe('noticeText', () => {
  it('writes a notification in the recipient’s language, with its values', () => {
    expect(noticeText('en', { title: 'logonChangedTitle', body: 'logonChangedBody', values: { logonName: 'a.b' } })).toEqual({
      title: 'Your logon name was changed',
      body: 'You now sign in as a.b.',
    });
    expect(noticeText('fr', { title: 'addedToProjectTitle', values: { name: 'Rooftop HVAC' } })).toEqual({ title: 'Vous avez été ajouté au projet Rooftop HVAC', body: '' });
  });

  it('falls back to English for a language it does not have', () => {
    expect(noticeText('xx', { title: 'addedToTicketTitle', values: { name: "#1001 It's broken" } }).title).toBe("You've been added to the ticket #1001 It's broken");
  });
});
