import type { Resolver } from 'react-hook-form';
import { dtoResolver } from '../../ui/forms';
import type { CourseDetailView, CourseKind, JobField, SchoolSubject } from '@elderwork/contracts';
import { toBeInput } from '../../i18n/format';

/** The course form as typed: dates in BE text, weekdays as the checkboxes' strings, partners one per line. */
export interface CourseFormValues {
  kind: CourseKind | '';
  title: string;
  description: string;
  subjects: SchoolSubject[];
  jobFields: JobField[];
  startDate: string;
  endDate: string;
  weekdays: string[];
  startTime: string;
  hoursPerSession: string;
  partnerOrganisations: string;
  place: string;
  completionThreshold: string;
}

export const EMPTY_COURSE: CourseFormValues = {
  kind: '',
  title: '',
  description: '',
  subjects: [],
  jobFields: [],
  startDate: '',
  endDate: '',
  weekdays: [],
  startTime: '09:00',
  hoursPerSession: '3',
  partnerOrganisations: '',
  place: '',
  completionThreshold: '0.8',
};

export function courseValues(c: CourseDetailView): CourseFormValues {
  return {
    kind: c.kind,
    title: c.title,
    description: c.description ?? '',
    subjects: c.subjects,
    jobFields: c.jobFields,
    startDate: toBeInput(c.startDate),
    endDate: toBeInput(c.endDate),
    weekdays: c.weekdays.map(String),
    startTime: c.startTime,
    hoursPerSession: String(c.hoursPerSession),
    partnerOrganisations: c.partnerOrganisations.join('\n'),
    place: c.place ?? '',
    completionThreshold: String(c.completionThreshold),
  };
}

/** What the DTO is given: weekdays as numbers, partners as a list; the DTO's own transforms do the rest. */
export function courseInput(values: Partial<CourseFormValues>): Record<string, unknown> {
  const input: Record<string, unknown> = { ...values };
  if (Array.isArray(values.weekdays)) input['weekdays'] = values.weekdays.map(Number);
  if (typeof values.partnerOrganisations === 'string') {
    input['partnerOrganisations'] = values.partnerOrganisations
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
  }
  return input;
}

/**
 * The DTO's resolver, given the form's values in the DTO's shape. Disabled (locked) inputs are
 * undefined, so an update leaves them out.
 */
export function courseResolver<TDto extends object>(dto: new () => TDto): Resolver<CourseFormValues, unknown, TDto> {
  return dtoResolver<CourseFormValues, TDto>(dto, courseInput);
}
