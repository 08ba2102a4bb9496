import type { Locale } from '../../../shared/locale';

/**
 * A calendar date (YYYY-MM-DD) in words, e.g. "March 4, 2025" / "4 de marzo de 2025".
 * Read as UTC so the day never shifts with the computer's time zone.
 */
export function formatCalendarDate(isoDate: string, locale: Locale): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** The local calendar day of a moment (an ISO timestamp or a Date), in words. */
export function formatDay(moment: string | Date, locale: Locale): string {
  const date = typeof moment === 'string' ? new Date(moment) : moment;
  if (Number.isNaN(date.getTime())) return String(moment);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date);
}
