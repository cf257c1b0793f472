import { Transform } from 'class-transformer';
import { IsBoolean, IsDefined, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { isIsoDate, todayInBangkok } from '@elderwork/thai';
import { IsNationalId, IsThaiDate, Omittable, Satisfies, WhenPresent } from '../validation/decorators';
import { th } from '../validation/messages';
import { IsBahtAmount, MONEY_LIMITS, ToBaht } from '../validation/money';
import { ToBoolean, ToInt, ToIsoDate, Trim } from '../validation/transforms';
import { MODALITIES, PLACEMENT_STATUSES, YEAR_TYPES, type Modality, type PlacementStatus } from './section35';

const Digits = (): PropertyDecorator =>
  Transform(({ value }) => (typeof value === 'string' && /^[\d\- ]+$/.test(value) ? value.replace(/[- ]/g, '') : value));

/** An employer (สถานประกอบการ) that meets its Section 33 duty through Section 35 arrangements. */
export class CreateEmployerDto {
  @Trim() @IsDefined({ message: th('employerName') }) @IsString({ message: th('employerName') }) @MinLength(1, { message: th('employerName') }) @MaxLength(200, { message: th('employerName') })
  name!: string;
  @Trim() @Digits() @IsDefined({ message: th('registrationNumber') }) @IsNationalId({ message: th('registrationNumber') })
  registrationNumber!: string;
  @Trim() @IsDefined({ message: th('provinceCode') }) @Matches(/^\d{2}$/, { message: th('provinceCode') })
  provinceCode!: string;
  @IsOptional() @Trim() @IsString({ message: th('address') }) @MaxLength(500, { message: th('address') })
  address?: string | null;
  @IsOptional() @Trim() @IsString({ message: th('contactPerson') }) @MaxLength(100, { message: th('contactPerson') })
  contactPerson?: string | null;
  @IsOptional() @Trim() @Matches(/^0\d{8,9}$/, { message: th('phone') })
  phone?: string | null;
}

export class UpdateEmployerDto {
  @WhenPresent() @Trim() @IsString({ message: th('employerName') }) @MinLength(1, { message: th('employerName') }) @MaxLength(200, { message: th('employerName') })
  name?: string;
  @WhenPresent() @Trim() @Digits() @IsNationalId({ message: th('registrationNumber') })
  registrationNumber?: string;
  @WhenPresent() @Trim() @Matches(/^\d{2}$/, { message: th('provinceCode') })
  provinceCode?: string;
  @IsOptional() @Trim() @IsString({ message: th('address') }) @MaxLength(500, { message: th('address') })
  address?: string | null;
  @IsOptional() @Trim() @IsString({ message: th('contactPerson') }) @MaxLength(100, { message: th('contactPerson') })
  contactPerson?: string | null;
  @IsOptional() @Trim() @Matches(/^0\d{8,9}$/, { message: th('phone') })
  phone?: string | null;
}

/** PUT /api/reference/section35-rates/:year (DLA officers). */
export class PutSection35RateDto {
  @ToBaht() @IsDefined({ message: th('dailyRate') }) @IsBahtAmount(th('dailyRate'), MONEY_LIMITS.dailyRate)
  dailyRate!: number;
}

interface WithPeriod {
  startDate?: unknown;
  endDate?: unknown;
}

const iso = (v: unknown): v is string => typeof v === 'string' && isIsoDate(v);

export class CreatePlacementDto {
  @IsDefined({ message: th('uuid') }) @IsUUID('all', { message: th('uuid') })
  residentId!: string;
  @IsDefined({ message: th('uuid') }) @IsUUID('all', { message: th('uuid') })
  employerId!: string;
  @Trim() @IsDefined({ message: th('modality') }) @IsIn([...MODALITIES], { message: th('modality') })
  modality!: Modality;
  @ToIsoDate() @IsDefined({ message: th('required') }) @IsThaiDate({ message: th('date') })
  startDate!: string;
  @ToIsoDate() @IsDefined({ message: th('required') }) @IsThaiDate({ message: th('date') })
  @Satisfies<WithPeriod>('endBeforeStart', (v, o) => !iso(v) || !iso(o.startDate) || v >= o.startDate, { message: th('endBeforeStart') })
  endDate!: string;
  /** Default: the rate of the start date's calendar year. */
  @IsOptional() @ToBaht() @IsBahtAmount(th('dailyRate'), MONEY_LIMITS.dailyRate)
  dailyRate?: number;
  @IsOptional() @Trim() @IsString({ message: th('contractNo') }) @MaxLength(50, { message: th('contractNo') })
  contractNo?: string | null;
  @IsOptional() @Trim() @IsString({ message: th('note') }) @MaxLength(500, { message: th('note') })
  note?: string | null;
  /**
   * The LAO arranges this placement deliberately alongside another of the same elder at another
   * employer whose dates overlap (decision 0033); without it such an overlap is refused (409).
   * Never allowed with the same employer.
   */
  @IsOptional() @ToBoolean() @IsBoolean({ message: th('boolean') })
  concurrent?: boolean;
  /** Required with `concurrent: true`: why the two run side by side. */
  @ValidateIf((o: { concurrent?: unknown; concurrentReason?: unknown }) => o.concurrent === true || (o.concurrentReason !== undefined && o.concurrentReason !== null))
  @Trim() @IsDefined({ message: th('concurrentReason') }) @IsString({ message: th('concurrentReason') }) @MinLength(1, { message: th('concurrentReason') }) @MaxLength(500, { message: th('concurrentReason') })
  concurrentReason?: string | null;
}

/** Moves a placement along its lifecycle, or edits its paperwork fields. */
export class UpdatePlacementDto {
  @ToInt() @IsDefined({ message: th('version') }) @IsInt({ message: th('version') }) @Min(1, { message: th('version') })
  version!: number;
  @Omittable() @IsIn([...PLACEMENT_STATUSES], { message: th('status') })
  status?: PlacementStatus;
  /** Required when terminating; the value stops at this date. */
  @IsOptional() @ToIsoDate() @IsThaiDate({ message: th('date') })
  terminatedOn?: string;
  @IsOptional() @Trim() @IsString({ message: th('reason') }) @MinLength(1, { message: th('reason') }) @MaxLength(500, { message: th('reason') })
  terminationReason?: string;
  @IsOptional() @Trim() @IsString({ message: th('contractNo') }) @MaxLength(50, { message: th('contractNo') })
  contractNo?: string | null;
  @IsOptional() @Trim() @IsString({ message: th('note') }) @MaxLength(500, { message: th('note') })
  note?: string | null;
}

export class CreatePaymentDto {
  @ToIsoDate() @IsDefined({ message: th('required') }) @IsThaiDate({ message: th('date') })
  @Satisfies<unknown>('paidInFuture', (v) => !iso(v) || v <= todayInBangkok(), { message: th('paidInFuture') })
  paidOn!: string;
  @ToBaht() @IsDefined({ message: th('amount') }) @IsBahtAmount(th('amount'), MONEY_LIMITS.paymentAmount)
  amount!: number;
  @IsOptional() @Trim() @IsString({ message: th('reference') }) @MaxLength(100, { message: th('reference') })
  reference?: string | null;
}

/** ?year=2568&yearType=calendar — a BE year, cut by fiscal or calendar year. */
export class YearQueryDto {
  @ToInt() @IsDefined({ message: th('year') }) @IsInt({ message: th('year') }) @Min(2500, { message: th('year') }) @Max(2700, { message: th('year') })
  year!: number;
  @IsOptional() @IsIn([...YEAR_TYPES], { message: th('yearType') })
  yearType?: 'fiscal' | 'calendar';
}

export class PlacementQueryDto {
  @IsOptional() @ToInt() @IsInt({ message: th('year') }) @Min(2500, { message: th('year') }) @Max(2700, { message: th('year') })
  year?: number;
  @IsOptional() @IsIn([...YEAR_TYPES], { message: th('yearType') })
  yearType?: 'fiscal' | 'calendar';
  @IsOptional() @IsIn([...MODALITIES], { message: th('modality') })
  modality?: Modality;
  @IsOptional() @IsUUID('all', { message: th('uuid') })
  employerId?: string;
  @IsOptional() @IsIn([...PLACEMENT_STATUSES], { message: th('status') })
  status?: PlacementStatus;
  @IsOptional() @IsUUID('all', { message: th('uuid') })
  residentId?: string;
}
