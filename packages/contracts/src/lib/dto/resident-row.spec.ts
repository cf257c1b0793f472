import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import fc from 'fast-check';
import { addDays, addYears, fiscalYearOf, nationalIdCheckDigit, periodOf, todayInBangkok } from '@elderwork/thai';
import { CreateResidentDto } from './resident.dto';
import { acceptResidentRow, type ResidentRowValues } from './resident-row';

/** What the DTO says about a row: the accepted record (own, defined fields), or null. */
function byDto(values: ResidentRowValues): Record<string, unknown> | null {
  const dto = plainToInstance(CreateResidentDto, { legalBasis: 'legal_duty', ...values });
  if (validateSync(dto, { whitelist: true }).length) return null;
  return Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined));
}

const validId = fc.integer({ min: 10 ** 11, max: 10 ** 12 - 1 }).map((n) => `${n}${nationalIdCheckDigit(String(n))}`);
const pick = <T>(...values: T[]) => fc.constantFrom(...values);
/**
 * Cell text as the import hands it over: trimmed and non-empty, or the column absent. Mostly a
 * valid value, so that rows with one or two wrong cells — the ones that tell rules apart — are common.
 */
const cell = (valid: fc.Arbitrary<string>, other: fc.Arbitrary<string>) =>
  fc.oneof({ arbitrary: valid, weight: 30 }, { arbitrary: other, weight: 1 }, { arbitrary: fc.constant(undefined), weight: 1 });
const date = fc.tuple(fc.integer({ min: 1890, max: 2600 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .chain(([y, m, d]) => pick(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, `${y}-${m}-${d}`, `${d}/${m}/${y}`));
const elderDate = fc.tuple(fc.integer({ min: 1900, max: 1966 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .chain(([y, m, d]) => pick(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, `${d}/${m}/${y + 543}`, `${y + 543}-${m}-${d}`));

/** The last birth date that is 60 by the end of this fiscal year, and the day after. */
const lastElder = addYears(periodOf(fiscalYearOf(todayInBangkok()), 'fiscal').end, -60);
const boundary = pick(lastElder, addDays(lastElder, 1));

const row: fc.Arbitrary<ResidentRowValues> = fc.record({
  nationalId: cell(fc.oneof(validId, validId.map((s) => `${s.slice(0, 1)}-${s.slice(1, 5)}-${s.slice(5)}`)), pick('1234567890123', 'abc', '12345')),
  prefix: cell(pick('นาง', 'นาย', 'Mr', 'x'.repeat(30)), pick('x'.repeat(31))),
  firstName: cell(pick('สมศรี', 'บัว ผัน', 'ก(ข)', 'ก'.repeat(100)), pick('Somsri', 'ก'.repeat(101), '(ก')),
  lastName: cell(pick('ใจดี', 'ณ อยุธยา'), pick('Smith', 'ใจ1')),
  sex: cell(pick('male', 'female'), pick('ชาย', 'other')),
  birthDate: cell(fc.oneof(elderDate, boundary), fc.oneof(date, pick('1950-05-01', '2500-01-01', '01/05/2493', '1965-09-30', '1966-10-01', todayInBangkok()))),
  houseNo: cell(pick('12/3', '1'.repeat(20)), pick('1'.repeat(21))),
  moo: cell(pick('1', '99', '02', '45'), pick('0', '100', '-1', '3a', '1.5')),
  village: cell(pick('บ้านใหม่', 'ก'.repeat(100)), pick('ก'.repeat(101))),
  phone: cell(pick('0812345678', '081-234-5678', '02 123 4567'), pick('812345678', '0123', '08123456789012', '0-1-2-3-4-5-6')),
  disabilityType: cell(pick('visual', 'physical'), pick('blind')),
  disabilityCardIssuedOn: fc.oneof({ arbitrary: fc.constant(undefined), weight: 8 }, { arbitrary: pick('2020-01-01', '1966-01-01', '1940-01-01', '2563-5-4', 'soon'), weight: 1 }, { arbitrary: date, weight: 1 }),
  livingAlone: cell(pick('true', 'ใช่', 'No', '0'), pick('maybe')),
  caresForDisabledPerson: cell(pick('yes', 'false'), pick('x')),
  legalBasis: cell(pick('legal_duty', 'consent'), pick('contract')),
}).map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as ResidentRowValues);

describe('acceptResidentRow', () => {
  const today = todayInBangkok();

  it('accepts and rejects exactly the rows CreateResidentDto does, with the same values', () => {
    fc.assert(
      fc.property(row, (values) => {
        const fast = acceptResidentRow(values, today);
        expect(fast === null ? null : { ...fast }).toEqual(byDto(values));
      }),
      { numRuns: 5000 },
    );
  });

  it('draws enough valid rows for the comparison to tell the rules apart', () => {
    const sample = fc.sample(row, { numRuns: 2000, seed: 2568 });
    const accepted = sample.filter((values) => byDto(values) !== null).length;
    expect(accepted / sample.length).toBeGreaterThan(0.2);
  });

  it('accepts a typical row and normalises what the form would', () => {
    const id = `1${'2'.repeat(11)}`;
    const nationalId = `${id}${nationalIdCheckDigit(id)}`;
    expect(acceptResidentRow({ nationalId: `${nationalId.slice(0, 1)}-${nationalId.slice(1)}`, prefix: 'นาง', firstName: 'สมศรี', lastName: 'ใจดี', sex: 'female', birthDate: '12/04/2490', moo: '02', livingAlone: 'ใช่' }, today))
      .toEqual({ nationalId, prefix: 'นาง', firstName: 'สมศรี', lastName: 'ใจดี', sex: 'female', birthDate: '1947-04-12', moo: 2, livingAlone: true, legalBasis: 'legal_duty' });
  });
});
