import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useDtoForm } from '../../ui/forms';
import { useTranslation } from 'react-i18next';
import { CreateSessionDto } from '@elderwork/contracts';
import { SaveProblemAlert } from '../../ui/SaveProblem';
import { Alert } from '../../ui/Alert';
import { DateInput } from '../../ui/DateInput';
import { Field } from '../../ui/Field';
import { useAddSession } from '../queries';

interface MakeUpValues {
  date: string;
  note: string;
}


/** A make-up session (it may fall after the planned end); time and hours default to the course's. */
export function MakeUpSessionForm({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  const add = useAddSession(courseId);
  const { form, onSubmit, problem, pending } = useDtoForm<MakeUpValues, CreateSessionDto>({
    Dto: CreateSessionDto,
    defaults: { date: '', note: '' },
    mutate: (dto) => {
      setSaved(false);
      return add.mutateAsync(dto);
    },
    onSuccess: () => {
      form.reset({ date: '', note: '' });
      setSaved(true);
    },
  });
  const date = useWatch({ control: form.control, name: 'date' });
  const { errors } = form.formState;

  return (
    <form onSubmit={onSubmit} noValidate className="payment-form" data-testid="makeup-form">
      <h3>{t('occupations.course.makeUp')}</h3>
      {problem && <SaveProblemAlert problem={problem} />}
      {saved && (
        <Alert tone="success" testId="makeup-flash">
          {t('occupations.course.sessionSaved')}
        </Alert>
      )}
      <div className="grid">
        <Field name="date" label={t('occupations.course.makeUpDate')} error={errors.date} hint={t('field.dateHint')} required>
          <DateInput name="date" value={date} registration={form.register('date')} invalid={!!errors.date} />
        </Field>
        <Field name="note" label={t('placements.note')} error={errors.note}>
          <input id="note" autoComplete="off" maxLength={500} {...form.register('note')} />
        </Field>
      </div>
      <button type="submit" className="btn" disabled={pending} data-testid="makeup-save">
        {t('occupations.course.makeUp')}
      </button>
    </form>
  );
}
