/**
 * Money is exact: amounts are integer satang (1 baht = 100 satang) held in a JS number,
 * always a safe integer, so + − and × by integers never round.
 */

export interface BahtParseOptions {
  /** Accept a leading minus sign (refunds, corrections). Default false. */
  allowNegative?: boolean;
}

// Plain digits or correctly grouped thousands, then at most 2 decimals.
const BAHT = /^(-)?(\d+|\d{1,3}(?:,\d{3})+)(?:\.(\d{1,2}))?$/;

/**
 * '1,565,850.00' | '120450' | 120450.5 → satang, or null if not an exact baht amount.
 * Tolerates surrounding spaces, a '฿' prefix and a 'บาท' suffix as typed in spreadsheets.
 */
export function bahtToSatang(input: string | number, opts: BahtParseOptions = {}): number | null {
  let s: string;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return null;
    // Shortest round-trip form: 0.29 → '0.29', so no float multiplication is involved.
    s = String(input);
  } else if (typeof input === 'string') {
    s = input.trim().replace(/^฿\s*/, '').replace(/\s*บาท$/, '');
  } else {
    return null;
  }
  const m = BAHT.exec(s);
  if (!m) return null;
  const negative = m[1] === '-';
  if (negative && !opts.allowNegative) return null;
  const satang = Number(m[2].replace(/,/g, '')) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(satang)) return null;
  return negative && satang !== 0 ? -satang : satang;
}

function assertSatang(satang: number): void {
  if (!Number.isSafeInteger(satang)) throw new RangeError(`Not a safe integer satang amount: ${satang}`);
}

function split(satang: number): { sign: string; whole: string; frac: string } {
  assertSatang(satang);
  const abs = Math.abs(satang);
  return {
    sign: satang < 0 ? '-' : '',
    whole: String(Math.floor(abs / 100)),
    frac: String(abs % 100).padStart(2, '0'),
  };
}

/** Plain baht string for JSON/CSV: 156585000 → '1565850.00'. */
export function satangToBaht(satang: number): string {
  const { sign, whole, frac } = split(satang);
  return `${sign}${whole}.${frac}`;
}

export interface FormatBahtOptions {
  /** Append ' บาท' (th) or ' baht' (en). Default false. */
  unit?: boolean;
}

/**
 * Display form with thousands separators: 156585000 → '1,565,850.00'. Done by hand rather
 * than Intl so the digits come straight from the integer. Both languages group the same way.
 */
export function formatBaht(satang: number, lang: 'th' | 'en' = 'th', opts: FormatBahtOptions = {}): string {
  const { sign, whole, frac } = split(satang);
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  const unit = opts.unit ? (lang === 'th' ? ' บาท' : ' baht') : '';
  return `${sign}${grouped}.${frac}${unit}`;
}

/** Value of a placement: daily rate (satang) × counted days. Throws if not exact. */
export function valueSatang(dailyRateSatang: number, days: number): number {
  assertSatang(dailyRateSatang);
  if (!Number.isSafeInteger(days)) throw new RangeError(`Days must be an integer: ${days}`);
  const value = dailyRateSatang * days;
  assertSatang(value);
  return value;
}
