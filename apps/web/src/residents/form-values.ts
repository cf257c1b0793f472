import type { FieldValues } from 'react-hook-form';
import { dtoResolver } from '../ui/forms';
import {
  CreateResidentDto,
  UpdateResidentDto,
  type DisabilityType,
  type LegalBasis,
  type ResidentView,
  type Sex,
} from '@elderwork/contracts';
import { toBeInput } from '../i18n/format';

/** What the register/edit form holds: text as typed. The DTO's transforms turn it into the API's shape. */
export interface ResidentFormValues extends FieldValues {
  nationalId: string;
  prefix: string;
  firstName: string;
  lastName: string;
  sex: Sex | '';
  birthDate: string;
  houseNo: string;
  moo: string;
  village: string;
  phone: string;
  disabilityType: DisabilityType | '';
  disabilityCardIssuedOn: string;
  livingAlone: boolean;
  /** Registered carer of a disabled person: eligible for Section 35 without a disability of their own. */
  caresForDisabledPerson: boolean;
  legalBasis: LegalBasis;
  /** Edit only: the version read, for the server's stale-write check. */
  version?: number;
}

export type ResidentField = Exclude<keyof ResidentFormValues, 'version'> & string;

export const RESIDENT_FIELDS: readonly ResidentField[] = [
  'nationalId',
  'prefix',
  'firstName',
  'lastName',
  'sex',
  'birthDate',
  'houseNo',
  'moo',
  'village',
  'phone',
  'disabilityType',
  'disabilityCardIssuedOn',
  'livingAlone',
  'caresForDisabledPerson',
  'legalBasis',
];

/*
 * The resolver validates the typed text with the shared DTO and, when it passes, hands
 * onSubmit the transformed DTO instance (BE dates → CE ISO, '3' → 3, '' → undefined).
 * classValidatorResolver types input and output alike, hence the cast to what it really does.
 */
export const createResolver = dtoResolver<ResidentFormValues, CreateResidentDto>(CreateResidentDto);
export const updateResolver = dtoResolver<ResidentFormValues, UpdateResidentDto>(UpdateResidentDto);

export const EMPTY_RESIDENT: ResidentFormValues = {
  nationalId: '',
  prefix: '',
  firstName: '',
  lastName: '',
  sex: '',
  birthDate: '',
  houseNo: '',
  moo: '',
  village: '',
  phone: '',
  disabilityType: '',
  disabilityCardIssuedOn: '',
  livingAlone: false,
  caresForDisabledPerson: false,
  legalBasis: 'legal_duty',
};

/** A stored record as form values; dates are shown as BE 'DD/MM/YYYY', the way staff type them. */
export function formValuesOf(r: ResidentView): ResidentFormValues {
  return {
    nationalId: r.nationalId,
    prefix: r.prefix,
    firstName: r.firstName,
    lastName: r.lastName,
    sex: r.sex,
    birthDate: toBeInput(r.birthDate),
    houseNo: r.houseNo ?? '',
    moo: r.moo === null ? '' : String(r.moo),
    village: r.village ?? '',
    phone: r.phone ?? '',
    disabilityType: r.disabilityType ?? '',
    disabilityCardIssuedOn: toBeInput(r.disabilityCardIssuedOn),
    livingAlone: r.livingAlone,
    caresForDisabledPerson: r.caresForDisabledPerson,
    legalBasis: r.legalBasis,
    version: r.version,
  };
}

const CLEARABLE = ['houseNo', 'moo', 'village', 'phone', 'disabilityType', 'disabilityCardIssuedOn'] as const;

/** An emptied optional field arrives as undefined, which PATCH would ignore: send null to clear it. */
export function updatePayload(dto: UpdateResidentDto): UpdateResidentDto {
  const payload: UpdateResidentDto = { ...dto };
  for (const field of CLEARABLE) {
    if (payload[field] === undefined) payload[field] = null;
  }
  return payload;
}
