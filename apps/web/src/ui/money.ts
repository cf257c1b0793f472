import { bahtToSatang, formatBaht } from '@elderwork/thai';
import type { Lang } from '../i18n';

/**
 * The API carries baht as JSON numbers with at most two decimals; arithmetic and display go
 * through exact satang, never through floating-point sums.
 */
export function satangOf(baht: number): number {
  return bahtToSatang(baht, { allowNegative: true }) ?? Math.round(baht * 100);
}

/** 1565850 → '1,565,850.00' (with ' บาท' / ' baht' when `unit`). */
export function formatMoney(baht: number, lang: Lang, unit = false): string {
  return formatBaht(satangOf(baht), lang, { unit });
}

/** Paid as a share of value, in percent with one decimal, computed on satang; 0 when there is no value. */
export function paidPercent(paid: number, value: number): number {
  const v = satangOf(value);
  if (v <= 0) return 0;
  const tenths = Math.round((satangOf(paid) * 1000) / v);
  return Math.min(1000, Math.max(0, tenths)) / 10;
}
