import type { Resolver } from 'react-hook-form';
import { dtoResolver } from '../../ui/forms';
import type { JobDetailView, JobField, PhysicalDemand } from '@elderwork/contracts';

/** The job form as typed: weekdays as the checkboxes' strings, slots as text. */
export interface JobFormValues {
  title: string;
  field: JobField | '';
  organisation: string;
  place: string;
  weekdays: string[];
  startTime: string;
  endTime: string;
  physicalDemand: PhysicalDemand | '';
  slots: string;
  shareable: boolean;
  description: string;
  /** Edit only: a closed job leaves the board. */
  open: boolean;
}

export const EMPTY_JOB: JobFormValues = {
  title: '',
  field: '',
  organisation: '',
  place: '',
  weekdays: [],
  startTime: '09:00',
  endTime: '12:00',
  physicalDemand: '',
  slots: '1',
  shareable: false,
  description: '',
  open: true,
};

export function jobValues(j: JobDetailView): JobFormValues {
  return {
    title: j.title,
    field: j.field,
    organisation: j.organisation,
    place: j.place ?? '',
    weekdays: j.weekdays.map(String),
    startTime: j.startTime,
    endTime: j.endTime,
    physicalDemand: j.physicalDemand,
    slots: String(j.slots),
    shareable: j.shareable,
    description: j.description ?? '',
    open: j.open,
  };
}

/**
 * The DTO's resolver over the form: weekdays as numbers; `open` only when editing (the create DTO
 * has no such field, and the API refuses unknown ones); `extra` (the version) rides along.
 */
export function jobResolver<TDto extends object>(dto: new () => TDto, extra?: Record<string, unknown>): Resolver<JobFormValues, unknown, TDto> {
  return dtoResolver<JobFormValues, TDto>(dto, (values) => {
    const input: Record<string, unknown> = { ...values, ...extra, weekdays: (values.weekdays ?? []).map(Number) };
    if (!extra) delete input['open'];
    return input;
  });
}
