import { Transform } from 'class-transformer';
import { IsBoolean, IsDefined, IsIn, IsInt, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { ageOn, fiscalYearOf, isIsoDate, periodOf, todayInBangkok } from '@elderwork/thai';
import { DISABILITY_TYPES, LEGAL_BASES, SEXES } from '../residents';
import { compose, IsNationalId, IsThaiDate, Satisfies } from '../validation/decorators';
import { th } from '../validation/messages';
import { ToBoolean, ToInt, ToIsoDate, Trim } from '../validation/transforms';

export const THAI_NAME = /^[\u0E00-\u0E7F][\u0E00-\u0E7F .\-()]*$/;

/** The person is 60+, or turns 60 by the end of the current fiscal year (allowance rule). */
export function isElderBirthDate(birthDate: unknown, today = todayInBangkok()): boolean {
  if (typeof birthDate !== 'string' || !isIsoDate(birthDate)) return false;
  const fiscalYearEnd = periodOf(fiscalYearOf(today), 'fiscal').end;
  return ageOn(birthDate, fiscalYearEnd) >= 60;
}

const isIsoString = (v: unknown): v is string => typeof v === 'string' && isIsoDate(v);

interface WithDates {
  birthDate?: string;
  disabilityType?: string | null;
}

/**
 * Field rules of an elder's record, written once and used by the create and update DTOs,
 * the registry import and the web forms.
 */
export const ResidentField = {
  nationalId: () =>
    compose(
      Transform13(),
      IsDefined({ message: th('required') }),
      IsNationalId({ message: th('nationalId') }),
    ),
  prefix: () => compose(Trim(), IsDefined({ message: th('required') }), IsString({ message: th('prefix') }), MaxLength(30, { message: th('prefix') })),
  thaiName: () =>
    compose(
      Trim(),
      IsDefined({ message: th('required') }),
      IsString({ message: th('thaiName') }),
      MaxLength(100, { message: th('thaiName') }),
      Matches(THAI_NAME, { message: th('thaiName') }),
    ),
  sex: () => compose(Trim(), IsDefined({ message: th('required') }), IsIn([...SEXES], { message: th('sex') })),
  birthDate: () =>
    compose(
      ToIsoDate(),
      IsDefined({ message: th('required') }),
      IsThaiDate({ message: th('date') }),
      // Rules on a date hold vacuously for a malformed one: the date rule alone reports it.
      Satisfies<unknown>('notInFuture', (v) => !isIsoString(v) || v <= todayInBangkok(), { message: th('birthInFuture') }),
      Satisfies<unknown>('elderAge', (v) => !isIsoString(v) || isElderBirthDate(v), { message: th('elderAge') }),
    ),
  houseNo: () => compose(Trim(), IsString({ message: th('houseNo') }), MaxLength(20, { message: th('houseNo') })),
  moo: () => compose(ToInt(), IsInt({ message: th('moo') }), Min(1, { message: th('moo') }), Max(99, { message: th('moo') })),
  village: () => compose(Trim(), IsString({ message: th('village') }), MaxLength(100, { message: th('village') })),
  phone: () =>
    compose(
      Trim(),
      IsString({ message: th('phone') }),
      Matches(/^0[\d\- ]{8,12}$/, { message: th('phone') }),
      Satisfies<unknown>('phoneDigits', (v) => typeof v === 'string' && /^\d{9,10}$/.test(v.replace(/[- ]/g, '')), {
        message: th('phone'),
      }),
    ),
  disabilityType: () => compose(Trim(), IsIn([...DISABILITY_TYPES], { message: th('disabilityType') })),
  disabilityCardIssuedOn: () =>
    compose(
      ToIsoDate(),
      IsThaiDate({ message: th('date') }),
      Satisfies<WithDates>(
        'cardDate',
        (v, o) => !isIsoString(v) || (v <= todayInBangkok() && (!isIsoString(o.birthDate) || v >= o.birthDate)),
        { message: th('cardDate') },
      ),
      Satisfies<WithDates>('cardWithoutDisability', (_v, o) => !!o.disabilityType, { message: th('cardWithoutDisability') }),
    ),
  livingAlone: () => compose(ToBoolean(), IsBoolean({ message: th('boolean') })),
  caresForDisabledPerson: () => compose(ToBoolean(), IsBoolean({ message: th('boolean') })),
  legalBasis: () => compose(Trim(), IsDefined({ message: th('legalBasis') }), IsIn([...LEGAL_BASES], { message: th('legalBasis') })),
};

/** National IDs are often typed with dashes or spaces: keep the digits. */
function Transform13(): PropertyDecorator {
  return compose(
    Trim(),
    Transform(({ value }) => (typeof value === 'string' && /^[\d\- ]+$/.test(value) ? value.replace(/[- ]/g, '') : value)),
  );
}
