import { formatDate, formatNumber } from '@/lib/format';

/** A day (YYYY-MM-DD) in the contact's date format. */
export const formatDay = (day: string, dateFormat: string) => formatDate(new Date(`${day}T00:00:00Z`), dateFormat);

/** Hours (a decimal string) in the contact's number format, two decimals; display only. */
export const formatHoursIn = (hours: string, numberFormat: string) => formatNumber(Number(hours), numberFormat, 2);

/** A month (YYYY-MM) by name in the reader's language: "November 2026", "novembre 2026". */
export const formatMonth = (month: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
