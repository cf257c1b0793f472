import { useDtoForm } from '../../ui/forms';
import { useTranslation } from 'react-i18next';
import { CreateIncomeRecordDto, currentMonth, SALES_CHANNEL_LABELS, SALES_CHANNELS, type JobPlacementView, type SalesChannel } from '@elderwork/contracts';
import { useLabel, useLang } from '../../i18n';
import { SaveProblemAlert } from '../../ui/SaveProblem';
import { Field } from '../../ui/Field';
import { formatMonth, previousMonth, recentMonths } from '../../ui/month';
import { useCreateIncome } from '../queries';

interface IncomeValues {
  month: string;
  amount: string;
  channel: SalesChannel;
  note: string;
}

/** The income that followed a placement: one month's pay, recorded as service income linked to it. */
export function PlacementIncomeForm({ placement, onSaved, onCancel }: { placement: JobPlacementView; onSaved: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const label = useLabel();
  // Months the placement covers, up to this month.
  const months = recentMonths(36).filter((m) => m >= placement.from.slice(0, 7) && (!placement.to || m <= placement.to.slice(0, 7)));
  const fallback = previousMonth(currentMonth());
  const create = useCreateIncome();
  const { form, onSubmit, problem, pending } = useDtoForm<IncomeValues, CreateIncomeRecordDto>({
    Dto: CreateIncomeRecordDto,
    input: (values) => ({ ...values, residentId: placement.resident.id, source: 'service', jobPlacementId: placement.id }),
    defaults: { month: months.includes(fallback) ? fallback : (months[0] ?? fallback), amount: '', channel: 'order', note: '' },
    mutate: create.mutateAsync,
    onSuccess: onSaved,
  });
  const { errors } = form.formState;

  return (
    <form onSubmit={onSubmit} noValidate className="payment-form" data-testid="placement-income-form">
      <h3>{t('occupations.job.incomeTitle', { name: placement.resident.name })}</h3>
      {problem && <SaveProblemAlert problem={problem} />}
      <div className="grid">
        <Field name="month" label={t('occupations.job.incomeMonth')} error={errors.month} required>
          <select id="month" {...form.register('month')}>
            {months.map((m) => (
              <option key={m} value={m}>
                {formatMonth(m, lang)}
              </option>
            ))}
          </select>
        </Field>
        <Field name="amount" label={t('occupations.job.incomeAmount')} error={errors.amount} required>
          <input id="amount" inputMode="decimal" autoComplete="off" aria-invalid={errors.amount ? true : undefined} {...form.register('amount')} />
        </Field>
        <Field name="channel" label={t('occupations.job.incomeChannel')} error={errors.channel} required>
          <select id="channel" {...form.register('channel')}>
            {SALES_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {label(SALES_CHANNEL_LABELS, c)}
              </option>
            ))}
          </select>
        </Field>
        <Field name="note" label={t('occupations.job.note')} error={errors.note}>
          <input id="note" autoComplete="off" maxLength={500} {...form.register('note')} />
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn--primary" disabled={pending} data-testid="placement-income-save">
          {t('occupations.job.incomeSave')}
        </button>
        <button type="button" className="btn btn--ghost" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
