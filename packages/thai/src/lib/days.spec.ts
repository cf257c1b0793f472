import fc from 'fast-check';
import { addDays, dayNumber, fiscalYearOf, fromDayNumber, monthPeriod, monthsOf, periodOf, toBeYear, type Period } from './dates';
import { countedDays, countedDaysWithin, overlap } from './days';

describe('countedDays', () => {
  it('skips 29 February', () => {
    expect(countedDays(monthPeriod('2024-02'))).toBe(28);
    expect(countedDays({ start: '2024-02-01', end: '2024-03-31' })).toBe(59); // 29 + 31 − 1
    expect(countedDays({ start: '2024-02-29', end: '2024-02-29' })).toBe(0);
    expect(countedDays({ start: '2024-02-28', end: '2024-03-01' })).toBe(2);
    expect(countedDays({ start: '2025-02-28', end: '2025-03-01' })).toBe(2);
  });

  it('is inclusive, and 0 when end < start', () => {
    expect(countedDays({ start: '2025-01-01', end: '2025-01-01' })).toBe(1);
    expect(countedDays({ start: '2025-01-02', end: '2025-01-01' })).toBe(0);
  });

  it('a fiscal year is 365 even across a leap day', () => {
    expect(countedDays(periodOf(2567, 'fiscal'))).toBe(365); // contains 2024-02-29
    expect(countedDays(periodOf(2568, 'fiscal'))).toBe(365);
  });

  it('a whole calendar year is 365 for every year 1900..2200', () => {
    for (let ce = 1900; ce <= 2200; ce++) {
      expect(countedDays(periodOf(toBeYear(ce), 'calendar'))).toBe(365);
    }
  });

  it('rejects malformed dates', () => {
    expect(() => countedDays({ start: '2025-02-30', end: '2025-03-01' })).toThrow(RangeError);
  });
});

describe('overlap and countedDaysWithin', () => {
  const fy2568 = periodOf(2568, 'fiscal');
  it('clips to the window', () => {
    expect(overlap({ start: '2024-06-01', end: '2025-01-31' }, fy2568)).toEqual({ start: '2024-10-01', end: '2025-01-31' });
    expect(overlap({ start: '2024-06-01', end: '2024-09-30' }, fy2568)).toBeNull();
    expect(countedDaysWithin({ start: '2024-06-01', end: '2024-09-30' }, fy2568)).toBe(0);
    expect(countedDaysWithin({ start: '2024-01-01', end: '2024-12-31' }, monthPeriod('2024-02'))).toBe(28);
  });
});

describe('pieces always add up to the whole (property)', () => {
  const dayIn = fc.integer({ min: dayNumber('2020-01-01'), max: dayNumber('2032-12-31') });
  const placement = fc.tuple(dayIn, dayIn).map(([a, b]): Period => ({
    start: fromDayNumber(Math.min(a, b)),
    end: fromDayNumber(Math.max(a, b)),
  }));

  const sum = (p: Period, pieces: Period[]) => pieces.reduce((acc, w) => acc + countedDaysWithin(p, w), 0);

  function adjacent(pieces: Period[]): boolean {
    return pieces.every((w, i) => i === 0 || dayNumber(w.start) === dayNumber(pieces[i - 1].end) + 1);
  }

  function yearPieces(p: Period, type: 'fiscal' | 'calendar'): Period[] {
    const of = type === 'fiscal' ? fiscalYearOf : (iso: string) => toBeYear(Number(iso.slice(0, 4)));
    const out: Period[] = [];
    for (let be = of(p.start); be <= of(p.end); be++) out.push(periodOf(be, type));
    return out;
  }

  it.each([
    ['months', (p: Period) => monthsOf(p).map(monthPeriod)],
    ['fiscal years', (p: Period) => yearPieces(p, 'fiscal')],
    ['calendar years', (p: Period) => yearPieces(p, 'calendar')],
  ])('%s', (_name, cover) => {
    fc.assert(
      fc.property(placement, (p) => {
        const pieces = cover(p);
        return adjacent(pieces) && sum(p, pieces) === countedDays(p);
      }),
    );
  });

  it('random adjacent pieces, possibly reaching beyond the placement', () => {
    const arb = fc.record({
      p: placement,
      cuts: fc.uniqueArray(fc.integer({ min: 1, max: 5000 }), { maxLength: 20 }),
      before: fc.nat(400),
      after: fc.nat(400),
    });
    fc.assert(
      fc.property(arb, ({ p, cuts, before, after }) => {
        const first = dayNumber(p.start) - before;
        const last = dayNumber(p.end) + after;
        const bounds = cuts.map((c) => first + c).filter((d) => d <= last).sort((a, b) => a - b);
        const pieces: Period[] = [];
        let from = first;
        for (const b of [...bounds, last + 1]) {
          pieces.push({ start: fromDayNumber(from), end: addDays(fromDayNumber(b), -1) });
          from = b;
        }
        return adjacent(pieces) && sum(p, pieces) === countedDays(p);
      }),
    );
  });
});
