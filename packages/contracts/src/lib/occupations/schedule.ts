import { addDays, dayNumber, isIsoDate, todayInBangkok } from '@elderwork/thai';

/** ISO weekday of an ISO date: 1 = Monday … 7 = Sunday (1970-01-01, day 0, was a Thursday). */
export function isoWeekday(iso: string): number {
  return ((((dayNumber(iso) + 3) % 7) + 7) % 7) + 1;
}

/** The dates of a weekly schedule between two dates, inclusive, in order. */
export function sessionDates(startDate: string, endDate: string, weekdays: readonly number[]): string[] {
  const dates: string[] = [];
  if (!isIsoDate(startDate) || !isIsoDate(endDate) || endDate < startDate) return dates;
  const wanted = new Set(weekdays);
  for (let d = startDate; d <= endDate; d = addDays(d, 1)) if (wanted.has(isoWeekday(d))) dates.push(d);
  return dates;
}

/** This month in Asia/Bangkok, 'YYYY-MM'. */
export const currentMonth = (): string => todayInBangkok().slice(0, 7);

/** 'HH:MM', 24-hour. */
export const isClockTime = (value: unknown): value is string => typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
