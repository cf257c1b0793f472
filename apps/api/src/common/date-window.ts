import type { Bilingual } from '@elderwork/contracts';
import { fieldError } from './domain-errors';

/**
 * Refuses a date outside [from, to] with a message naming the range (Buddhist Era in Thai, decision 0016).
 * `what` names the date in both languages (e.g. { th: 'วันที่จ่าย', en: 'The payment date' }).
 */
export function requireWithin(field: string, date: string, from: string, to: string, what: Bilingual): void {
  if (date >= from && date <= to) return;
  throw fieldError(field, 'dateOutOfRange', { what, from, to });
}
