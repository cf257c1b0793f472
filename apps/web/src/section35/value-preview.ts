import type { Section35RateView } from '@elderwork/contracts';
import { bahtToSatang, calendarYearOf, countedDays, dayNumber, parseThaiDate, valueSatang } from '@elderwork/thai';
import { satangOf } from '../ui/money';

/** What the placement form shows under its dates and rate, as typed so far. */
export type ValuePreview =
  | { kind: 'incomplete' }
  | { kind: 'endBeforeStart' }
  | { kind: 'badRate' }
  | { kind: 'noRate'; year: number }
  | {
      kind: 'ok';
      days: number;
      rateSatang: number;
      valueSatang: number;
      /** The rate came from the rates table (the start date's calendar year), not from the form. */
      defaultRate: boolean;
      /** BE calendar year of the start date. */
      year: number;
      /** 29 Februaries inside the period, which are not counted. */
      leapDaysSkipped: number;
    };

export interface TypedPlacement {
  startDate: string;
  endDate: string;
  dailyRate: string;
}

/** The Section 35 rate of the start date's calendar year (the API's default), if there is one. */
export function defaultRateFor(startIso: string | null, rates: readonly Section35RateView[]): Section35RateView | undefined {
  if (!startIso) return undefined;
  const year = calendarYearOf(startIso);
  return rates.find((r) => r.year === year);
}

/**
 * Value = daily rate × counted days (start and end inclusive, 29 February never counted), the same
 * rule the API applies, so staff see the contract value before saving. Dates may be typed in BE.
 */
export function previewValue(typed: TypedPlacement, rates: readonly Section35RateView[]): ValuePreview {
  const start = parseThaiDate(typed.startDate);
  const end = parseThaiDate(typed.endDate);
  if (!start || !end) return { kind: 'incomplete' };
  if (end < start) return { kind: 'endBeforeStart' };
  const year = calendarYearOf(start);
  let rateSatang: number | null;
  const typedRate = typed.dailyRate.trim();
  if (typedRate) {
    rateSatang = bahtToSatang(typedRate);
    if (rateSatang === null || rateSatang <= 0) return { kind: 'badRate' };
  } else {
    const rate = defaultRateFor(start, rates);
    if (!rate) return { kind: 'noRate', year };
    rateSatang = satangOf(rate.dailyRate);
  }
  const days = countedDays({ start, end });
  return {
    kind: 'ok',
    days,
    rateSatang,
    valueSatang: valueSatang(rateSatang, days),
    defaultRate: !typedRate,
    year,
    leapDaysSkipped: dayNumber(end) - dayNumber(start) + 1 - days,
  };
}
