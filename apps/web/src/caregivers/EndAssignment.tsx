import { useWatch } from 'react-hook-form';
import { useDtoForm } from '../ui/forms';
import { useTranslation } from 'react-i18next';
import { EndAssignmentDto, type CareAssignmentView } from '@elderwork/contracts';
import { todayInBangkok } from '@elderwork/thai';
import { toBeInput } from '../i18n/format';
import { SaveProblemAlert } from '../ui/SaveProblem';
import { DateInput } from '../ui/DateInput';
import { Field } from '../ui/Field';
import { useEndAssignment } from './queries';

interface EndValues {
  to: string;
  reason: string;
}

interface EndAssignmentProps {
  caregiverId: string;
  assignment: CareAssignmentView;
  /** Filled in (an elder no longer dependent: the assessment's day and reason); else today and no reason. */
  defaults?: EndValues;
  onEnded: () => void;
}

/** `to` is the last day of care (inclusive); the API refuses a day before the start or before the last visit. */
export function EndAssignment({ caregiverId, assignment, defaults, onEnded }: EndAssignmentProps) {
  const { t } = useTranslation();
  const end = useEndAssignment(caregiverId, assignment.recipient.id);
  const { form, onSubmit, problem, pending } = useDtoForm<EndValues, EndAssignmentDto>({
    Dto: EndAssignmentDto,
    defaults: defaults ?? { to: toBeInput(todayInBangkok()), reason: '' },
    mutate: end.mutateAsync,
    onSuccess: onEnded,
  });
  const to = useWatch({ control: form.control, name: 'to' });
  const { errors } = form.formState;

  return (
    <form onSubmit={onSubmit} noValidate data-testid="end-form">
      <h3>
        {t('caregivers.recipients.end')}: {assignment.recipient.name}
      </h3>
      {problem && <SaveProblemAlert problem={problem} />}
      <div className="grid">
        <Field name="to" label={t('caregivers.recipients.endTo')} error={errors.to} hint={t('field.dateHint')} required>
          <DateInput name="to" value={to} registration={form.register('to')} invalid={!!errors.to} />
        </Field>
        <Field name="reason" label={t('caregivers.recipients.endReason')} error={errors.reason} className="span-2">
          <textarea id="reason" rows={2} maxLength={500} {...form.register('reason')} />
        </Field>
      </div>
      <button type="submit" className="btn btn--danger" disabled={pending} data-testid="end-save">
        {t('caregivers.recipients.endSave')}
      </button>
    </form>
  );
}
