import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { dtoResolver } from '../ui/forms';
import { useTranslation } from 'react-i18next';
import { MarkStipendPaidDto, type StipendView } from '@elderwork/contracts';
import { todayInBangkok } from '@elderwork/thai';
import { stipendsApi } from '../api/endpoints';
import { toBeInput } from '../i18n/format';
import { problemOf, SaveProblemAlert, type SaveProblem } from '../ui/SaveProblem';
import { DateInput } from '../ui/DateInput';
import { Field } from '../ui/Field';

const resolver = dtoResolver<{ paidOn: string }, MarkStipendPaidDto>(MarkStipendPaidDto);

/** Mark one stipend paid (once only: 409 STIPEND_ALREADY_PAID says when it was). */
export function PayStipend({ stipend, onPaid }: { stipend: StipendView; onPaid: () => void }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const form = useForm<{ paidOn: string }, unknown, MarkStipendPaidDto>({ resolver, defaultValues: { paidOn: toBeInput(todayInBangkok()) } });
  const paidOn = useWatch({ control: form.control, name: 'paidOn' });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (dto) => {
    setProblem(null);
    try {
      await stipendsApi.markPaid(stipend.id, dto);
      onPaid();
    } catch (error) {
      setProblem(problemOf(error, form.setError, ['paidOn']));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="pay-form" data-testid="pay-form">
      {problem && <SaveProblemAlert problem={problem} />}
      <div className="grid">
        <Field name="paidOn" label={t('caregivers.stipends.paidOn')} error={errors.paidOn} hint={t('field.dateHint')} required>
          <DateInput name="paidOn" value={paidOn} registration={form.register('paidOn')} invalid={!!errors.paidOn} />
        </Field>
        <div className="field field--action">
          <button type="submit" className="btn btn--primary" disabled={isSubmitting} data-testid="stipend-pay-save">
            {t('caregivers.stipends.paySave')}
          </button>
        </div>
      </div>
    </form>
  );
}
