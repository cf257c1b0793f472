import fc from 'fast-check';
import {
  formatThaiMonth,
  formatBangkokDateTime,
  addDays,
  addYears,
  ageOn,
  calendarYearOf,
  dayNumber,
  fiscalYearOf,
  formatThaiDate,
  fromDayNumber,
  isIsoDate,
  monthPeriod,
  monthsOf,
  parseThaiDate,
  periodHasEnded,
  periodOf,
  toBeYear,
  toCeYear,
  todayInBangkok,
} from './dates';

describe('Buddhist Era', () => {
  it('converts years', () => {
    expect(toBeYear(2025)).toBe(2568);
    expect(toCeYear(2568)).toBe(2025);
  });

  it('toCeYear(toBeYear(x)) = x', () => {
    fc.assert(fc.property(fc.integer({ min: -1e6, max: 1e6 }), (x) => toCeYear(toBeYear(x)) === x));
  });
});

describe('day numbers', () => {
  it('agree with Date.UTC and round-trip', () => {
    const day = fc.integer({ min: dayNumber('1850-01-01'), max: dayNumber('2200-12-31') });
    fc.assert(
      fc.property(day, (n) => {
        const iso = fromDayNumber(n);
        return dayNumber(iso) === n && iso === new Date(n * 86_400_000).toISOString().slice(0, 10);
      }),
    );
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('validates ISO dates strictly', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-2-9')).toBe(false);
    expect(() => dayNumber('2025-02-30')).toThrow(RangeError);
  });
});

describe('parseThaiDate', () => {
  it.each([
    ['2025-10-01', '2025-10-01'],
    ['2568-10-01', '2025-10-01'],
    ['1/10/2568', '2025-10-01'],
    ['01/10/2025', '2025-10-01'],
    ['29/2/2567', '2024-02-29'],
    [' 2024-2-9 ', '2024-02-09'],
    ['1/1/2400', '1857-01-01'],
    ['1850-01-01', '1850-01-01'],
    ['2200-12-31', '2200-12-31'],
  ])('%s → %s', (input, expected) => {
    expect(parseThaiDate(input)).toBe(expected);
  });

  it.each(['2025-02-30', '2023-02-29', '29/2/2566', '1849-12-31', '2201-01-01', '2399-01-01', '32/1/2024', '1/13/2024', '10/1/68', '2025/10/01', '', 'abc'])(
    'rejects %s',
    (input) => {
      expect(parseThaiDate(input)).toBeNull();
    },
  );

  it('takes the UTC calendar date of a Date', () => {
    expect(parseThaiDate(new Date(Date.UTC(2025, 9, 1)))).toBe('2025-10-01');
    expect(parseThaiDate(new Date(Date.UTC(2568, 9, 1)))).toBe('2025-10-01');
    expect(parseThaiDate(new Date(NaN))).toBeNull();
  });
});

describe('todayInBangkok', () => {
  it('is UTC+7', () => {
    expect(todayInBangkok(new Date('2025-09-30T16:59:59Z'))).toBe('2025-09-30');
    expect(todayInBangkok(new Date('2025-09-30T17:00:00Z'))).toBe('2025-10-01');
    expect(isIsoDate(todayInBangkok())).toBe(true);
  });
});

describe('years and periods', () => {
  it('FY2568 = 2024-10-01 … 2025-09-30', () => {
    expect(periodOf(2568, 'fiscal')).toEqual({ start: '2024-10-01', end: '2025-09-30' });
    expect(fiscalYearOf('2024-09-30')).toBe(2567);
    expect(fiscalYearOf('2024-10-01')).toBe(2568);
    expect(fiscalYearOf('2025-09-30')).toBe(2568);
    expect(fiscalYearOf('2025-10-01')).toBe(2569);
  });

  it('a period is over from the day after its last day (FY ends 30 September, calendar 31 December)', () => {
    expect(periodHasEnded(periodOf(2569, 'fiscal'), '2026-09-30')).toBe(false);
    expect(periodHasEnded(periodOf(2569, 'fiscal'), '2026-10-01')).toBe(true);
    expect(periodHasEnded(periodOf(2569, 'calendar'), '2026-12-31')).toBe(false);
    expect(periodHasEnded(periodOf(2569, 'calendar'), '2027-01-01')).toBe(true);
    expect(periodHasEnded(periodOf(2575, 'fiscal'), '2026-12-02')).toBe(false);
  });

  it('calendar BE N is CE N − 543', () => {
    expect(periodOf(2568, 'calendar')).toEqual({ start: '2025-01-01', end: '2025-12-31' });
    expect(calendarYearOf('2025-12-31')).toBe(2568);
  });

  it('months', () => {
    expect(monthPeriod('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(monthPeriod('2025-02')).toEqual({ start: '2025-02-01', end: '2025-02-28' });
    expect(() => monthPeriod('2025-13')).toThrow(RangeError);
    expect(monthsOf(periodOf(2568, 'fiscal'))).toHaveLength(12);
    expect(monthsOf({ start: '2024-11-15', end: '2025-02-01' })).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthsOf({ start: '2024-03-10', end: '2024-03-05' })).toEqual([]);
  });
});

describe('ageOn and addYears', () => {
  it('counts completed years', () => {
    expect(ageOn('1960-10-01', '2020-09-30')).toBe(59);
    expect(ageOn('1960-10-01', '2020-10-01')).toBe(60);
  });

  it('a 29 Feb birthday moves to 1 Mar in non-leap years', () => {
    expect(ageOn('1964-02-29', '2024-02-28')).toBe(59);
    expect(ageOn('1964-02-29', '2024-02-29')).toBe(60);
    expect(ageOn('1964-02-29', '2025-02-28')).toBe(60);
    expect(ageOn('1964-02-29', '2025-03-01')).toBe(61);
  });

  it('addYears clamps 29 Feb', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2025-10-01', -60)).toBe('1965-10-01');
  });
});

describe('formatThaiDate', () => {
  it('Thai shows the Buddhist year', () => {
    expect(formatThaiDate('2024-10-01')).toBe('1 ต.ค. 2567');
    expect(formatThaiDate('2024-10-01', { style: 'long' })).toBe('1 ตุลาคม 2567');
  });

  it('English shows the BE year too (the domain’s rule: Buddhist Era in both languages)', () => {
    expect(formatThaiDate('2024-10-01', { lang: 'en' })).toBe('1 Oct 2567 BE');
    expect(formatThaiDate('2024-10-01', { lang: 'en', style: 'long' })).toBe('1 October 2567 BE');
  });

  it('keeps the calendar day at the ends of the day range', () => {
    expect(formatThaiDate('2024-12-31', { lang: 'en' })).toBe('31 Dec 2567 BE');
    expect(formatThaiDate('2025-01-01', { lang: 'en' })).toBe('1 Jan 2568 BE');
  });
});

describe('formatThaiMonth and formatBangkokDateTime', () => {
  it('names a month with its BE year', () => {
    expect(formatThaiMonth('2025-10')).toBe('ตุลาคม 2568');
    expect(formatThaiMonth('2026-02', 'short')).toBe('ก.พ. 2569');
  });

  it('reads an instant in Bangkok: after 17:00 UTC it is already the next day', () => {
    expect(formatBangkokDateTime('2026-10-01T17:30:00Z')).toBe('2 ต.ค. 2569 00:30 น.');
    expect(formatBangkokDateTime('2026-10-01T16:59:00Z')).toBe('1 ต.ค. 2569 23:59 น.');
  });
});
