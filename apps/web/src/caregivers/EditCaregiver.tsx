import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CaregiverDetailView, UpdateCaregiverDto } from '@elderwork/contracts';
import { useDtoForm } from '../ui/forms';
import { SaveProblemAlert } from '../ui/SaveProblem';
import { caregiverUpdatePayload, caregiverValuesOf, updateCaregiverResolver, type CaregiverFormValues } from './caregiver-form';
import { CaregiverFields } from './CaregiverFields';
import { useUpdateCaregiver } from './queries';

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
  const update = useUpdateCaregiver(caregiver.id);
  const { form, onSubmit, problem, pending } = useDtoForm<CaregiverFormValues, UpdateCaregiverDto>({
    resolver: updateCaregiverResolver,
    defaults: caregiverValuesOf(caregiver),
    mode: 'onTouched',
    mutate: (dto) => update.mutateAsync(caregiverUpdatePayload(dto)),
    onSuccess: onSaved,
    existingPath: (id) => `/caregivers/${id}`,
  });
  const { errors } = form.formState;
  const [startDate, endDate, certifiedOn] = useWatch({ control: form.control, name: ['startDate', 'endDate', 'certifiedOn'] });

  return (
    <form onSubmit={onSubmit} noValidate className="card" data-testid="caregiver-edit-form">
      <h2>{t('caregivers.editTitle')}</h2>
      {problem && <SaveProblemAlert problem={problem} onReload={onReload} />}
      <CaregiverFields register={form.register} errors={errors} dates={{ startDate, endDate, certifiedOn }} withEndDate />
      <div className="form-actions">
        <button type="submit" className="btn btn--primary" disabled={pending} data-testid="caregiver-save">
          {t('common.save')}
        </button>
        <button type="button" className="btn btn--ghost" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
