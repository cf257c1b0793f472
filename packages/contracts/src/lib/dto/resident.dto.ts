import { IsBoolean, IsDefined, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { DISABILITY_TYPES, REMOVAL_REASONS, SEXES, type DisabilityType, type LegalBasis, type RemovalReason, type Sex } from '../residents';
import { ADL_GROUPS, type AdlGroup } from '../caregivers/adl';
import { REPORT_AGE_BANDS, type ReportAgeBand } from '../reports/reports';
import { WhenPresent } from '../validation/decorators';
import { th } from '../validation/messages';
import { ToBoolean, ToInt, Trim } from '../validation/transforms';
import { ResidentField } from './resident-fields';

/** Register an elder (ลงทะเบียนผู้สูงอายุ). Dates are CE ISO; BE input is converted. */
export class CreateResidentDto {
  @ResidentField.nationalId() nationalId!: string;
  @ResidentField.prefix() prefix!: string;
  @ResidentField.thaiName() firstName!: string;
  @ResidentField.thaiName() lastName!: string;
  @ResidentField.sex() sex!: Sex;
  @ResidentField.birthDate() birthDate!: string;
  @IsOptional() @ResidentField.houseNo() houseNo?: string | null;
  @IsOptional() @ResidentField.moo() moo?: number | null;
  @IsOptional() @ResidentField.village() village?: string | null;
  @IsOptional() @ResidentField.phone() phone?: string | null;
  @IsOptional() @ResidentField.disabilityType() disabilityType?: DisabilityType | null;
  @IsOptional() @ResidentField.disabilityCardIssuedOn() disabilityCardIssuedOn?: string | null;
  @WhenPresent() @ResidentField.livingAlone() livingAlone?: boolean;
  /** Registered carer of a disabled person: may be placed under Section 35 without a disability of their own. */
  @WhenPresent() @ResidentField.caresForDisabledPerson() caresForDisabledPerson?: boolean;
  @ResidentField.legalBasis() legalBasis!: LegalBasis;
}

/** Change some fields of a record; `version` is the one read, a stale version is refused (409). */
export class UpdateResidentDto {
  @ToInt() @IsDefined({ message: th('version') }) @IsInt({ message: th('version') }) @Min(1, { message: th('version') })
  version!: number;
  @WhenPresent() @ResidentField.nationalId() nationalId?: string;
  @WhenPresent() @ResidentField.prefix() prefix?: string;
  @WhenPresent() @ResidentField.thaiName() firstName?: string;
  @WhenPresent() @ResidentField.thaiName() lastName?: string;
  @WhenPresent() @ResidentField.sex() sex?: Sex;
  @WhenPresent() @ResidentField.birthDate() birthDate?: string;
  @IsOptional() @ResidentField.houseNo() houseNo?: string | null;
  @IsOptional() @ResidentField.moo() moo?: number | null;
  @IsOptional() @ResidentField.village() village?: string | null;
  @IsOptional() @ResidentField.phone() phone?: string | null;
  @IsOptional() @ResidentField.disabilityType() disabilityType?: DisabilityType | null;
  @IsOptional() @ResidentField.disabilityCardIssuedOn() disabilityCardIssuedOn?: string | null;
  @WhenPresent() @ResidentField.livingAlone() livingAlone?: boolean;
  /** Registered carer of a disabled person: may be placed under Section 35 without a disability of their own. */
  @WhenPresent() @ResidentField.caresForDisabledPerson() caresForDisabledPerson?: boolean;
  @WhenPresent() @ResidentField.legalBasis() legalBasis?: LegalBasis;
}

/** Take a record out of the current registry; it stays for past reports. */
export class RemoveResidentDto {
  @Trim() @IsDefined({ message: th('removalReason') }) @IsIn([...REMOVAL_REASONS], { message: th('removalReason') })
  reason!: RemovalReason;
  @IsOptional() @Trim() @IsString({ message: th('note') }) @MaxLength(500, { message: th('note') })
  note?: string;
}

/** The registry's disability filter: a type, or `none`. */
export const DISABILITY_FILTERS = [...DISABILITY_TYPES, 'none'] as const;
export type DisabilityFilter = (typeof DISABILITY_FILTERS)[number];

/** The registry's ADL filter: the latest assessment's group, or `unassessed`. */
export const ADL_GROUP_FILTERS = [...ADL_GROUPS, 'unassessed'] as const;
export type AdlGroupFilter = AdlGroup | 'unassessed';

/** Sortable fields of the registry; `age` ascending is youngest first. */
export const RESIDENT_SORT_FIELDS = ['name', 'age', 'moo', 'village', 'createdAt'] as const;
export type ResidentSortField = (typeof RESIDENT_SORT_FIELDS)[number];
export const RESIDENT_SORTS = RESIDENT_SORT_FIELDS.flatMap((f) => [f, `-${f}`] as const);
export type ResidentSort = ResidentSortField | `-${ResidentSortField}`;

export class ResidentQueryDto {
  @IsOptional() @Trim() @IsString({ message: th('query') }) @MaxLength(100, { message: th('query') })
  q?: string;
  @IsOptional() @ToInt() @IsInt({ message: th('page') }) @Min(1, { message: th('page') })
  page?: number;
  @IsOptional() @ToInt() @IsInt({ message: th('pageSize') }) @Min(1, { message: th('pageSize') }) @Max(200, { message: th('pageSize') })
  pageSize?: number;
  /** `true`: the records removed from the registry (kept for past reports), newest removal first. */
  @IsOptional() @ToBoolean() @IsBoolean({ message: th('boolean') })
  removed?: boolean;
  // Filters of the registry (issue 15, decision 0038); each narrows the list and its total.
  /** หมู่บ้าน/ชุมชน, exactly as recorded (trimmed). */
  @IsOptional() @Trim() @IsString({ message: th('village') }) @MaxLength(100, { message: th('village') })
  village?: string;
  @IsOptional() @ToInt() @IsInt({ message: th('moo') }) @Min(1, { message: th('moo') }) @Max(99, { message: th('moo') })
  moo?: number;
  @IsOptional() @Trim() @IsIn([...SEXES], { message: th('sex') })
  sex?: Sex;
  /** The allowance band at today in Bangkok; `under-60` for an elder registered before turning 60. */
  @IsOptional() @Trim() @IsIn([...REPORT_AGE_BANDS], { message: th('ageBand') })
  ageBand?: ReportAgeBand;
  /** A disability type, or `none` for no disability. */
  @IsOptional() @Trim() @IsIn([...DISABILITY_FILTERS], { message: th('disabilityType') })
  disabilityType?: DisabilityFilter;
  @IsOptional() @ToBoolean() @IsBoolean({ message: th('boolean') })
  livingAlone?: boolean;
  /** The group of the elder's latest ADL assessment, or `unassessed` for none. */
  @IsOptional() @Trim() @IsIn([...ADL_GROUP_FILTERS], { message: th('adlGroup') })
  adlGroup?: AdlGroupFilter;
  /** A field of RESIDENT_SORT_FIELDS, `-` in front for descending; by name when absent. */
  @IsOptional() @Trim() @IsIn([...RESIDENT_SORTS], { message: th('residentSort') })
  sort?: ResidentSort;
}

/** Restoring a removed record: the version read, for the stale check. */
export class RestoreResidentDto {
  @IsDefined({ message: th('required') }) @IsInt({ message: th('version') }) @Min(1, { message: th('version') })
  version!: number;
}

