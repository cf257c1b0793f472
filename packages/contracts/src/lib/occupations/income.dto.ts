import { IsArray, IsDefined, IsIn, IsOptional, IsUUID, ArrayMaxSize } from 'class-validator';
import { Satisfies } from '../validation/decorators';
import { th } from '../validation/messages';
import { IsBahtAmount, MONEY_LIMITS, ToBaht } from '../validation/money';
import { INCOME_SOURCES, SALES_CHANNELS, type IncomeSource, type SalesChannel } from './occupations';
import { OccField } from './fields';

interface WithSource {
  source?: unknown;
}

/**
 * One line of an elder's income in a month: one source × product × channel (× job placement).
 * A row of the month grid; with `month`, a single record.
 */
export class IncomeRowDto {
  @IsDefined({ message: th('uuid') }) @IsUUID('all', { message: th('uuid') })
  residentId!: string;
  /** Baht, more than 0, at most two decimals. */
  @ToBaht() @IsDefined({ message: th('incomeAmount') }) @IsBahtAmount(th('incomeAmount'), MONEY_LIMITS.incomeAmount)
  amount!: number;
  @OccField.chosen('incomeSource') @OccField.oneOf(INCOME_SOURCES, 'incomeSource')
  source!: IncomeSource;
  /** Only with source `product`. */
  @IsOptional() @IsUUID('all', { message: th('uuid') })
  @Satisfies<WithSource>('productNeedsProductSource', (v, o) => v === null || v === undefined || o.source === 'product', { message: th('productNeedsProductSource') })
  productId?: string | null;
  @OccField.chosen('salesChannel') @OccField.oneOf(SALES_CHANNELS, 'salesChannel')
  channel!: SalesChannel;
  /** The job placement the income followed; only with source `service`. */
  @IsOptional() @IsUUID('all', { message: th('uuid') })
  @Satisfies<WithSource>('jobPlacementNeedsService', (v, o) => v === null || v === undefined || o.source === 'service', { message: th('jobPlacementNeedsService') })
  jobPlacementId?: string | null;
  @IsOptional() @OccField.text(500, 'note')
  note?: string | null;
}

/** POST /api/income-records: one line of one elder's month. */
export class CreateIncomeRecordDto extends IncomeRowDto {
  /** 'YYYY-MM' (BE years and 'MM/YYYY' accepted), not in the future. */
  @OccField.required() @OccField.pastMonth()
  month!: string;
}

/**
 * PUT /api/income-records/month/:month. Each row is an IncomeRowDto, validated one by one so
 * that errors name their row. The month's records of every elder named in `rows` or in
 * `residentIds` are replaced by that elder's rows (none: the elder's month is cleared).
 */
export class PutIncomeMonthDto {
  @IsDefined({ message: th('rows') }) @IsArray({ message: th('rows') }) @ArrayMaxSize(5000, { message: th('rows') })
  rows!: unknown[];
  /** Further elders whose month is replaced: listed here without rows, their records of the month are removed. */
  @IsOptional() @OccField.residentIds()
  residentIds?: string[];
}

export class IncomeMonthParamDto {
  @OccField.required() @OccField.pastMonth()
  month!: string;
}

/** At least one of month, residentId, productId, jobPlacementId. */
export class IncomeRecordQueryDto {
  @IsOptional() @OccField.month()
  month?: string;
  @IsOptional() @IsUUID('all', { message: th('uuid') })
  residentId?: string;
  @IsOptional() @IsUUID('all', { message: th('uuid') })
  productId?: string;
  @IsOptional() @IsUUID('all', { message: th('uuid') })
  jobPlacementId?: string;
  @IsOptional() @IsIn([...INCOME_SOURCES], { message: th('incomeSource') })
  source?: IncomeSource;
  @IsOptional() @IsIn([...SALES_CHANNELS], { message: th('salesChannel') })
  channel?: SalesChannel;
}
