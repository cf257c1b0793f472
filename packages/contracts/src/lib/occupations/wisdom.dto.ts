import { IsBoolean, IsDefined, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { isIsoDate, todayInBangkok } from '@elderwork/thai';
import { IsThaiDate, Satisfies, WhenPresent } from '../validation/decorators';
import { th } from '../validation/messages';
import { ToBoolean, ToInt, ToIsoDate, Trim } from '../validation/transforms';
import { WISDOM_BRANCHES, type WisdomBranch } from './occupations';
import { OccField } from './fields';

const notFuture = (v: unknown): boolean => typeof v !== 'string' || !isIsoDate(v) || v <= todayInBangkok();

/** A registration in the elderly wisdom bank (คลังปัญญาผู้สูงอายุ, form คปญ.1). */
export class CreateWisdomDto {
  @IsDefined({ message: th('uuid') }) @IsUUID('all', { message: th('uuid') })
  residentId!: string;
  @OccField.required() @OccField.oneOf(WISDOM_BRANCHES, 'wisdomBranch')
  branch!: WisdomBranch;
  @OccField.required() @OccField.text(200, 'title')
  title!: string;
  @IsOptional() @OccField.text(2000, 'description')
  description?: string | null;
  @IsOptional() @OccField.wholeNumber(0, 90, 'yearsOfExperience')
  yearsOfExperience?: number | null;
  @IsOptional() @ToBoolean() @IsBoolean({ message: th('boolean') })
  willingToTeach?: boolean;
  /** Default today. Renewing a registration is setting this to the renewal date. */
  @IsOptional() @ToIsoDate() @IsThaiDate({ message: th('date') })
  @Satisfies<unknown>('registeredInFuture', notFuture, { message: th('registeredInFuture') })
  registeredOn?: string;
}

export class UpdateWisdomDto {
  @ToInt() @IsDefined({ message: th('version') }) @IsInt({ message: th('version') }) @Min(1, { message: th('version') })
  version!: number;
  @WhenPresent() @OccField.oneOf(WISDOM_BRANCHES, 'wisdomBranch')
  branch?: WisdomBranch;
  @WhenPresent() @OccField.text(200, 'title')
  title?: string;
  @IsOptional() @OccField.text(2000, 'description')
  description?: string | null;
  @IsOptional() @OccField.wholeNumber(0, 90, 'yearsOfExperience')
  yearsOfExperience?: number | null;
  @WhenPresent() @ToBoolean() @IsBoolean({ message: th('boolean') })
  willingToTeach?: boolean;
  /** A renewal: the date the registration was refreshed. */
  @WhenPresent() @ToIsoDate() @IsThaiDate({ message: th('date') })
  @Satisfies<unknown>('registeredInFuture', notFuture, { message: th('registeredInFuture') })
  registeredOn?: string;
}

/** Search: by branch, by text in the title, description or elder's name, by renewal due. */
export class WisdomQueryDto {
  @IsOptional() @IsIn([...WISDOM_BRANCHES], { message: th('wisdomBranch') })
  branch?: WisdomBranch;
  @IsOptional() @Trim() @IsString({ message: th('query') }) @MaxLength(100, { message: th('query') })
  q?: string;
  @IsOptional() @ToBoolean() @IsBoolean({ message: th('boolean') })
  renewalDue?: boolean;
  @IsOptional() @ToBoolean() @IsBoolean({ message: th('boolean') })
  willingToTeach?: boolean;
  @IsOptional() @IsUUID('all', { message: th('uuid') })
  residentId?: string;
}
