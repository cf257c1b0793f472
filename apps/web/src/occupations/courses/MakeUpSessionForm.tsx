import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { dtoResolver } from '../../ui/forms';
import { useTranslation } from 'react-i18next';
import { CreateSessionDto } from '@elderwork/contracts';
import { coursesApi } from '../../api/endpoints';
import { problemOf, SaveProblemAlert, type SaveProblem } from '../../ui/SaveProblem';
import { Alert } from '../../ui/Alert';
import { DateInput } from '../../ui/DateInput';
import { Field } from '../../ui/Field';

interface MakeUpValues {
  date: string;
  note: string;
}

const FIELDS = ['date', 'note'] as const;
const resolver = dtoResolver<MakeUpValues, CreateSessionDto>(CreateSessionDto);

/** A make-up session (it may fall after the planned end); time and hours default to the course's. */
export function MakeUpSessionForm({ courseId, onAdded }: { courseId: string; onAdded: () => void }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<MakeUpValues, unknown, CreateSessionDto>({ resolver, defaultValues: { date: '', note: '' } });
  const date = useWatch({ control: form.control, name: 'date' });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (dto) => {
    setProblem(null);
    setSaved(false);
    try {
      await coursesApi.addSession(courseId, dto);
      form.reset({ date: '', note: '' });
      setSaved(true);
      onAdded();
    } catch (error) {
      setProblem(problemOf(error, form.setError, FIELDS));
    }
  });

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
      <button type="submit" className="btn" disabled={isSubmitting} data-testid="makeup-save">
        {t('occupations.course.makeUp')}
      </button>
    </form>
  );
}
