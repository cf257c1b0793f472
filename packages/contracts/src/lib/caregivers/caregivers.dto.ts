import { ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsDefined, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { isIsoDate, todayInBangkok } from '@elderwork/thai';
import { IsThaiDate, Satisfies, WhenPresent, compose } from '../validation/decorators';
import { th } from '../validation/messages';
import { IsBahtAmount, MONEY_LIMITS, ToBaht } from '../validation/money';
import { ToInt, ToIsoDate, Trim } from '../validation/transforms';
import { CAREGIVER_RULES, CAREGIVER_STATUSES, VISIT_ACTIVITIES, type CaregiverStatus, type VisitActivity } from './caregivers';
import { IsCeMonth, ToCeMonth } from './month';

const iso = (v: unknown): v is string => typeof v === 'string' && isIsoDate(v);
const notFuture = (name: 'certifiedInFuture' | 'visitInFuture' | 'paidInFuture'): PropertyDecorator =>
  Satisfies<unknown>(name, (v) => !iso(v) || v <= todayInBangkok(), { message: th(name) });

const Field = {
  id: () => compose(IsDefined({ message: th('uuid') }), IsUUID('all', { message: th('uuid') })),
  date: () => compose(ToIsoDate(), IsDefined({ message: th('required') }), IsThaiDate({ message: th('date') })),
  optionalDate: () => compose(IsOptional(), ToIsoDate(), IsThaiDate({ message: th('date') })),
  hours: () => compose(ToInt(), IsInt({ message: th('courseHours') }), Min(0, { message: th('courseHours') }), Max(2000, { message: th('courseHours') })),
  careManager: () =>
    compose(Trim(), IsString({ message: th('careManager') }), MinLength(1, { message: th('careManager') }), MaxLength(100, { message: th('careManager') })),
  stipend: () => compose(IsOptional(), ToBaht(), IsBahtAmount(th('monthlyStipend'), MONEY_LIMITS.monthlyStipend)),
  month: () => compose(ToCeMonth(), IsCeMonth({ message: th('careMonth') })),
  note: () => compose(IsOptional(), Trim(), IsString({ message: th('note') }), MaxLength(500, { message: th('note') })),
};

interface WithStart {
  startDate?: unknown;
}

/**
 * POST /api/caregivers — an elder of the LAO engaged as a local caregiver volunteer.
 * `monthlyStipend` left out (or null) means the default: 5,000, or 6,000 with the extra 50-hour course.
 */
export class CreateCaregiverDto {
  @Field.id() residentId!: string;
  @Field.date() startDate!: string;
  @Field.optionalDate()
  @Satisfies<WithStart>('endBeforeStart', (v, o) => !iso(v) || !iso(o.startDate) || v >= o.startDate, { message: th('endBeforeStart') })
  endDate?: string | null;
  /** Hours of the 70-hour prerequisite course recorded so far: `active` from 70. */
  @IsDefined({ message: th('courseHours') }) @Field.hours() trainingHours!: number;
  /** When the 70-hour course was completed; stipends count from this day if it is after startDate. */
  @Field.optionalDate() @notFuture('certifiedInFuture') certifiedOn?: string | null;
  /** Hours of the extra course: 50 or more raises the default stipend to 6,000. */
  @IsOptional() @Field.hours() extraCourseHours?: number;
  /** The care manager (ผู้จัดการการดูแลผู้สูงอายุ) who supervises the volunteer. */
  @IsDefined({ message: th('careManager') }) @Field.careManager() careManager!: string;
  @Field.stipend() monthlyStipend?: number | null;
}

/** `version` as read, on every edit (409 when stale). */
const Version = (): PropertyDecorator => compose(ToInt(), IsDefined({ message: th('version') }), IsInt({ message: th('version') }), Min(1, { message: th('version') }));

/** PATCH /api/caregivers/:id — any of the fields; `version` as read (409 when stale). Setting `endDate` ends open assignments on that day. */
export class UpdateCaregiverDto {
  @Version() version!: number;
  @WhenPresent() @Field.date() startDate?: string;
  @Field.optionalDate() endDate?: string | null;
  @WhenPresent() @Field.hours() trainingHours?: number;
  @Field.optionalDate() @notFuture('certifiedInFuture') certifiedOn?: string | null;
  @WhenPresent() @Field.hours() extraCourseHours?: number;
  @WhenPresent() @Field.careManager() careManager?: string;
  /** null: back to the default. */
  @Field.stipend() monthlyStipend?: number | null;
}

export class CaregiverQueryDto {
  @IsOptional() @IsIn([...CAREGIVER_STATUSES], { message: th('status') })
  status?: CaregiverStatus;
}

/** POST /api/caregivers/:id/recipients — a dependent elder (latest ADL ≤ 11) from `from` on. */
export class AssignRecipientDto {
  @Field.id() recipientId!: string;
  @Field.date() from!: string;
}

/** POST /api/caregivers/:id/recipients/:recipientId/end — `to` is the last day of care (inclusive). */
export class EndAssignmentDto {
  @Field.date() to!: string;
  @Field.note() reason?: string | null;
}

/** The fields a visit is recorded and corrected with (one definition for POST and PATCH). */
const Visit = {
  minutes: (): PropertyDecorator =>
    compose(
      ToInt(), IsDefined({ message: th('visitMinutes') }), IsInt({ message: th('visitMinutes') }),
      Min(1, { message: th('visitMinutes') }), Max(CAREGIVER_RULES.maxVisitMinutes, { message: th('visitMinutes') }),
    ),
  activities: (): PropertyDecorator =>
    compose(
      IsDefined({ message: th('visitActivities') }), IsArray({ message: th('visitActivities') }), ArrayMinSize(1, { message: th('visitActivities') }),
      ArrayUnique({ message: th('visitActivities') }), IsIn([...VISIT_ACTIVITIES], { each: true, message: th('visitActivities') }),
    ),
};

/** POST /api/care-visits — logged by the caregiver's supervisor or the volunteer, on a phone. */
export class CreateCareVisitDto {
  @Field.id() caregiverId!: string;
  @Field.id() recipientId!: string;
  @Field.date() @notFuture('visitInFuture') visitedOn!: string;
  @Visit.minutes() minutes!: number;
  @Visit.activities() activities!: VisitActivity[];
  @Field.note() note?: string | null;
}

/** PATCH /api/care-visits/:id — corrects a visit until its month's stipend is paid; caregiver and recipient stay. */
export class UpdateCareVisitDto {
  @Version() version!: number;
  @Field.date() @notFuture('visitInFuture') visitedOn!: string;
  @Visit.minutes() minutes!: number;
  @Visit.activities() activities!: VisitActivity[];
  @Field.note() note?: string | null;
}

/** DELETE /api/care-visits/:id — with the reason kept in the elder's audit trail. */
export class DeleteCareVisitDto {
  @Version() version!: number;
  @Trim() @IsDefined({ message: th('deleteReason') }) @IsString({ message: th('deleteReason') }) @MinLength(1, { message: th('deleteReason') }) @MaxLength(500, { message: th('deleteReason') })
  reason!: string;
}

export class CareVisitQueryDto {
  @IsOptional() @IsUUID('all', { message: th('uuid') }) caregiverId?: string;
  @IsOptional() @IsUUID('all', { message: th('uuid') }) recipientId?: string;
  @IsOptional() @Field.month() month?: string;
}

/** POST /api/stipends/generate — one stipend per caregiver active in the month (not a future month). */
export class GenerateStipendsDto {
  @IsDefined({ message: th('careMonth') }) @Field.month() month!: string;
}

export class StipendQueryDto {
  @IsOptional() @Field.month() month?: string;
  @IsOptional() @IsUUID('all', { message: th('uuid') }) caregiverId?: string;
}

/** POST /api/stipends/:id/paid */
export class MarkStipendPaidDto {
  @Field.date() @notFuture('paidInFuture') paidOn!: string;
  /**
   * The LAO decided to pay in full although the month's visit days are below the norm: required for
   * such a stipend (409 stipendBelowNorm without it), ignored otherwise (decision 0039).
   */
  @IsOptional() @IsBoolean({ message: th('boolean') }) confirmBelowNorm?: boolean;
}
