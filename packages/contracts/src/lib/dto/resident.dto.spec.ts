import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { CreateResidentDto, UpdateResidentDto } from './resident.dto';
import { isElderBirthDate } from './resident-fields';

const valid = {
  nationalId: '1234567890121',
  prefix: 'นาง',
  firstName: 'สมศรี',
  lastName: 'ใจดี',
  sex: 'female',
  birthDate: '1950-05-01',
  legalBasis: 'legal_duty',
};

function errorsOf<T extends object>(cls: new () => T, input: object): Record<string, string> {
  const dto = plainToInstance(cls, input);
  return Object.fromEntries(validateSync(dto).map((e) => [e.property, Object.keys(e.constraints ?? {})[0] ?? '']));
}

describe('CreateResidentDto', () => {
  it('accepts a complete record', () => {
    expect(errorsOf(CreateResidentDto, valid)).toEqual({});
  });

  it('checks the national ID checksum and accepts dashes typed by users', () => {
    expect(errorsOf(CreateResidentDto, { ...valid, nationalId: '1234567890123' })).toEqual({ nationalId: 'nationalId' });
    const dto = plainToInstance(CreateResidentDto, { ...valid, nationalId: '1-2345-67890-12-1' });
    expect(dto.nationalId).toBe('1234567890121');
    expect(validateSync(dto)).toEqual([]);
  });

  it('converts Buddhist-Era dates to CE', () => {
    expect(plainToInstance(CreateResidentDto, { ...valid, birthDate: '01/05/2493' }).birthDate).toBe('1950-05-01');
    expect(plainToInstance(CreateResidentDto, { ...valid, birthDate: '2493-05-01' }).birthDate).toBe('1950-05-01');
    expect(errorsOf(CreateResidentDto, { ...valid, birthDate: '31/02/2493' })).toEqual({ birthDate: 'thaiDate' });
  });

  it('requires Thai names and a known sex, with Thai messages', () => {
    const dto = plainToInstance(CreateResidentDto, { ...valid, firstName: 'Somsri', sex: 'x' });
    const errors = validateSync(dto);
    expect(errors.map((e) => e.property).sort()).toEqual(['firstName', 'sex']);
    for (const e of errors) expect(Object.values(e.constraints ?? {})[0]).toMatch(/[\u0E00-\u0E7F]/);
  });

  it('a disability card date needs a disability type and may not precede birth', () => {
    expect(errorsOf(CreateResidentDto, { ...valid, disabilityCardIssuedOn: '2020-01-01' })).toEqual({ disabilityCardIssuedOn: 'cardWithoutDisability' });
    expect(errorsOf(CreateResidentDto, { ...valid, disabilityType: 'visual', disabilityCardIssuedOn: '1940-01-01' })).toEqual({ disabilityCardIssuedOn: 'cardDate' });
    expect(errorsOf(CreateResidentDto, { ...valid, disabilityType: 'visual', disabilityCardIssuedOn: '2020-01-01' })).toEqual({});
  });

  it('empty optional fields from forms are treated as absent', () => {
    expect(errorsOf(CreateResidentDto, { ...valid, phone: '', moo: '', village: '  ' })).toEqual({});
    expect(errorsOf(CreateResidentDto, { ...valid, phone: '12345', moo: '100' })).toEqual({ phone: 'matches', moo: 'max' });
  });
});

describe('UpdateResidentDto', () => {
  it('validates only the fields sent, and refuses null for required ones', () => {
    expect(errorsOf(UpdateResidentDto, { version: 3, phone: '0812345678' })).toEqual({});
    expect(errorsOf(UpdateResidentDto, { version: 3, firstName: null })).toEqual({ firstName: 'isDefined' });
    expect(errorsOf(UpdateResidentDto, { phone: '0812345678' })).toEqual({ version: 'isDefined' });
  });
});

describe('isElderBirthDate (60+, or turning 60 within the current fiscal year)', () => {
  // Today 2026-11-25 is in FY2570, which ends 2027-09-30.
  const today = '2026-11-25';
  it('counts a person who turns 60 on the last day of the fiscal year', () => {
    expect(isElderBirthDate('1967-09-30', today)).toBe(true);
    expect(isElderBirthDate('1967-10-01', today)).toBe(false);
    expect(isElderBirthDate('1940-01-01', today)).toBe(true);
  });
});
