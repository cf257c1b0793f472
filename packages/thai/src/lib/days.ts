/**
 * Section 35 day counting. DEP counts 365 days in every year, so 29 February is never
 * counted: a whole calendar year is always 365, and the counts of adjacent pieces of a
 * placement always add up to the count of the whole.
 */
import { dayNumber, isLeapYear, parseIso, type Period } from './dates';

/** Intersection of two inclusive periods, or null if they do not meet. */
export function overlap(a: Period, b: Period): Period | null {
  // Validate first: the string comparisons below are only sound on real ISO dates.
  [a.start, a.end, b.start, b.end].forEach(parseIso);
  const start = a.start > b.start ? a.start : b.start;
  const end = a.end < b.end ? a.end : b.end;
  return start <= end ? { start, end } : null;
}

/** Inclusive days in the period minus the 29 Februaries inside it; 0 if end < start. */
export function countedDays(period: Period): number {
  const first = dayNumber(period.start);
  const last = dayNumber(period.end);
  if (last < first) return 0;
  const [sy] = parseIso(period.start);
  const [ey] = parseIso(period.end);
  let leapDays = 0;
  for (let y = sy; y <= ey; y++) {
    const feb29 = `${String(y).padStart(4, '0')}-02-29`;
    if (isLeapYear(y) && feb29 >= period.start && feb29 <= period.end) leapDays++;
  }
  return last - first + 1 - leapDays;
}

/** Counted days of the placement that fall inside the window. */
export function countedDaysWithin(placement: Period, window: Period): number {
  const o = overlap(placement, window);
  return o ? countedDays(o) : 0;
}
