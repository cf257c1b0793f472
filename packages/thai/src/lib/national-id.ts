/**
 * Thai national ID (เลขประจำตัวประชาชน): 13 digits, the last one a mod-11 check digit.
 */

const THIRTEEN_DIGITS = /^\d{13}$/;

/** Check digit for the first 12 digits: (11 − Σ dᵢ × (14 − i) mod 11) mod 10. */
export function nationalIdCheckDigit(first12: string): number {
  if (!/^\d{12}$/.test(first12)) {
    throw new RangeError(`Expected 12 digits, got "${first12}"`);
  }
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (13 - i);
  return (11 - (sum % 11)) % 10;
}

/** Exactly 13 digits (no separators) with a correct check digit. */
export function isValidNationalId(id: string): boolean {
  return THIRTEEN_DIGITS.test(id) && nationalIdCheckDigit(id.slice(0, 12)) === Number(id[12]);
}

/** Strips spaces and dashes; returns the 13 digits or null. Does not check the check digit. */
export function normalizeNationalId(input: string): string | null {
  const digits = input.replace(/[\s-]/g, '');
  return THIRTEEN_DIGITS.test(digits) ? digits : null;
}

function group(d: string): string {
  return `${d[0]}-${d.slice(1, 5)}-${d.slice(5, 10)}-${d.slice(10, 12)}-${d[12]}`;
}

/** Thai display format X-XXXX-XXXXX-XX-X. Input that is not 13 digits is returned unchanged. */
export function formatNationalId(id: string): string {
  const d = normalizeNationalId(id);
  return d ? group(d) : id;
}

/**
 * Masked display for exports, e.g. 1-2345-xxxxx-xx-1.
 * Keeps the first 5 digits (person type + registry office, not identifying on their own)
 * and the check digit (derivable anyway), so staff can still tell records apart by eye.
 * Anything that is not 13 digits is masked entirely: a mask must never leak a malformed ID.
 */
export function maskNationalId(id: string): string {
  const d = normalizeNationalId(id);
  if (!d) return id.replace(/\d/g, 'x');
  return group(d.slice(0, 5) + 'x'.repeat(7) + d[12]);
}
