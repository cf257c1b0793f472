import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../ui/DateInput';
import { Field } from '../ui/Field';
import type { CaregiverFormValues } from './caregiver-form';

type Values = CaregiverFormValues;

interface CaregiverFieldsProps {
  register: UseFormRegister<Values>;
  errors: FieldErrors<Values>;
  dates: Pick<Values, 'startDate' | 'endDate' | 'certifiedOn'>;
  /** The end date is set when a volunteer stops, not at registration. */
  withEndDate?: boolean;
}

/** Course, engagement and stipend fields, shared by registration and editing. Every control's id and name is the DTO field. */
export function CaregiverFields({ register, errors, dates, withEndDate }: CaregiverFieldsProps) {
  const { t } = useTranslation();
  const invalid = (name: keyof Values) => (errors[name] ? true : undefined);
  return (
    <fieldset>
      <legend>{t('caregivers.sectionCourse')}</legend>
      <div className="grid">
        <Field name="startDate" label={t('caregivers.startDate')} error={errors.startDate} hint={t('field.dateHint')} required>
          <DateInput name="startDate" value={dates.startDate} registration={register('startDate')} invalid={!!errors.startDate} />
        </Field>
        {withEndDate && (
          <Field name="endDate" label={t('caregivers.endDate')} error={errors.endDate} hint={t('caregivers.endDateHint')}>
            <DateInput name="endDate" value={dates.endDate} registration={register('endDate')} invalid={!!errors.endDate} />
          </Field>
        )}
        <Field name="trainingHours" label={t('caregivers.trainingHours')} error={errors.trainingHours} hint={t('caregivers.trainingHoursHint')} required>
          <input
            id="trainingHours"
            inputMode="numeric"
            autoComplete="off"
            aria-invalid={invalid('trainingHours')}
            aria-describedby="trainingHours-hint"
            {...register('trainingHours')}
          />
        </Field>
        <Field name="certifiedOn" label={t('caregivers.certifiedOn')} error={errors.certifiedOn} hint={t('field.dateHint')}>
          <DateInput name="certifiedOn" value={dates.certifiedOn} registration={register('certifiedOn')} invalid={!!errors.certifiedOn} />
        </Field>
        <Field name="extraCourseHours" label={t('caregivers.extraCourseHours')} error={errors.extraCourseHours} hint={t('caregivers.extraCourseHoursHint')}>
          <input
            id="extraCourseHours"
            inputMode="numeric"
            autoComplete="off"
            aria-invalid={invalid('extraCourseHours')}
            aria-describedby="extraCourseHours-hint"
            {...register('extraCourseHours')}
          />
        </Field>
        <Field name="monthlyStipend" label={t('caregivers.monthlyStipend')} error={errors.monthlyStipend} hint={t('caregivers.monthlyStipendHint')}>
          <input
            id="monthlyStipend"
            inputMode="decimal"
            autoComplete="off"
            aria-invalid={invalid('monthlyStipend')}
            aria-describedby="monthlyStipend-hint"
            {...register('monthlyStipend')}
          />
        </Field>
        <Field name="careManager" label={t('caregivers.careManager')} error={errors.careManager} required className="span-2">
          <input id="careManager" autoComplete="off" maxLength={100} aria-invalid={invalid('careManager')} {...register('careManager')} />
        </Field>
      </div>
    </fieldset>
  );
}
