import { WEEKDAY_LABELS, WEEKDAYS, type Weekday } from '@elderwork/contracts';
import type { Lang } from '../i18n';

const hoursFormat = new Intl.NumberFormat('th-TH', { maximumFractionDigits: 2 });
const count = new Intl.NumberFormat('th-TH');

/** Hours as the API gives them (two decimals at most), without trailing zeros: 3, 2.5. */
export const formatHours = (hours: number): string => hoursFormat.format(hours);

export const formatCount = (n: number): string => count.format(n);

export const isWeekday = (n: number): n is Weekday => (WEEKDAYS as readonly number[]).includes(n);

/** ISO weekdays as names in the UI language, Monday first: 'จันทร์ พุธ' / 'Monday, Wednesday'. */
export function formatWeekdays(weekdays: readonly number[], lang: Lang): string {
  const names = [...weekdays]
    .sort((a, b) => a - b)
    .filter(isWeekday)
    .map((d) => WEEKDAY_LABELS[d][lang]);
  return names.join(lang === 'th' ? ' ' : ', ');
}

/** An attendance rate (0–1, four decimals) as a percent with one decimal. */
export function formatRate(rate: number | null): string {
  if (rate === null) return '–';
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}`;
}
