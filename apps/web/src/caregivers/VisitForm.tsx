import { useState } from 'react';
import { useWatch, type FieldError as HookFieldError } from 'react-hook-form';
import { useDtoForm } from '../ui/forms';
import { useTranslation } from 'react-i18next';
import { CreateCareVisitDto, VISIT_ACTIVITIES, VISIT_ACTIVITY_LABELS, type CareAssignmentView, type CareVisitView } from '@elderwork/contracts';
import { addDays, todayInBangkok } from '@elderwork/thai';
import { useLabel } from '../i18n';
import { toBeInput } from '../i18n/format';
import { th } from '../i18n/th';
import { SaveProblemAlert } from '../ui/SaveProblem';
import { Alert } from '../ui/Alert';
import { DateInput } from '../ui/DateInput';
import { Field } from '../ui/Field';
import { FieldError } from '../ui/FieldError';
import { useCreateVisit } from './queries';

export interface VisitValues {
  caregiverId: string;
  recipientId: string;
  visitedOn: string;
  minutes: string;
  activities: string[];
  note: string;
}

const QUICK_MINUTES = [30, 60, 120, 240] as const;

interface VisitFormProps {
  caregiverId: string;
  /** The caregiver's current recipients: a visit needs an assignment current on its day. */
  recipients: CareAssignmentView[];
}

/**
 * The visit log as a phone form: one elder from the caregiver's own, the date (today in Bangkok
 * unless changed), minutes with quick buttons, and the care given as large tick boxes.
 */
export function VisitForm({ caregiverId, recipients }: VisitFormProps) {
  const { t } = useTranslation();
  const label = useLabel();
  const [saved, setSaved] = useState<CareVisitView | null>(null);
  const create = useCreateVisit();
  const today = todayInBangkok();
  const blank = (keep?: Pick<VisitValues, 'recipientId' | 'visitedOn'>): VisitValues => ({
    caregiverId,
    recipientId: keep?.recipientId ?? (recipients.length === 1 ? recipients[0].recipient.id : ''),
    visitedOn: keep?.visitedOn ?? toBeInput(today),
    minutes: '',
    activities: [],
    note: '',
  });
  // 400 noCurrentAssignment names recipientId; visitInFuture names visitedOn.
  const { form, onSubmit, problem, pending } = useDtoForm<VisitValues, CreateCareVisitDto, CareVisitView>({
    Dto: CreateCareVisitDto,
    required: { recipientId: th.caregivers.visit.chooseRecipientError },
    defaults: blank(),
    mode: 'onTouched',
    mutate: (dto) => {
      setSaved(null);
      return create.mutateAsync(dto);
    },
    onSuccess: (visit, dto) => {
      setSaved(visit);
      form.reset(blank({ recipientId: dto.recipientId, visitedOn: form.getValues('visitedOn') }));
    },
  });
  const [visitedOn, minutes] = useWatch({ control: form.control, name: ['visitedOn', 'minutes'] });
  const { errors, isSubmitted } = form.formState;
  const set = (name: 'visitedOn' | 'minutes', value: string) => form.setValue(name, value, { shouldValidate: isSubmitted, shouldDirty: true });

  // The date's registration carries the test id onto DateInput's <input> (it spreads the registration).
  const dateRegistration = { ...form.register('visitedOn'), 'data-testid': 'visit-date' };

  return (
    <form onSubmit={onSubmit} noValidate className="visit-form" data-testid="visit-form">
      {saved && (
        <Alert tone="success" testId="visit-flash">
          {t('caregivers.visit.saved', { name: saved.recipient.name, minutes: saved.minutes })}
        </Alert>
      )}
      {problem && <SaveProblemAlert problem={problem} />}
      <input type="hidden" {...form.register('caregiverId')} />
      <Field name="recipientId" label={t('caregivers.visit.recipient')} error={errors.recipientId} required>
        <select id="recipientId" aria-invalid={errors.recipientId ? true : undefined} data-testid="visit-recipient" {...form.register('recipientId')}>
          <option value="">{t('caregivers.visit.chooseRecipient')}</option>
          {recipients.map((a) => (
            <option key={a.recipient.id} value={a.recipient.id}>
              {a.recipient.name}
            </option>
          ))}
        </select>
      </Field>
      <Field name="visitedOn" label={t('caregivers.visit.visitedOn')} error={errors.visitedOn} hint={t('field.dateHint')} required>
        <div className="quick-row">
          <button type="button" className="chip-button" aria-pressed={visitedOn === toBeInput(today)} onClick={() => set('visitedOn', toBeInput(today))} data-testid="visited-today">
            {t('caregivers.visit.today')}
          </button>
          <button
            type="button"
            className="chip-button"
            aria-pressed={visitedOn === toBeInput(addDays(today, -1))}
            onClick={() => set('visitedOn', toBeInput(addDays(today, -1)))}
            data-testid="visited-yesterday"
          >
            {t('caregivers.visit.yesterday')}
          </button>
        </div>
        <DateInput name="visitedOn" value={visitedOn} registration={dateRegistration} invalid={!!errors.visitedOn} />
      </Field>
      <Field name="minutes" label={t('caregivers.visit.minutes')} error={errors.minutes} required>
        <div className="quick-row">
          {QUICK_MINUTES.map((n) => (
            <button
              key={n}
              type="button"
              className="chip-button"
              aria-pressed={minutes === String(n)}
              onClick={() => set('minutes', String(n))}
              data-testid={`minutes-${n}`}
            >
              {n < 60 ? t('caregivers.visit.quickMinutes', { n }) : t('caregivers.visit.quickHours', { n: n / 60 })}
            </button>
          ))}
        </div>
        <input
          id="minutes"
          type="number"
          inputMode="numeric"
          min={1}
          max={720}
          step={1}
          aria-invalid={errors.minutes ? true : undefined}
          data-testid="visit-minutes"
          {...form.register('minutes')}
        />
      </Field>
      <fieldset className={`activity-chips${errors.activities ? ' field--invalid' : ''}`} data-testid="visit-activities">
        <legend>
          {t('caregivers.visit.activities')}
          <span className="required" aria-hidden="true"> *</span>
        </legend>
        <div className="chips">
          {VISIT_ACTIVITIES.map((a) => (
            <label key={a} className="chip">
              <input type="checkbox" value={a} data-testid={`activity-${a}`} {...form.register('activities')} />
              <span>{label(VISIT_ACTIVITY_LABELS, a)}</span>
            </label>
          ))}
        </div>
        <FieldError name="activities" error={errors.activities as HookFieldError | undefined} />
      </fieldset>
      <Field name="note" label={t('caregivers.visit.note')} error={errors.note}>
        <textarea id="note" rows={2} maxLength={500} data-testid="visit-note" {...form.register('note')} />
      </Field>
      <button type="submit" className="btn btn--primary btn--block btn--large" disabled={pending || recipients.length === 0} data-testid="visit-save">
        {t('caregivers.visit.save')}
      </button>
    </form>
  );
}
