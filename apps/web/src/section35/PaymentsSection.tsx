import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { dtoResolver } from '../ui/forms';
import { useTranslation } from 'react-i18next';
import { CreatePaymentDto, type PlacementView } from '@elderwork/contracts';
import { formatBaht, todayInBangkok } from '@elderwork/thai';
import { placementsApi } from '../api/endpoints';
import { useLang } from '../i18n';
import { formatDate, toBeInput } from '../i18n/format';
import { Alert } from '../ui/Alert';
import { DateInput } from '../ui/DateInput';
import { Field } from '../ui/Field';
import { formatMoney, satangOf } from '../ui/money';
import { problemOf, SaveProblemAlert, type SaveProblem } from '../ui/SaveProblem';

interface PaymentFormValues {
  paidOn: string;
  amount: string;
  reference: string;
}

const PAYMENT_FIELDS = ['paidOn', 'amount', 'reference'] as const;
const resolver = dtoResolver<PaymentFormValues, CreatePaymentDto>(CreatePaymentDto);

const blank = (): PaymentFormValues => ({ paidOn: toBeInput(todayInBangkok()), amount: '', reference: '' });

/** Payments the employer made under this arrangement, and a form for the next one. */
export function PaymentsSection({ placement, onAdded }: { placement: PlacementView; onAdded: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<PaymentFormValues, unknown, CreatePaymentDto>({ resolver, defaultValues: blank(), mode: 'onTouched' });
  const paidOn = useWatch({ control: form.control, name: 'paidOn' });
  const { errors, isSubmitting } = form.formState;
  const remainingSatang = satangOf(placement.value) - satangOf(placement.paidToDate);

  const onSubmit = form.handleSubmit(async (dto) => {
    setProblem(null);
    setSaved(false);
    try {
      await placementsApi.addPayment(placement.id, dto);
      form.reset(blank());
      setSaved(true);
      onAdded();
    } catch (error) {
      setProblem(problemOf(error, form.setError, PAYMENT_FIELDS));
    }
  });

  return (
    <section className="card" data-testid="payments">
      <h2>{t('payments.title')}</h2>
      {placement.payments.length === 0 ? (
        <p className="muted">{t('payments.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table data-testid="payment-table">
            <thead>
              <tr>
                <th>{t('payments.paidOn')}</th>
                <th className="num">{t('payments.amount')}</th>
                <th>{t('payments.reference')}</th>
              </tr>
            </thead>
            <tbody>
              {placement.payments.map((p) => (
                <tr key={p.id} data-testid="payment-row">
                  <td className="nowrap">{formatDate(p.paidOn, lang)}</td>
                  <td className="num mono">{formatMoney(p.amount, lang)}</td>
                  <td>{p.reference ?? '–'}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th>{t('payments.total')}</th>
                <th className="num mono">{formatMoney(placement.paidToDate, lang)}</th>
                <th />
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      {saved && (
        <Alert tone="success" testId="payment-flash">
          {t('payments.saved')}
        </Alert>
      )}
      {remainingSatang <= 0 ? (
        <p className="muted" data-testid="fully-paid">
          {t('payments.fullyPaid')}
        </p>
      ) : (
        <form onSubmit={onSubmit} noValidate className="payment-form" data-testid="payment-form">
          <h3>{t('payments.add')}</h3>
          {problem && <SaveProblemAlert problem={problem} />}
          <div className="grid">
            <Field name="paidOn" label={t('payments.paidOn')} error={errors.paidOn} hint={t('field.dateHint')} required>
              <DateInput name="paidOn" value={paidOn} registration={form.register('paidOn')} invalid={!!errors.paidOn} />
            </Field>
            <Field
              name="amount"
              label={t('payments.amount')}
              error={errors.amount}
              hint={`${t('placement.remaining')} ${formatBaht(remainingSatang, lang, { unit: true })}`}
              required
            >
              <input
                id="amount"
                inputMode="decimal"
                autoComplete="off"
                placeholder={formatBaht(remainingSatang, lang)}
                aria-invalid={errors.amount ? true : undefined}
                aria-describedby="amount-hint"
                {...form.register('amount')}
              />
            </Field>
            <Field name="reference" label={t('payments.reference')} error={errors.reference}>
              <input id="reference" autoComplete="off" {...form.register('reference')} />
            </Field>
          </div>
          <button type="submit" className="btn btn--primary" disabled={isSubmitting} data-testid="payment-save">
            {t('payments.add')}
          </button>
        </form>
      )}
    </section>
  );
}
