import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CaregiverDetailView, UpdateCaregiverDto } from '@elderwork/contracts';
import { caregiversApi } from '../api/endpoints';
import { problemOf, SaveProblemAlert, type SaveProblem } from '../ui/SaveProblem';
import { CAREGIVER_FIELDS, caregiverUpdatePayload, caregiverValuesOf, updateCaregiverResolver, type CaregiverFormValues } from './caregiver-form';
import { CaregiverFields } from './CaregiverFields';

interface EditCaregiverProps {
  caregiver: CaregiverDetailView;
  onSaved: () => void;
  onCancel: () => void;
  /** Offered when someone else changed the caregiver since it was read (409 STALE_VERSION). */
  onReload: () => void;
}

/** PATCH with the version read; an emptied stipend goes back to the regulation's default. */
export function EditCaregiver({ caregiver, onSaved, onCancel, onReload }: EditCaregiverProps) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const form = useForm<CaregiverFormValues, unknown, UpdateCaregiverDto>({
    resolver: updateCaregiverResolver,
    defaultValues: caregiverValuesOf(caregiver),
    mode: 'onTouched',
  });
  const { errors, isSubmitting } = form.formState;
  const [startDate, endDate, certifiedOn] = useWatch({ control: form.control, name: ['startDate', 'endDate', 'certifiedOn'] });

  const onSubmit = form.handleSubmit(async (dto) => {
    setProblem(null);
    try {
      await caregiversApi.update(caregiver.id, caregiverUpdatePayload(dto));
      onSaved();
    } catch (error) {
      setProblem(problemOf(error, form.setError, CAREGIVER_FIELDS, (id) => `/caregivers/${id}`));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="card" data-testid="caregiver-edit-form">
      <h2>{t('caregivers.editTitle')}</h2>
      {problem && <SaveProblemAlert problem={problem} onReload={onReload} />}
      <CaregiverFields register={form.register} errors={errors} dates={{ startDate, endDate, certifiedOn }} withEndDate />
      <div className="form-actions">
        <button type="submit" className="btn btn--primary" disabled={isSubmitting} data-testid="caregiver-save">
          {t('common.save')}
        </button>
        <button type="button" className="btn btn--ghost" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
