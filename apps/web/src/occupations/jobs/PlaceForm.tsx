import { useWatch } from 'react-hook-form';
import { useDtoForm } from '../../ui/forms';
import { useTranslation } from 'react-i18next';
import { CreateJobPlacementDto, type JobMatchView } from '@elderwork/contracts';
import { todayInBangkok } from '@elderwork/thai';
import { toBeInput } from '../../i18n/format';
import { SaveProblemAlert } from '../../ui/SaveProblem';
import { DateInput } from '../../ui/DateInput';
import { Field } from '../../ui/Field';
import { usePlace } from '../queries';

interface PlaceValues {
  from: string;
  to: string;
  note: string;
}

/** Record that an elder was placed in the job, from a date (and until one, if known). */
export function PlaceForm({ jobId, match, onPlaced, onCancel }: { jobId: string; match: JobMatchView; onPlaced: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const place = usePlace(jobId);
  // JOB_FULL and overlapping placements name the start date.
  const { form, onSubmit, problem, pending } = useDtoForm<PlaceValues, CreateJobPlacementDto>({
    Dto: CreateJobPlacementDto,
    input: (values) => ({ ...values, residentId: match.residentId }),
    defaults: { from: toBeInput(todayInBangkok()), to: '', note: '' },
    extraFields: ['residentId'],
    mutate: place.mutateAsync,
    onSuccess: onPlaced,
  });
  const [from, to] = useWatch({ control: form.control, name: ['from', 'to'] });
  const { errors } = form.formState;

  return (
    <form onSubmit={onSubmit} noValidate className="payment-form" data-testid="place-form">
      <h3>{t('occupations.job.placeTitle', { name: match.name })}</h3>
      {problem && <SaveProblemAlert problem={problem} />}
      <div className="grid">
        <Field name="from" label={t('occupations.job.from')} error={errors.from} hint={t('field.dateHint')} required>
          <DateInput name="from" value={from} registration={form.register('from')} invalid={!!errors.from} />
        </Field>
        <Field name="to" label={t('occupations.job.to')} error={errors.to}>
          <DateInput name="to" value={to} registration={form.register('to')} invalid={!!errors.to} />
        </Field>
        <Field name="note" label={t('occupations.job.note')} error={errors.note}>
          <input id="note" autoComplete="off" maxLength={500} {...form.register('note')} />
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn--primary" disabled={pending} data-testid="placement-save">
          {t('occupations.job.placeSave')}
        </button>
        <button type="button" className="btn btn--ghost" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
