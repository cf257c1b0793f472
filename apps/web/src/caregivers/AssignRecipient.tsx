import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useDtoForm } from '../ui/forms';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  ADL_GROUP_LABELS,
  AssignRecipientDto,
  CAREGIVER_RULES,
  type AdlAssessmentView,
  type CaregiverDetailView,
  type ResidentView,
} from '@elderwork/contracts';
import { todayInBangkok } from '@elderwork/thai';
import { useLabel, useLang } from '../i18n';
import { formatDate, toBeInput } from '../i18n/format';
import { th } from '../i18n/th';
import { SaveProblemAlert } from '../ui/SaveProblem';
import { Alert } from '../ui/Alert';
import { DateInput } from '../ui/DateInput';
import { Field } from '../ui/Field';
import { ElderPicker, type ElderStatus } from '../ui/ElderPicker';
import { useAssignRecipient, useElderAdl } from './queries';

interface AssignValues {
  recipientId: string;
  from: string;
}


/**
 * Take a dependent elder (latest ADL ≤ 11) into the caregiver's care. The chosen elder's ADL is
 * read then, not for every search result: each read of health data is audited (PDPA s.26).
 * The API decides: 400 on the fields, 409 TOO_MANY_RECIPIENTS / RECIPIENT_ALREADY_ASSIGNED with the regulation's words.
 */
export function AssignRecipient({ caregiver, onAssigned }: { caregiver: CaregiverDetailView; onAssigned: () => void }) {
  const { t } = useTranslation();
  const [elder, setElder] = useState<ResidentView | null>(null);
  const assign = useAssignRecipient(caregiver.id);
  const { form, onSubmit, problem, setProblem, pending } = useDtoForm<AssignValues, AssignRecipientDto>({
    Dto: AssignRecipientDto,
    required: { recipientId: th.caregivers.chooseElder },
    defaults: { recipientId: '', from: toBeInput(todayInBangkok()) },
    mode: 'onTouched',
    mutate: assign.mutateAsync,
    onSuccess: onAssigned,
  });
  const from = useWatch({ control: form.control, name: 'from' });
  const { errors, isSubmitted } = form.formState;
  const adl = useElderAdl(elder?.id);
  const latest = adl.data?.[0];
  const notEligible = adl.data !== undefined && (!latest || !latest.dependent);

  if (caregiver.status !== 'active') {
    return (
      <section className="card" data-testid="assign">
        <h2>{t('caregivers.assign.title')}</h2>
        <p className="muted" data-testid="assign-unavailable">
          {caregiver.status === 'in_training' ? t('caregivers.assign.trainee') : t('caregivers.assign.endedCaregiver')}
        </p>
      </section>
    );
  }

  const inCare = new Set(caregiver.recipients.filter((a) => a.current).map((a) => a.recipient.id));
  const statusOf = (r: ResidentView): ElderStatus => {
    if (r.id === caregiver.resident.id) return { eligible: false, badge: <span className="badge">{t('caregivers.assign.self')}</span> };
    if (inCare.has(r.id)) return { eligible: false, badge: <span className="badge">{t('caregivers.recipients.current')}</span> };
    return { eligible: true };
  };

  const chooseElder = (resident: ResidentView | null) => {
    setElder(resident);
    setProblem(null);
    form.setValue('recipientId', resident?.id ?? '', { shouldValidate: isSubmitted });
  };

  return (
    <section className="card" data-testid="assign">
      <h2>{t('caregivers.assign.title')}</h2>
      {caregiver.atMaximum && (
        <Alert tone="info" testId="assign-full">
          {t('caregivers.assign.full', { max: CAREGIVER_RULES.maxRecipients })}
        </Alert>
      )}
      <form onSubmit={onSubmit} noValidate data-testid="assign-form">
        {problem && <SaveProblemAlert problem={problem} />}
        <input type="hidden" {...form.register('recipientId')} />
        <ElderPicker
          name="recipientId"
          legend={t('caregivers.assign.elder')}
          hint={t('caregivers.assign.hint')}
          selected={elder}
          onSelect={chooseElder}
          statusOf={statusOf}
          error={errors.recipientId}
        >
          {elder && <AdlCheck residentId={elder.id} loading={adl.isPending} failed={adl.isError} latest={latest} />}
        </ElderPicker>
        <div className="grid">
          <Field name="from" label={t('caregivers.assign.from')} error={errors.from} hint={t('field.dateHint')} required>
            <DateInput name="from" value={from} registration={form.register('from')} invalid={!!errors.from} />
          </Field>
        </div>
        <button type="submit" className="btn btn--primary" disabled={pending || notEligible} data-testid="assign-save">
          {t('caregivers.assign.save')}
        </button>
      </form>
    </section>
  );
}

interface AdlCheckProps {
  residentId: string;
  loading: boolean;
  failed: boolean;
  latest: AdlAssessmentView | undefined;
}

/** The chosen elder's latest ADL: dependent (≤ 11) or not, or not assessed yet (with a link to assess). */
function AdlCheck({ residentId, loading, failed, latest }: AdlCheckProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const label = useLabel();
  if (loading) return <p className="muted">{t('caregivers.assign.checking')}</p>;
  if (failed) return null; // the API checks again on save
  if (!latest)
    return (
      <p className="adl-check adl-check--no" data-testid="adl-check" data-dependent="none">
        {t('caregivers.assign.noAdl')} <Link to={`/residents/${residentId}/adl`}>{t('caregivers.recipients.assess')}</Link>
      </p>
    );
  return (
    <p className={`adl-check adl-check--${latest.dependent ? 'yes' : 'no'}`} data-testid="adl-check" data-dependent={latest.dependent}>
      {t('caregivers.assign.latest', { total: latest.total, group: label(ADL_GROUP_LABELS, latest.group), date: formatDate(latest.assessedOn, lang) })}
      <br />
      <strong>{latest.dependent ? t('caregivers.assign.dependent') : t('caregivers.assign.notDependent')}</strong>
    </p>
  );
}
