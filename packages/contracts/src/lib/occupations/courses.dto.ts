import { IsBoolean, IsDefined, IsIn, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { IsThaiDate, Omittable, Satisfies, WhenPresent } from '../validation/decorators';
import { th } from '../validation/messages';
import { ToBoolean, ToInt, ToIsoDate, Trim } from '../validation/transforms';
import { YEAR_TYPES } from '../section35/section35';
import { COURSE_KINDS, FOLLOW_UP_OUTCOMES, JOB_FIELDS, SCHOOL_SUBJECTS, type CourseKind, type FollowUpOutcome, type JobField, type SchoolSubject } from './occupations';
import { OccField } from './fields';

/**
 * A course: occupation training or an elderly-school term. Its sessions are generated from the
 * weekly schedule (every listed weekday between the start and end dates, inclusive).
 */
export class CreateCourseDto {
  @OccField.required() @OccField.oneOf(COURSE_KINDS, 'courseKind')
  kind!: CourseKind;
  @OccField.required() @OccField.text(200, 'title')
  title!: string;
  @IsOptional() @OccField.text(2000, 'description')
  description?: string | null;
  @Omittable() @OccField.someOf(SCHOOL_SUBJECTS, 'subjects')
  subjects?: SchoolSubject[];
  @Omittable() @OccField.someOf(JOB_FIELDS, 'jobField')
  jobFields?: JobField[];
  @ToIsoDate() @IsDefined({ message: th('required') }) @IsThaiDate({ message: th('date') })
  startDate!: string;
  @ToIsoDate() @IsDefined({ message: th('required') }) @IsThaiDate({ message: th('date') }) @OccField.courseEnd()
  endDate!: string;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  @OccField.required() @OccField.weekdays()
  weekdays!: number[];
  /** 'HH:MM'. */
  @OccField.required() @OccField.clockTime()
  startTime!: string;
  @OccField.required() @OccField.hours()
  hoursPerSession!: number;
  @IsOptional() @OccField.organisations()
  partnerOrganisations?: string[];
  @IsOptional() @OccField.text(200, 'place')
  place?: string | null;
  /** Default 0.8: attended ÷ held sessions at or above it completes the course. */
  @IsOptional() @OccField.threshold()
  completionThreshold?: number;
}

/**
 * Changes to a course. The schedule fields (dates, weekdays, start time, hours per session)
 * regenerate the sessions, and may change only while no attendance has been recorded.
 */
export class UpdateCourseDto {
  @ToInt() @IsDefined({ message: th('version') }) @IsInt({ message: th('version') }) @Min(1, { message: th('version') })
  version!: number;
  @WhenPresent() @OccField.oneOf(COURSE_KINDS, 'courseKind')
  kind?: CourseKind;
  @WhenPresent() @OccField.text(200, 'title')
  title?: string;
  @IsOptional() @OccField.text(2000, 'description')
  description?: string | null;
  @WhenPresent() @OccField.someOf(SCHOOL_SUBJECTS, 'subjects')
  subjects?: SchoolSubject[];
  @WhenPresent() @OccField.someOf(JOB_FIELDS, 'jobField')
  jobFields?: JobField[];
  @WhenPresent() @ToIsoDate() @IsThaiDate({ message: th('date') })
  startDate?: string;
  @WhenPresent() @ToIsoDate() @IsThaiDate({ message: th('date') }) @OccField.courseEnd()
  endDate?: string;
  @WhenPresent() @OccField.weekdays()
  weekdays?: number[];
  @WhenPresent() @OccField.clockTime()
  startTime?: string;
  @WhenPresent() @OccField.hours()
  hoursPerSession?: number;
  @WhenPresent() @OccField.organisations()
  partnerOrganisations?: string[];
  @IsOptional() @OccField.text(200, 'place')
  place?: string | null;
  @WhenPresent() @OccField.threshold()
  completionThreshold?: number;
}

export class CourseQueryDto {
  @IsOptional() @IsIn([...COURSE_KINDS], { message: th('courseKind') })
  kind?: CourseKind;
  /** BE year: courses with at least one day in it. */
  @IsOptional() @OccField.wholeNumber(2500, 2700, 'year')
  year?: number;
  @IsOptional() @IsIn([...YEAR_TYPES], { message: th('yearType') })
  yearType?: 'fiscal' | 'calendar';
  /** Text in the title. */
  @IsOptional() @Trim() @IsString({ message: th('query') }) @MaxLength(100, { message: th('query') })
  q?: string;
}

/** An extra (make-up) session. */
export class CreateSessionDto {
  @ToIsoDate() @IsDefined({ message: th('required') }) @IsThaiDate({ message: th('date') })
  date!: string;
  /** Default: the course's start time. */
  @IsOptional() @OccField.clockTime()
  startTime?: string;
  /** Default: the course's hours per session. */
  @IsOptional() @OccField.hours()
  hours?: number;
  @IsOptional() @OccField.text(500, 'note')
  note?: string | null;
}

/** Move a session, change its hours, cancel it (or undo that). A session with attendance cannot be cancelled or moved past today. */
export class UpdateSessionDto {
  @WhenPresent() @ToIsoDate() @IsThaiDate({ message: th('date') })
  date?: string;
  @WhenPresent() @OccField.clockTime()
  startTime?: string;
  @WhenPresent() @OccField.hours()
  hours?: number;
  @WhenPresent() @ToBoolean() @IsBoolean({ message: th('boolean') })
  cancelled?: boolean;
  @IsOptional() @OccField.text(500, 'note')
  note?: string | null;
}

export class EnrolDto {
  @OccField.required() @OccField.residentIds()
  residentIds!: string[];
}

/** The elders present at a session; replaces that session's attendance. */
export class AttendanceDto {
  @OccField.required() @OccField.residentIds()
  residentIds!: string[];
}

/** What a graduate went on to do. */
export class FollowUpDto {
  /** null clears it. */
  @Satisfies<unknown>('followUp', (v) => v === null || (FOLLOW_UP_OUTCOMES as readonly unknown[]).includes(v), { message: th('followUp') })
  followUp!: FollowUpOutcome | null;
  @IsOptional() @OccField.text(500, 'note')
  followUpNote?: string | null;
}
