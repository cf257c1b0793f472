import fc from 'fast-check';
import { countedDays } from './days';
import { periodOf } from './dates';
import { bahtToSatang, formatBaht, satangToBaht, valueSatang } from './money';

describe('bahtToSatang', () => {
  it.each<[string | number, number]>([
    ['1,565,850.00', 156_585_000],
    ['120450', 12_045_000],
    [120450.5, 12_045_050],
    [0.29, 29],
    ['0.1', 10],
    [' 330 ', 33_000],
    ['฿1,000.5', 100_050],
    ['120,450 บาท', 12_045_000],
    ['0', 0],
  ])('%p → %p', (input, expected) => {
    expect(bahtToSatang(input)).toBe(expected);
  });

  it.each<string | number>(['1.234', 1.234, '-5', -5, NaN, Infinity, '', 'abc', '1,56,5850', '1e3', '1.', '.5', 1e21, '99999999999999999'])(
    'rejects %p',
    (input) => {
      expect(bahtToSatang(input)).toBeNull();
    },
  );

  it('accepts negatives only when allowed', () => {
    expect(bahtToSatang('-1,000.50', { allowNegative: true })).toBe(-100_050);
    expect(bahtToSatang(-5, { allowNegative: true })).toBe(-500);
  });
});

describe('satangToBaht and formatBaht', () => {
  it('formats', () => {
    expect(satangToBaht(156_585_000)).toBe('1565850.00');
    expect(satangToBaht(5)).toBe('0.05');
    expect(satangToBaht(-100_050)).toBe('-1000.50');
    expect(formatBaht(156_585_000)).toBe('1,565,850.00');
    expect(formatBaht(156_585_000, 'th', { unit: true })).toBe('1,565,850.00 บาท');
    expect(formatBaht(12_045_000, 'en', { unit: true })).toBe('120,450.00 baht');
    expect(formatBaht(99_999)).toBe('999.99');
    expect(formatBaht(-100_000_000)).toBe('-1,000,000.00');
    expect(() => satangToBaht(0.5)).toThrow(RangeError);
  });

  it('round-trips every safe integer ≥ 0', () => {
    fc.assert(fc.property(fc.maxSafeNat(), (x) => bahtToSatang(satangToBaht(x)) === x && bahtToSatang(formatBaht(x)) === x));
  });
});

describe('valueSatang', () => {
  it('13 elders × 330 baht × 365 days = 1,565,850.00 baht (Section 35, 2568)', () => {
    const perPerson = valueSatang(bahtToSatang('330') as number, countedDays(periodOf(2568, 'calendar')));
    expect(satangToBaht(perPerson)).toBe('120450.00');
    expect(formatBaht(13 * perPerson)).toBe('1,565,850.00');
  });

  it('rejects inexact inputs', () => {
    expect(() => valueSatang(330.5, 365)).toThrow(RangeError);
    expect(() => valueSatang(33_000, 1.5)).toThrow(RangeError);
    expect(() => valueSatang(Number.MAX_SAFE_INTEGER, 2)).toThrow(RangeError);
  });
});
