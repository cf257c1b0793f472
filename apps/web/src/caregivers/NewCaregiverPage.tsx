import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { CreateCaregiverDto, ResidentView } from '@elderwork/contracts';
import { caregiversApi } from '../api/endpoints';
import { useFetch } from '../api/use-fetch';
import { problemOf, SaveProblemAlert, type SaveProblem } from '../ui/SaveProblem';
import {
  CAREGIVER_FIELDS,
  caregiverCreatePayload,
  createCaregiverResolver,
  newCaregiverValues,
  type CaregiverFormValues,
} from './caregiver-form';
import { CaregiverFields } from './CaregiverFields';
import { ElderPicker, type ElderStatus } from '../ui/ElderPicker';

/** ขึ้นทะเบียนอาสาสมัครบริบาลท้องถิ่น: an elder of the registry, their course hours, care manager and stipend. */
export function NewCaregiverPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const roster = useFetch(() => caregiversApi.list(), 'caregivers');
  const [elder, setElder] = useState<ResidentView | null>(null);
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const form = useForm<CaregiverFormValues, unknown, CreateCaregiverDto>({
    resolver: createCaregiverResolver,
    defaultValues: newCaregiverValues(),
    mode: 'onTouched',
  });
  const { errors, isSubmitting, isSubmitted } = form.formState;
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

  const onSubmit = form.handleSubmit(async (dto) => {
    setProblem(null);
    try {
      const created = await caregiversApi.create(caregiverCreatePayload(dto));
      void navigate(`/caregivers/${created.id}`, { state: { created: true } });
    } catch (error) {
      // 409 OVERLAPPING_CAREGIVER names startDate and links to the engagement it overlaps.
      setProblem(problemOf(error, form.setError, CAREGIVER_FIELDS, (id) => `/caregivers/${id}`));
    }
  });

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
          <button type="submit" className="btn btn--primary" disabled={isSubmitting} data-testid="caregiver-save">
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
