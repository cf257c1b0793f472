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

/** More than zero, at most two decimals, below a trillion baht (exact as satang). */
export const IsBahtAmount = (message: string): PropertyDecorator =>
  Satisfies<unknown>(
    'baht',
    (v) => typeof v === 'number' && Number.isFinite(v) && v > 0 && v < 1e12 && bahtToSatang(v) !== null,
    { message },
  );
