import { Transform } from 'class-transformer';
import { bahtToSatang } from '@elderwork/thai';
import { Satisfies } from './decorators';

/** Baht typed as "1,200.50" or sent as 1200.5 becomes a number; anything else is left for the rule to refuse. */
export const ToBaht = (): PropertyDecorator =>
  Transform(({ value }) => {
    if (typeof value === 'string' && value.trim() !== '') {
      const satang = bahtToSatang(value.trim());
      return satang === null ? value : satang / 100;
    }
    return value === '' ? undefined : value;
  });

/**
 * The largest amount each money column holds: numeric(p,2) holds at most 10^(p-2) − 0.01.
 * apps/api/test/column-limits.spec.ts reads the migrated columns' precision and checks these,
 * so a validator cannot accept what its column would refuse with "numeric field overflow".
 */
export const MONEY_LIMITS = {
  /** section35_rate.daily_rate, placement.daily_rate: numeric(10,2) */
  dailyRate: 99_999_999.99,
  /** payment.amount: numeric(14,2) */
  paymentAmount: 999_999_999_999.99,
  /** caregiver.monthly_stipend: numeric(10,2) */
  monthlyStipend: 99_999_999.99,
  /** income_record.amount: numeric(12,2) */
  incomeAmount: 9_999_999_999.99,
  /** product.price: numeric(12,2) */
  price: 9_999_999_999.99,
} as const;

/** More than zero, at most two decimals, at most `max` (the column's limit, MONEY_LIMITS). */
export const IsBahtAmount = (message: string, max: number): PropertyDecorator =>
  Satisfies<unknown>(
    'baht',
    (v) => typeof v === 'number' && Number.isFinite(v) && v > 0 && v <= max && bahtToSatang(v) !== null,
    { message },
  );
