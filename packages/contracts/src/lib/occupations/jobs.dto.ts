import { IsBoolean, IsDefined, IsInt, IsOptional, IsIn, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { IsThaiDate, Satisfies, WhenPresent } from '../validation/decorators';
import { th } from '../validation/messages';
import { ToBoolean, ToInt, ToIsoDate, Trim } from '../validation/transforms';
import { isIsoDate } from '@elderwork/thai';
import { JOB_FIELDS, PHYSICAL_DEMANDS, type JobField, type PhysicalDemand } from './occupations';
import { OccField } from './fields';

/** A local job opportunity offered to elders (Kashiwa's five fields, Silver-centre work). */
export class CreateJobDto {
  @OccField.required() @OccField.text(200, 'title')
  title!: string;
  @OccField.required() @OccField.oneOf(JOB_FIELDS, 'jobField')
  field!: JobField;
  /** The offering organisation. */
  @OccField.required() @OccField.text(200, 'organisation')
  organisation!: string;
  @IsOptional() @OccField.text(200, 'place')
  place?: string | null;
  /** Days of the week (ISO, 1 = Monday) and hours. */
  @OccField.required() @OccField.weekdays()
  weekdays!: number[];
  @OccField.required() @OccField.clockTime()
  startTime!: string;
  @OccField.required() @OccField.endTime()
  endTime!: string;
  @OccField.required() @OccField.oneOf(PHYSICAL_DEMANDS, 'physicalDemand')
  physicalDemand!: PhysicalDemand;
  @OccField.required() @OccField.wholeNumber(1, 999, 'slots')
  slots!: number;
  /** Several elders may share it ("mosaic" work): slots then do not limit placements. Default false. */
  @IsOptional() @ToBoolean() @IsBoolean({ message: th('boolean') })
  shareable?: boolean;
  @IsOptional() @OccField.text(2000, 'description')
  description?: string | null;
}

export class UpdateJobDto {
  @ToInt() @IsDefined({ message: th('version') }) @IsInt({ message: th('version') }) @Min(1, { message: th('version') })
  version!: number;
  @WhenPresent() @OccField.text(200, 'title')
  title?: string;
  @WhenPresent() @OccField.oneOf(JOB_FIELDS, 'jobField')
  field?: JobField;
  @WhenPresent() @OccField.text(200, 'organisation')
  organisation?: string;
  @IsOptional() @OccField.text(200, 'place')
  place?: string | null;
  @WhenPresent() @OccField.weekdays()
  weekdays?: number[];
  /** startTime and endTime change together (the end must follow the start). */
  @WhenPresent() @OccField.clockTime()
  startTime?: string;
  @WhenPresent() @OccField.endTime()
  endTime?: string;
  @WhenPresent() @OccField.oneOf(PHYSICAL_DEMANDS, 'physicalDemand')
  physicalDemand?: PhysicalDemand;
  @WhenPresent() @OccField.wholeNumber(1, 999, 'slots')
  slots?: number;
  @WhenPresent() @ToBoolean() @IsBoolean({ message: th('boolean') })
  shareable?: boolean;
  @IsOptional() @OccField.text(2000, 'description')
  description?: string | null;
  /** A closed job leaves the board and takes no new placements. */
  @WhenPresent() @ToBoolean() @IsBoolean({ message: th('boolean') })
  open?: boolean;
}

export class JobQueryDto {
  @IsOptional() @IsIn([...JOB_FIELDS], { message: th('jobField') })
  field?: JobField;
  @IsOptional() @ToBoolean() @IsBoolean({ message: th('boolean') })
  open?: boolean;
  @IsOptional() @Trim() @IsString({ message: th('query') }) @MaxLength(100, { message: th('query') })
  q?: string;
}

export class JobMatchQueryDto {
  /** Default 20. */
  @IsOptional() @OccField.wholeNumber(1, 100, 'limit')
  limit?: number;
}

interface WithFrom {
  from?: unknown;
}
const iso = (v: unknown): v is string => typeof v === 'string' && isIsoDate(v);

/** Who was placed in the job, from when (and until when, inclusive, if known). */
export class CreateJobPlacementDto {
  @IsDefined({ message: th('uuid') }) @IsUUID('all', { message: th('uuid') })
  residentId!: string;
  @ToIsoDate() @IsDefined({ message: th('required') }) @IsThaiDate({ message: th('date') })
  from!: string;
  @IsOptional() @ToIsoDate() @IsThaiDate({ message: th('date') })
  @Satisfies<WithFrom>('endBeforeStart', (v, o) => !iso(v) || !iso(o.from) || v >= o.from, { message: th('endBeforeStart') })
  to?: string | null;
  @IsOptional() @OccField.text(500, 'note')
  note?: string | null;
}

/** End a placement (or correct its end). */
export class UpdateJobPlacementDto {
  @IsOptional() @ToIsoDate() @IsThaiDate({ message: th('date') })
  to?: string | null;
  @IsOptional() @OccField.text(500, 'note')
  note?: string | null;
}
