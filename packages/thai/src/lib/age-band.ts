/** Age bands of the elderly allowance (เบี้ยยังชีพผู้สูงอายุ). Age is reckoned at the start of the period. */

export type AgeBand = '60-69' | '70-79' | '80-89' | '90+';

export const AGE_BANDS: readonly AgeBand[] = ['60-69', '70-79', '80-89', '90+'];

/** Band for an age in completed years; null under 60 (or not a number). */
export function ageBandOf(age: number): AgeBand | null {
  if (!Number.isFinite(age) || age < 60) return null;
  if (age < 70) return '60-69';
  if (age < 80) return '70-79';
  if (age < 90) return '80-89';
  return '90+';
}

const MONTHLY_ALLOWANCE_BAHT: Record<AgeBand, number> = {
  '60-69': 600,
  '70-79': 700,
  '80-89': 800,
  '90+': 1000,
};

export function monthlyAllowanceBaht(band: AgeBand): number {
  return MONTHLY_ALLOWANCE_BAHT[band];
}
