import { addDays } from '@elderwork/thai';
import { currentMonth } from '@elderwork/contracts';
import type { Lang } from '../i18n';

/** The month before 'YYYY-MM' (CE). */
export function previousMonth(month: string): string {
  return addDays(`${month}-01`, -1).slice(0, 7);
}

/** This month and the `count − 1` before it, newest first: income is never recorded for a future month. */
export function recentMonths(count = 36, from = currentMonth()): string[] {
  const months = [from];
  while (months.length < count) months.push(previousMonth(months[months.length - 1]));
  return months;
}

/** 'YYYY-MM' (CE), a real month, not after this month (Asia/Bangkok). */
export function isPastMonth(value: string | null): value is string {
  return value !== null && /^\d{4}-(0[1-9]|1[0-2])$/.test(value) && value <= currentMonth();
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Lang, month: 'long' | 'short'): Intl.DateTimeFormat {
  const key = `${lang}:${month}`;
  let fmt = formatters.get(key);
  if (!fmt) {
    // The Buddhist calendar is pinned in the locale tag: BE years in both languages (the domain's rule).
    const locale = lang === 'th' ? 'th-TH-u-ca-buddhist' : 'en-GB-u-ca-buddhist';
    fmt = new Intl.DateTimeFormat(locale, { timeZone: 'Asia/Bangkok', month, year: 'numeric' });
    formatters.set(key, fmt);
  }
  return fmt;
}

/** '2026-10' → 'ตุลาคม 2569' (th) / 'October 2569 BE' (en); 'short' → 'ต.ค. 2569' / 'Oct 2569 BE'. */
export function formatMonth(month: string, lang: Lang, style: 'long' | 'short' = 'long'): string {
  const [y, m] = month.split('-').map(Number);
  if (!y || !m) return month;
  // UTC noon on the 15th is the same month in Bangkok.
  return formatter(lang, style).format(new Date(Date.UTC(y, m - 1, 15, 12)));
}
