/**
 * Calendar dates as ISO strings 'YYYY-MM-DD' (CE). Arithmetic is done on UTC day numbers
 * (days since 1970-01-01) so the host time zone can never shift a date.
 */

const MS_PER_DAY = 86_400_000;
const BE_OFFSET = 543;
/** A 4-digit year at or above this is read as Buddhist Era (BE 2400 = CE 1857). */
const BE_THRESHOLD = 2400;
const MIN_CE_YEAR = 1850;
const MAX_CE_YEAR = 2200;

export type YearType = 'fiscal' | 'calendar';

/** Inclusive range of ISO dates. */
export interface Period {
  start: string;
  end: string;
}

export function toBeYear(ceYear: number): number {
  return ceYear + BE_OFFSET;
}

export function toCeYear(beYear: number): number {
  return beYear - BE_OFFSET;
}

export function isLeapYear(ceYear: number): boolean {
  return (ceYear % 4 === 0 && ceYear % 100 !== 0) || ceYear % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(ceYear: number, month: number): number {
  return month === 2 && isLeapYear(ceYear) ? 29 : MONTH_DAYS[month - 1];
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function isoOf(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

function isRealDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Splits a strict ISO date; null if malformed or impossible. */
function splitIso(iso: string): [number, number, number] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const parts: [number, number, number] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(...parts) ? parts : null;
}

/** [year, month, day] of a real 'YYYY-MM-DD' date; throws RangeError otherwise. */
export function parseIso(iso: string): [number, number, number] {
  const parts = splitIso(iso);
  if (!parts) throw new RangeError(`Invalid ISO date: "${iso}"`);
  return parts;
}

export function isIsoDate(value: string): boolean {
  return splitIso(value) !== null;
}

// Pure arithmetic (H. Hinnant's days_from_civil / civil_from_days) rather than Date.UTC,
// which silently maps years 0..99 to 1900..1999.

/** Days since 1970-01-01 (UTC day number). */
export function dayNumber(iso: string): number {
  const [y0, m, d] = parseIso(iso);
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return isoOf(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
}

export function addDays(iso: string, n: number): string {
  return fromDayNumber(dayNumber(iso) + n);
}

/** Year ≥ 2400 is BE; the result must fall in 1850..2200 CE and be a real date. */
function buildDate(year: number, month: number, day: number): string | null {
  const ce = year >= BE_THRESHOLD ? toCeYear(year) : year;
  if (ce < MIN_CE_YEAR || ce > MAX_CE_YEAR || !isRealDate(ce, month, day)) return null;
  return isoOf(ce, month, day);
}

/**
 * Lenient input parser for forms and Excel imports. Returns an ISO CE date or null.
 * Accepts 'YYYY-MM-DD' and 'D/M/YYYY' (Thai day/month/year order) with CE or BE years,
 * and Date objects, whose UTC calendar date is used (Excel cells arrive as UTC midnight).
 * The BE rule also applies to Dates, since Thai spreadsheets often hold BE years as-is.
 */
export function parseThaiDate(input: string | Date): string | null {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return null;
    return buildDate(input.getUTCFullYear(), input.getUTCMonth() + 1, input.getUTCDate());
  }
  if (typeof input !== 'string') return null;
  const s = input.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return buildDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (m) return buildDate(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}

/** Today's date in Asia/Bangkok (UTC+7 all year, no DST, so a fixed offset is exact). */
export function todayInBangkok(now: Date = new Date()): string {
  return fromDayNumber(Math.floor((now.getTime() + 7 * 3_600_000) / MS_PER_DAY));
}

/** BE fiscal year (ปีงบประมาณ): starts 1 October, named after the BE year it ends in. */
export function fiscalYearOf(isoDate: string): number {
  const [y, m] = parseIso(isoDate);
  return toBeYear(m >= 10 ? y + 1 : y);
}

export function calendarYearOf(isoDate: string): number {
  return toBeYear(parseIso(isoDate)[0]);
}

/** Fiscal BE N: 1 Oct CE N−544 … 30 Sep CE N−543. Calendar BE N: the whole CE year N−543. */
export function periodOf(beYear: number, yearType: YearType): Period {
  if (!Number.isInteger(beYear)) throw new RangeError(`Invalid BE year: ${beYear}`);
  const ce = toCeYear(beYear);
  return yearType === 'fiscal'
    ? { start: isoOf(ce - 1, 10, 1), end: isoOf(ce, 9, 30) }
    : { start: isoOf(ce, 1, 1), end: isoOf(ce, 12, 31) };
}

/** Whether the period is over on `today` (an ISO date, Bangkok's by default): its last day has passed. */
export function periodHasEnded(period: Period, today: string = todayInBangkok()): boolean {
  return period.end < today;
}

/** 'YYYY-MM' → the whole month. */
export function monthPeriod(isoMonth: string): Period {
  const m = /^(\d{4})-(\d{2})$/.exec(isoMonth);
  const y = Number(m?.[1]);
  const mo = Number(m?.[2]);
  if (!m || mo < 1 || mo > 12) throw new RangeError(`Invalid ISO month: "${isoMonth}"`);
  return { start: isoOf(y, mo, 1), end: isoOf(y, mo, daysInMonth(y, mo)) };
}

/** Every 'YYYY-MM' the period touches, in order; [] if end < start. */
export function monthsOf(period: Period): string[] {
  const [sy, sm] = parseIso(period.start);
  const [ey, em] = parseIso(period.end);
  const out: string[] = [];
  if (period.end < period.start) return out;
  // Walk a running month index (year × 12 + month − 1) to avoid year-rollover branches.
  for (let i = sy * 12 + sm - 1; i <= ey * 12 + em - 1; i++) {
    out.push(`${pad(Math.floor(i / 12), 4)}-${pad((i % 12) + 1)}`);
  }
  return out;
}

/**
 * Completed years on onDate. Comparing (month, day) pairs means someone born 29 Feb
 * turns older on 1 Mar in non-leap years. Negative if onDate precedes birthDate.
 */
export function ageOn(birthDate: string, onDate: string): number {
  const [by, bm, bd] = parseIso(birthDate);
  const [oy, om, od] = parseIso(onDate);
  const beforeBirthday = om < bm || (om === bm && od < bd);
  return oy - by - (beforeBirthday ? 1 : 0);
}

/** Same day n years later (or earlier); 29 Feb becomes 28 Feb in non-leap years. */
export function addYears(isoDate: string, n: number): string {
  const [y, m, d] = parseIso(isoDate);
  const ny = y + n;
  return isoOf(ny, m, Math.min(d, daysInMonth(ny, m)));
}

export interface FormatThaiDateOptions {
  style?: 'long' | 'short';
  lang?: 'th' | 'en';
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * '1 ต.ค. 2567' (th, short, default) / '1 ตุลาคม 2567' (th, long) / '1 Oct 2567 BE' (en).
 * The Buddhist calendar is pinned in the locale tag: the domain's rule is BE in both languages.
 */
export function formatThaiDate(isoDate: string, opts: FormatThaiDateOptions = {}): string {
  const { style = 'short', lang = 'th' } = opts;
  const [y, m, d] = parseIso(isoDate);
  const key = `${lang}:${style}`;
  let fmt = formatters.get(key);
  if (!fmt) {
    const locale = lang === 'th' ? 'th-TH-u-ca-buddhist' : 'en-GB-u-ca-buddhist';
    fmt = new Intl.DateTimeFormat(locale, {
      timeZone: 'Asia/Bangkok',
      day: 'numeric',
      month: style,
      year: 'numeric',
    });
    formatters.set(key, fmt);
  }
  // UTC noon is the same calendar day in Bangkok (UTC+7).
  return fmt.format(new Date(Date.UTC(y, m - 1, d, 12)));
}

/** 'YYYY-MM' → 'ตุลาคม 2567' (long, default) / 'ต.ค. 2567' (short): the month and its BE year. */
export function formatThaiMonth(isoMonth: string, style: 'long' | 'short' = 'long'): string {
  return formatThaiDate(`${isoMonth}-01`, { style }).replace(/^1 /, '');
}

/** An instant (ISO timestamp) as a Bangkok date and time: '2 ต.ค. 2569 00:30 น.' (UTC+7, no DST). */
export function formatBangkokDateTime(instant: string | Date, style: 'long' | 'short' = 'short'): string {
  const bangkok = new Date(new Date(instant).getTime() + 7 * 3_600_000);
  const date = formatThaiDate(bangkok.toISOString().slice(0, 10), { style });
  return `${date} ${bangkok.toISOString().slice(11, 16)} น.`;
}
