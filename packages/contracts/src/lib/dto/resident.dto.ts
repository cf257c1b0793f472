import { IsBoolean, IsDefined, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { REMOVAL_REASONS, type DisabilityType, type LegalBasis, type RemovalReason, type Sex } from '../residents';
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
}

/** Restoring a removed record: the version read, for the stale check. */
export class RestoreResidentDto {
  @IsDefined({ message: th('required') }) @IsInt({ message: th('version') }) @Min(1, { message: th('version') })
  version!: number;
}

