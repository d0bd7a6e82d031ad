import { createTranslator } from 'next-intl';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { isLocale } from './locales';

const MESSAGES = { en, fr };

export type NoticeKey = keyof typeof en.notices;
export type Notice = { title: NoticeKey; body?: NoticeKey; values?: Record<string, string> };

/**
 * A notification's words in the recipient's language, fixed when it is written (outside any request: the
 * recipient is usually not the one whose action caused it).
 */
export function noticeText(language: string, notice: Notice) {
  const t = createTranslator({ locale: isLocale(language) ? language : 'en', messages: MESSAGES[isLocale(language) ? language : 'en'], namespace: 'notices' });
  return { title: t(notice.title, notice.values), body: notice.body ? t(notice.body, notice.values) : '' };
}
