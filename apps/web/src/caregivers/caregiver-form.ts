import { dtoResolver } from '../ui/forms';
import { CreateCaregiverDto, UpdateCaregiverDto, type CaregiverView } from '@elderwork/contracts';
import { todayInBangkok } from '@elderwork/thai';
import { th } from '../i18n/th';
import { toBeInput } from '../i18n/format';
import { requiring } from '../ui/form-utils';

/** The caregiver form as typed: BE dates, hours and baht as text; the DTOs' transforms give the API's shape. */
export interface CaregiverFormValues {
  residentId: string;
  startDate: string;
  endDate: string;
  trainingHours: string;
  certifiedOn: string;
  extraCourseHours: string;
  careManager: string;
  monthlyStipend: string;
  version?: number;
}

export const newCaregiverValues = (): CaregiverFormValues => ({
  residentId: '',
  startDate: toBeInput(todayInBangkok()),
  endDate: '',
  trainingHours: '70',
  certifiedOn: '',
  extraCourseHours: '0',
  careManager: '',
  monthlyStipend: '',
});

/** A stored caregiver as form values; a default stipend shows as empty (empty keeps the default). */
export function caregiverValuesOf(c: CaregiverView): CaregiverFormValues {
  return {
    residentId: c.resident.id,
    startDate: toBeInput(c.startDate),
    endDate: toBeInput(c.endDate),
    trainingHours: String(c.trainingHours),
    certifiedOn: toBeInput(c.certifiedOn),
    extraCourseHours: String(c.extraCourseHours),
    careManager: c.careManager,
    monthlyStipend: c.monthlyStipendIsDefault ? '' : String(c.monthlyStipend),
    version: c.version,
  };
}

// classValidatorResolver types input and output alike; it really yields the transformed DTO.
export const createCaregiverResolver = requiring(
  dtoResolver<CaregiverFormValues, CreateCaregiverDto>(CreateCaregiverDto),
  { residentId: th.caregivers.chooseElder },
);

export const updateCaregiverResolver = dtoResolver<CaregiverFormValues, UpdateCaregiverDto>(UpdateCaregiverDto);

/** Emptied optional fields arrive as undefined, which PATCH ignores: send null to clear them (null stipend = the default). */
export function caregiverUpdatePayload(dto: UpdateCaregiverDto): UpdateCaregiverDto {
  const payload: UpdateCaregiverDto = { ...dto };
  // The elder cannot change (the API refuses unknown fields); the form carries the id only for display.
  delete (payload as { residentId?: unknown }).residentId;
  for (const field of ['endDate', 'certifiedOn', 'monthlyStipend'] as const) {
    if (payload[field] === undefined) payload[field] = null;
  }
  return payload;
}

/** A new registration sends only what was typed: an empty stipend means the regulation's default. */
export function caregiverCreatePayload(dto: CreateCaregiverDto): CreateCaregiverDto {
  const payload: CreateCaregiverDto = { ...dto };
  for (const field of ['endDate', 'certifiedOn', 'monthlyStipend', 'extraCourseHours'] as const) {
    if (payload[field] === undefined || payload[field] === null) delete payload[field];
  }
  return payload;
}
