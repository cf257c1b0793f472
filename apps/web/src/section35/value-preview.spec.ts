import type { Section35RateView } from '@elderwork/contracts';
import { formatBaht } from '@elderwork/thai';
import { previewValue } from './value-preview';

const rates: Section35RateView[] = [
  { year: 2567, dailyRate: 328, annualValue: 119720, updatedAt: '2026-01-01T00:00:00Z' },
  { year: 2568, dailyRate: 330, annualValue: 120450, updatedAt: '2026-01-01T00:00:00Z' },
];

describe('previewValue', () => {
  it('values a whole 2025 at 330 baht a day at 120,450.00 baht', () => {
    const preview = previewValue({ startDate: '2025-01-01', endDate: '2025-12-31', dailyRate: '330' }, []);
    expect(preview).toMatchObject({ kind: 'ok', days: 365, rateSatang: 33000, valueSatang: 12045000, defaultRate: false });
    if (preview.kind !== 'ok') throw new Error('no preview');
    expect(formatBaht(preview.valueSatang, 'th', { unit: true })).toBe('120,450.00 บาท');
  });

  it('reads BE dates and takes the rate of the start year from the rates table', () => {
    expect(previewValue({ startDate: '01/01/2568', endDate: '31/12/2568', dailyRate: '' }, rates)).toMatchObject({
      kind: 'ok',
      year: 2568,
      days: 365,
      valueSatang: 12045000,
      defaultRate: true,
    });
  });

  it('never counts 29 February: a whole leap year is 365 days', () => {
    expect(previewValue({ startDate: '01/01/2567', endDate: '31/12/2567', dailyRate: '' }, rates)).toMatchObject({
      kind: 'ok',
      days: 365,
      valueSatang: 328 * 365 * 100,
      leapDaysSkipped: 1,
    });
  });

  it('says what is missing instead of guessing', () => {
    expect(previewValue({ startDate: '01/01/2569', endDate: '', dailyRate: '' }, rates)).toEqual({ kind: 'incomplete' });
    expect(previewValue({ startDate: '2026-06-30', endDate: '2026-01-01', dailyRate: '' }, rates)).toEqual({ kind: 'endBeforeStart' });
    expect(previewValue({ startDate: '2026-01-01', endDate: '2026-06-30', dailyRate: '' }, rates)).toEqual({ kind: 'noRate', year: 2569 });
    expect(previewValue({ startDate: '2026-01-01', endDate: '2026-06-30', dailyRate: '3.333' }, rates)).toEqual({ kind: 'badRate' });
  });

  it('accepts a typed rate with thousands separators and satang', () => {
    // 1 Jan – 30 Jun 2026: 181 days.
    expect(previewValue({ startDate: '2026-01-01', endDate: '2026-06-30', dailyRate: '1,000.50' }, rates)).toMatchObject({
      kind: 'ok',
      days: 181,
      valueSatang: 100050 * 181,
    });
  });
});
