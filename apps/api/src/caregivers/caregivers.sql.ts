import { CAREGIVER_RULES } from '@elderwork/contracts';

/** SQL fragments shared by the caregiver repositories: one definition of each rule. */

/** Prefix, first and last name of `resident r`. */
export const NAME_SQL = (r: string): string => `${r}.prefix || ${r}.first_name || ' ' || ${r}.last_name`;

/**
 * The first day a caregiver is active: the later of the start date and the course certificate,
 * once 70 course hours are recorded; NULL while in training (never active, never paid).
 */
export const ACTIVE_FROM_SQL = (c: string): string =>
  `CASE WHEN ${c}.training_hours >= ${CAREGIVER_RULES.prerequisiteHours} THEN greatest(${c}.start_date, coalesce(${c}.certified_on, ${c}.start_date)) END`;

/** Days of [first, last] on which the caregiver is active (0 if none). CASE first: greatest() would skip a NULL start. */
export const ACTIVE_DAYS_SQL = (c: string, first: string, last: string): string =>
  `CASE WHEN ${ACTIVE_FROM_SQL(c)} IS NULL THEN 0 ` +
  `ELSE greatest(0, least(coalesce(${c}.end_date, ${last}), ${last}) - greatest(${ACTIVE_FROM_SQL(c)}, ${first}) + 1) END`;

/** Status on a day: ended after the end date, else active from 70 course hours, else in training. */
export const STATUS_SQL = (c: string, today: string): string =>
  `CASE WHEN ${c}.end_date < ${today} THEN 'ended' WHEN ${c}.training_hours >= ${CAREGIVER_RULES.prerequisiteHours} THEN 'active' ELSE 'in_training' END`;

/** Baht a month: the amount recorded for the caregiver, else 5,000, or 6,000 once the extra 50-hour course is recorded. */
export const MONTHLY_STIPEND_SQL = (c: string): string =>
  `coalesce(${c}.monthly_stipend, CASE WHEN ${c}.extra_course_hours >= ${CAREGIVER_RULES.extraCourseHours} ` +
  `THEN ${CAREGIVER_RULES.stipendWithExtraCourse} ELSE ${CAREGIVER_RULES.stipend} END)::numeric(10,2)`;

/** An assignment is current on a day from its first to its last day (inclusive; open-ended while to_date is NULL). */
export const CURRENT_ON_SQL = (a: string, day: string): string => `(${a}.from_date <= ${day} AND (${a}.to_date IS NULL OR ${a}.to_date >= ${day}))`;

/** Age in completed years on a day. */
export const AGE_SQL = (birthDate: string, on: string): string => `date_part('year', age(${on}, ${birthDate}))::int`;

/**
 * A month's stipend for the days active: monthly × days / days in month in exact NUMERIC, rounded
 * half up to the satang — the same as proratedStipendSatang() in contracts (property-tested).
 */
export const PRORATED_SQL = (monthly: string, days: string, daysInMonth: string): string => `round(${monthly} * ${days} / ${daysInMonth}, 2)`;
