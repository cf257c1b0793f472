import { formatThaiDate } from '@elderwork/thai';
import { fieldError } from './domain-errors';

/** Refuses a date outside [from, to] with a Thai message naming the range in Buddhist Era (decision 0016). */
export function requireWithin(field: string, date: string, from: string, to: string, what: string): void {
  if (date >= from && date <= to) return;
  throw fieldError(field, 'dateOutOfRange', `${what}ต้องอยู่ระหว่าง ${formatThaiDate(from)} ถึง ${formatThaiDate(to)}`);
}
