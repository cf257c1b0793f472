import { addDays, todayInBangkok } from '@elderwork/thai';

/** 'YYYY-MM' (CE) of today in Bangkok. */
export function currentMonth(today = todayInBangkok()): string {
  return today.slice(0, 7);
}

/** The month before 'YYYY-MM'. */
export function previousMonth(month: string): string {
  return addDays(`${month}-01`, -1).slice(0, 7);
}

/** The current month and the `count − 1` before it, newest first (stipends and summaries look back). */
export function recentMonths(count = 24, from = currentMonth()): string[] {
  const months = [from];
  while (months.length < count) months.push(previousMonth(months[months.length - 1]));
  return months;
}

export function isCeMonth(value: string | null): value is string {
  return value !== null && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

/** The one month formatter of the app (BE in both languages). */
export { formatMonth } from '../ui/month';

/** Hours as the API gives them (2 decimals), shown without trailing zeros: 160, 37.5. */
export function formatHours(hours: number): string {
  return new Intl.NumberFormat('th-TH', { maximumFractionDigits: 2 }).format(hours);
}
