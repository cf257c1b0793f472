import { ageOn, fiscalYearOf, isValidNationalId, parseThaiDate, periodOf } from '@elderwork/thai';
import { DISABILITY_TYPES, LEGAL_BASES, SEXES, type DisabilityType, type LegalBasis, type Sex } from '../residents';
import { DATE_BOUNDS } from '../validation/decorators';
import { THAI_NAME } from './resident-fields';
import type { CreateResidentDto } from './resident.dto';

/** One spreadsheet row: trimmed, non-empty cell text by field name, coded columns already decoded. */
export type ResidentRowValues = Partial<Record<keyof CreateResidentDto, string>>;

const SEX_SET = new Set<string>(SEXES);
const DISABILITY_SET = new Set<string>(DISABILITY_TYPES);
const LEGAL_BASIS_SET = new Set<string>(LEGAL_BASES);
/** The DTO's date rule: a real date within DATE_BOUNDS (decision 0016). */
const inBounds = (date: string): boolean => date >= DATE_BOUNDS.from && date <= DATE_BOUNDS.to;
const TRUE = new Set(['true', '1', 'yes', 'y', 'ใช่', 'จริง']);
const FALSE = new Set(['false', '0', 'no', 'n', 'ไม่', 'ไม่ใช่', 'เท็จ']);
const INT = /^\s*-?\d+\s*$/;
const PHONE = /^0[\d\- ]{8,12}$/;

/** Undefined means "not valid": the caller asks CreateResidentDto for the message. */
function bool(text: string | undefined): boolean | undefined | null {
  if (text === undefined) return undefined;
  const v = text.trim().toLowerCase();
  if (TRUE.has(v)) return true;
  if (FALSE.has(v)) return false;
  return null;
}

/** The end of today's fiscal year, worked out once per day rather than once per row (isElderBirthDate's rule). */
let fiscalYearEnd = { today: '', end: '' };
function isElder(birthDate: string, today: string): boolean {
  if (fiscalYearEnd.today !== today) fiscalYearEnd = { today, end: periodOf(fiscalYearOf(today), 'fiscal').end };
  return ageOn(birthDate, fiscalYearEnd.end) >= 60;
}

const optional = (text: string | undefined, max: number): string | undefined | null =>
  text === undefined || text === '' ? undefined : text.length <= max ? text : null;

/**
 * The rules of CreateResidentDto (ResidentField), compiled by hand to plain checks so an import
 * can take tens of thousands of rows a second; class-validator costs tens of microseconds a row.
 * Returns the record exactly as plainToInstance + validate would accept it, or null when any rule
 * fails — the import then runs the DTO itself on that row for its Thai message, so messages come
 * from one place. A property test holds the two to the same answers.
 */
export function acceptResidentRow(values: ResidentRowValues, today: string): CreateResidentDto | null {
  const rawId = values.nationalId;
  if (rawId === undefined) return null;
  const nationalId = /^[\d\- ]+$/.test(rawId) ? rawId.replace(/[- ]/g, '') : rawId;
  if (!isValidNationalId(nationalId)) return null;
  const { prefix, firstName, lastName, sex } = values;
  if (!prefix || prefix.length > 30) return null;
  if (!firstName || firstName.length > 100 || !THAI_NAME.test(firstName)) return null;
  if (!lastName || lastName.length > 100 || !THAI_NAME.test(lastName)) return null;
  if (!sex || !SEX_SET.has(sex)) return null;
  const birthDate = values.birthDate === undefined ? undefined : parseThaiDate(values.birthDate);
  if (!birthDate || !inBounds(birthDate) || birthDate > today || !isElder(birthDate, today)) return null;

  const houseNo = optional(values.houseNo, 20);
  const village = optional(values.village, 100);
  if (houseNo === null || village === null) return null;
  let moo: number | undefined;
  if (values.moo !== undefined && values.moo !== '') {
    if (!INT.test(values.moo)) return null;
    moo = Number.parseInt(values.moo, 10);
    if (moo < 1 || moo > 99) return null;
  }
  const phone = values.phone || undefined;
  if (phone !== undefined && (!PHONE.test(phone) || !/^\d{9,10}$/.test(phone.replace(/[- ]/g, '')))) return null;
  const disabilityType = values.disabilityType || undefined;
  if (disabilityType !== undefined && !DISABILITY_SET.has(disabilityType)) return null;
  let disabilityCardIssuedOn: string | undefined;
  if (values.disabilityCardIssuedOn) {
    const card = parseThaiDate(values.disabilityCardIssuedOn);
    if (!card || !inBounds(card) || card > today || card < birthDate || !disabilityType) return null;
    disabilityCardIssuedOn = card;
  }
  const livingAlone = bool(values.livingAlone);
  const caresForDisabledPerson = bool(values.caresForDisabledPerson);
  if (livingAlone === null || caresForDisabledPerson === null) return null;
  const legalBasis = values.legalBasis ?? 'legal_duty';
  if (!LEGAL_BASIS_SET.has(legalBasis)) return null;

  const row: CreateResidentDto = {
    nationalId, prefix, firstName, lastName, sex: sex as Sex, birthDate, legalBasis: legalBasis as LegalBasis,
  };
  if (houseNo !== undefined) row.houseNo = houseNo;
  if (moo !== undefined) row.moo = moo;
  if (village !== undefined) row.village = village;
  if (phone !== undefined) row.phone = phone;
  if (disabilityType !== undefined) row.disabilityType = disabilityType as DisabilityType;
  if (disabilityCardIssuedOn !== undefined) row.disabilityCardIssuedOn = disabilityCardIssuedOn;
  if (livingAlone !== undefined) row.livingAlone = livingAlone;
  if (caresForDisabledPerson !== undefined) row.caresForDisabledPerson = caresForDisabledPerson;
  return row;
}
