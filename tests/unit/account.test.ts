import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { prepareAvatar, sniffImage } from '@/lib/account/avatar';
import { formatDate, formatDateTime, formatNumber, formatTime } from '@/lib/format';
import { translateError } from '@/lib/i18n/errors';
import { localeFromAcceptLanguage } from '@/lib/i18n/locales';
import { availableDashboards, dashboardsSchema, selectedDashboards } from '@/lib/portal/dashboards';

const manager = { permissions: ['tickets.own', 'tickets.company', 'projects.member', 'projects.company', 'knowledge_base.view', 'invoices.view'], knowledgeBaseEnabled: true };
const basic = { permissions: ['tickets.own', 'projects.member', 'knowledge_base.view'], knowledgeBaseEnabled: true };
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';

const picture = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#808080' } });

describe('profile pictures', () => {
  it('are recognised by content, not by name', async () => {
    expect(sniffImage(await picture(2, 2).png().toBuffer())).toBe('png');
    expect(sniffImage(await picture(2, 2).jpeg().toBuffer())).toBe('jpeg');
    expect(sniffImage(await picture(2, 2).gif().toBuffer())).toBe('gif');
    expect(sniffImage(await picture(2, 2).tiff().toBuffer())).toBe('tiff');
    expect(sniffImage(await picture(2, 2).webp().toBuffer())).toBeNull();
    expect(sniffImage(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
  });

  it('over 4 megapixels are refused with their size; exactly 4 is fine', async () => {
    expect(await prepareAvatar(await picture(2500, 2000).png().toBuffer())).toEqual({ ok: false, error: 'tooLarge', megapixels: 5 });
    expect((await prepareAvatar(await picture(2000, 2000).png().toBuffer())).ok).toBe(true);
  });

  it('TIFF becomes PNG; truncated files are unreadable; WebP is refused', async () => {
    const tiff = await prepareAvatar(await picture(30, 20).tiff().toBuffer());
    expect(tiff.ok && tiff.contentType).toBe('image/png');
    expect(tiff.ok && sniffImage(tiff.data)).toBe('png');
    const broken = (await picture(30, 20).png().toBuffer()).subarray(0, 40);
    expect(await prepareAvatar(broken)).toMatchObject({ ok: false, error: 'unreadable' });
    expect(await prepareAvatar(await picture(30, 20).webp().toBuffer())).toEqual({ ok: false, error: 'badType' });
  });
});

describe('formats', () => {
  const date = new Date('2026-03-04T15:07:00Z');
  it('follow the contact’s date, time and number formats', () => {
    expect(formatDate(date, 'yyyy-MM-dd')).toBe('2026-03-04');
    expect(formatDate(date, 'MM/dd/yyyy')).toBe('03/04/2026');
    expect(formatDate(date, 'dd.MM.yyyy')).toBe('04.03.2026');
    expect(formatTime(date, 'HH:mm')).toBe('15:07');
    expect(formatTime(date, 'h:mm a')).toBe('3:07 PM');
    expect(formatTime(new Date('2026-03-04T00:05:00Z'), 'h:mm a')).toBe('12:05 AM');
    expect(formatDateTime(date, { dateFormat: 'dd/MM/yyyy', timeFormat: 'HH:mm' })).toBe('04/03/2026 15:07 UTC');
    expect(formatNumber(1234567.891, '1,234.56')).toBe('1,234,567.89');
    expect(formatNumber(-1234.5, '1.234,56')).toBe('-1.234,50');
    expect(formatNumber(1234.5, '1 234,56')).toBe('1\u202f234,50');
  });
});

describe('dashboards', () => {
  it('keep known keys once, never none', () => {
    expect(selectedDashboards(['tickets', 'bogus', 'tickets', 'overview'], manager)).toEqual(['tickets', 'overview']);
    expect(selectedDashboards([], manager)).toEqual(['overview']);
    expect(dashboardsSchema.safeParse({ dashboards: '' }).error?.issues[0].message).toBe('Keep at least one dashboard.');
    expect(dashboardsSchema.safeParse({ dashboards: 'tickets,tickets' }).success).toBe(false);
    expect(dashboardsSchema.parse({ dashboards: 'projects,overview' }).dashboards).toEqual(['projects', 'overview']);
  });

  it('offer Invoices only to levels that may view them, and Knowledge Base only where the company has it', () => {
    expect(availableDashboards(manager)).toEqual(['overview', 'tickets', 'projects', 'invoices', 'knowledge-base']);
    expect(availableDashboards(basic)).toEqual(['overview', 'tickets', 'projects', 'knowledge-base']);
    expect(availableDashboards({ ...manager, knowledgeBaseEnabled: false })).toEqual(['overview', 'tickets', 'projects', 'invoices']);
    // A level lowered after the choice was saved: the dashboard drops out of the menu.
    expect(selectedDashboards(['invoices', 'tickets'], basic)).toEqual(['tickets']);
    expect(selectedDashboards(['invoices'], basic)).toEqual(['overview']);
  });
});

describe('translations', () => {
  const keys = (o: object, prefix = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

  it('French has every English message, and no message is left untranslated by accident', () => {
    expect(keys(fr).sort()).toEqual(keys(en).sort());
    const same = keys(en).filter((k) => k.split('.').reduce((o: never, p) => o[p], en as never) === k.split('.').reduce((o: never, p) => o[p], fr as never));
    // Words that are the same in both languages.
    const sameInFrench = ['about.build', 'about.product', 'notices.sharedText', 'dashboards.tickets', 'projects.description', 'projects.message', 'projects.note', 'projects.notes', 'settings.formats', 'settings.sessions', 'tickets.description', 'tickets.note', 'tickets.notes', 'tickets.requestDescription', 'tickets.title'];
    // Portal Admin › Queues, Request Type Preferences and Vendors.
    sameInFrench.push('portalAdmin.queues.actions', 'portalAdmin.queues.description', 'portalAdmin.requestTypes.types.incident', 'portalAdmin.requestTypes.types.question', 'portalAdmin.vendors.notes');
    sameInFrench.push('portalAdmin.logins.list.actions', 'portalAdmin.logins.list.pages', 'common.list.pages');
    // Documentation on file.
    sameInFrench.push('dashboards.documentation', 'documentation.title');
    // Knowledge base: “# article(s)” is French too.
    sameInFrench.push('help.results', 'knowledgeBase.articleCount');
    expect(same.sort()).toEqual(sameInFrench.sort());
  });

  it('choose the browser’s language before sign-in and translate refusals', () => {
    expect(localeFromAcceptLanguage('fr-CA,fr;q=0.9,en;q=0.8')).toBe('fr');
    expect(localeFromAcceptLanguage('de-DE,de;q=0.9')).toBe('en');
    expect(localeFromAcceptLanguage(null)).toBe('en');
    expect(translateError('The passwords do not match.', 'fr')).toBe('Les mots de passe ne correspondent pas.');
    expect(translateError('The passwords do not match.', 'en')).toBe('The passwords do not match.');
  });
});
