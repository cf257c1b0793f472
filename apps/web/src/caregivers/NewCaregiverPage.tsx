import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { CaregiverDetailView, CreateCaregiverDto, ResidentView } from '@elderwork/contracts';
import { useDtoForm } from '../ui/forms';
import { SaveProblemAlert } from '../ui/SaveProblem';
import {
  caregiverCreatePayload,
  createCaregiverResolver,
  newCaregiverValues,
  type CaregiverFormValues,
} from './caregiver-form';
import { CaregiverFields } from './CaregiverFields';
import { ElderPicker, type ElderStatus } from '../ui/ElderPicker';
import { useCaregivers, useCreateCaregiver } from './queries';

/** ขึ้นทะเบียนอาสาสมัครบริบาลท้องถิ่น: an elder of the registry, their course hours, care manager and stipend. */
export function NewCaregiverPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const roster = useCaregivers();
  const [elder, setElder] = useState<ResidentView | null>(null);
  const create = useCreateCaregiver();
  const { form, onSubmit, problem, pending } = useDtoForm<CaregiverFormValues, CreateCaregiverDto, CaregiverDetailView>({
    resolver: createCaregiverResolver,
    defaults: newCaregiverValues(),
    mode: 'onTouched',
    mutate: (dto) => create.mutateAsync(caregiverCreatePayload(dto)),
    onSuccess: (created) => void navigate(`/caregivers/${created.id}`, { state: { created: true } }),
    // 409 OVERLAPPING_CAREGIVER names startDate and links to the engagement it overlaps.
    existingPath: (id) => `/caregivers/${id}`,
  });
  const { errors, isSubmitted } = form.formState;
  const [startDate, endDate, certifiedOn] = useWatch({ control: form.control, name: ['startDate', 'endDate', 'certifiedOn'] });

  // An elder already engaged with no end date would overlap any new engagement (409 on startDate).
  const engaged = new Set((roster.data ?? []).filter((c) => c.status !== 'ended' && c.endDate === null).map((c) => c.resident.id));
  const statusOf = (r: ResidentView): ElderStatus =>
    engaged.has(r.id)
      ? { eligible: false, badge: <span className="badge">{t('caregivers.alreadyCaregiver')}</span> }
      : { eligible: true };

  const chooseElder = (resident: ResidentView | null) => {
    setElder(resident);
    form.setValue('residentId', resident?.id ?? '', { shouldValidate: isSubmitted });
  };

  return (
    <section>
      <h1>{t('caregivers.registerTitle')}</h1>
      <form onSubmit={onSubmit} noValidate data-testid="caregiver-form">
        {problem && <SaveProblemAlert problem={problem} />}
        <input type="hidden" {...form.register('residentId')} />
        <ElderPicker
          name="residentId"
          legend={t('caregivers.elder')}
          hint={t('caregivers.elderHint')}
          selected={elder}
          onSelect={chooseElder}
          statusOf={statusOf}
          error={errors.residentId}
        />
        <CaregiverFields register={form.register} errors={errors} dates={{ startDate, endDate, certifiedOn }} />
        <div className="form-actions">
          <button type="submit" className="btn btn--primary" disabled={pending} data-testid="caregiver-save">
            {t('caregivers.register')}
          </button>
          <Link to="/caregivers" className="btn btn--ghost">
            {t('common.cancel')}
          </Link>
        </div>
      </form>
    </section>
  );
}
