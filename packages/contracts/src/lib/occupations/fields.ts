import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsDefined, IsIn, IsInt, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { addYears, bahtToSatang, isIsoDate } from '@elderwork/thai';
import { compose, Satisfies } from '../validation/decorators';
import { th, type ValidationMessageKey } from '../validation/messages';
import { ToInt, Trim } from '../validation/transforms';
import { WEEKDAYS } from './occupations';
import { IsCeMonth, parseCeMonth, ToCeMonth } from '../caregivers/month';
import { currentMonth, isClockTime } from './schedule';

/** "2.5" typed in a form becomes 2.5; anything else is left for the rule to refuse. */
export const ToDecimal = (): PropertyDecorator =>
  Transform(({ value }) => {
    if (typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value)) return Number(value);
    return value === '' ? undefined : value;
  });

/** A number in (0, max] with at most two decimals. */
const isDecimal = (v: unknown, max: number): boolean =>
  typeof v === 'number' && Number.isFinite(v) && v > 0 && v <= max && bahtToSatang(v) !== null;

const iso = (v: unknown): v is string => typeof v === 'string' && isIsoDate(v);

interface WithDates {
  startDate?: unknown;
}
interface WithTimes {
  startTime?: unknown;
}

/** Field rules of the occupations DTOs, written once for create, update, the grid and the import. */
export const OccField = {
  text: (max: number, key: ValidationMessageKey) =>
    compose(Trim(), IsString({ message: th(key) }), MinLength(1, { message: th(key) }), MaxLength(max, { message: th(key) })),
  required: () => IsDefined({ message: th('required') }),
  /** A choice that must be made (a select): left empty it reads as its own 'กรุณาเลือก…' message, not 'กรุณากรอก…'. */
  chosen: (key: ValidationMessageKey) => IsDefined({ message: th(key) }),
  oneOf: (values: readonly string[], key: ValidationMessageKey) => compose(Trim(), IsIn([...values], { message: th(key) })),
  someOf: (values: readonly string[], key: ValidationMessageKey) =>
    compose(IsArray({ message: th(key) }), ArrayMaxSize(values.length, { message: th(key) }), ArrayUnique({ message: th(key) }), IsIn([...values], { each: true, message: th(key) })),
  weekdays: () =>
    compose(
      IsArray({ message: th('weekdays') }),
      ArrayMinSize(1, { message: th('weekdays') }),
      ArrayMaxSize(7, { message: th('weekdays') }),
      ArrayUnique({ message: th('weekdays') }),
      IsIn([...WEEKDAYS], { each: true, message: th('weekdays') }),
    ),
  clockTime: () => Satisfies<unknown>('clockTime', (v) => isClockTime(v), { message: th('clockTime') }),
  endTime: () =>
    compose(
      Satisfies<unknown>('clockTime', (v) => isClockTime(v), { message: th('clockTime') }),
      Satisfies<WithTimes>('endTimeBeforeStart', (v, o) => !isClockTime(v) || !isClockTime(o.startTime) || v > o.startTime, { message: th('endTimeBeforeStart') }),
    ),
  hours: () => compose(ToDecimal(), Satisfies<unknown>('hours', (v) => isDecimal(v, 12), { message: th('hours') })),
  threshold: () =>
    compose(ToDecimal(), Satisfies<unknown>('completionThreshold', (v) => isDecimal(v, 1), { message: th('completionThreshold') })),
  /** At most 2 years after the start: a course, not a programme. */
  courseEnd: () =>
    compose(
      Satisfies<WithDates>('endBeforeStart', (v, o) => !iso(v) || !iso(o.startDate) || v >= o.startDate, { message: th('endBeforeStart') }),
      Satisfies<WithDates>('coursePeriod', (v, o) => !iso(v) || !iso(o.startDate) || v <= addYears(o.startDate, 2), { message: th('coursePeriod') }),
    ),
  organisations: () =>
    compose(
      IsArray({ message: th('partnerOrganisations') }),
      ArrayMaxSize(20, { message: th('partnerOrganisations') }),
      IsString({ each: true, message: th('partnerOrganisations') }),
      MinLength(1, { each: true, message: th('partnerOrganisations') }),
      MaxLength(200, { each: true, message: th('partnerOrganisations') }),
      Transform(({ value }) => (Array.isArray(value) ? value.map((s) => (typeof s === 'string' ? s.trim() : s)) : value)),
    ),
  residentIds: () =>
    compose(
      IsArray({ message: th('residentIds') }),
      ArrayMaxSize(500, { message: th('residentIds') }),
      ArrayUnique({ message: th('residentIds') }),
      IsUUID('all', { each: true, message: th('uuid') }),
    ),
  uuid: () => IsUUID('all', { message: th('uuid') }),
  /** 'YYYY-MM' or 'MM/YYYY', BE or CE, becomes 'YYYY-MM' (CE) — the caregivers' month rule. */
  month: () => compose(ToCeMonth(), IsCeMonth({ message: th('incomeMonth') })),
  pastMonth: () =>
    compose(
      ToCeMonth(),
      IsCeMonth({ message: th('incomeMonth') }),
      Satisfies<unknown>('monthInFuture', (v) => typeof v !== 'string' || parseCeMonth(v) !== v || v <= currentMonth(), { message: th('monthInFuture') }),
    ),
  wholeNumber: (min: number, max: number, key: ValidationMessageKey) =>
    compose(ToInt(), IsInt({ message: th(key) }), Min(min, { message: th(key) }), Max(max, { message: th(key) })),
};
