import { useEffect, useRef } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { dtoResolver } from '../ui/forms';
import { useTranslation } from 'react-i18next';
import { MODEL_LABELS, ReportNoteDto, ReturnReportDto, type YearlyReport } from '@elderwork/contracts';
import { useLabel, useLang } from '../i18n';
import { formatMoney } from '../ui/money';
import { Field } from '../ui/Field';

const number = new Intl.NumberFormat('th-TH');

/** The steps that ask for confirmation: submit and approve take a note, return a reason. */
export type ConfirmedStep = 'submit' | 'approve' | 'return';

interface StepForm {
  yearType: 'fiscal' | 'calendar';
  note: string;
  reason: string;
}

// Checked with the server's own DTOs: a note is optional, a reason required, both at most 500 characters.
const resolvers: Record<ConfirmedStep, Resolver<StepForm>> = {
  submit: dtoResolver<StepForm>(ReportNoteDto),
  approve: dtoResolver<StepForm>(ReportNoteDto),
  return: dtoResolver<StepForm>(ReturnReportDto),
};

/**
 * "Are you sure?" before a step that others rely on: the figures the step is about (the ones being
 * submitted, or the submitted ones being approved / sent back), and a note or reason kept with the step.
 */
export function ConfirmStepDialog({
  step,
  report,
  busy,
  onConfirm,
  onCancel,
}: {
  step: ConfirmedStep;
  report: YearlyReport;
  busy: boolean;
  onConfirm: (text: string | null) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const lang = useLang();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const form = useForm<StepForm>({ resolver: resolvers[step], defaultValues: { yearType: report.yearType, note: '', reason: '' } });
  const field = step === 'return' ? 'reason' : 'note';

  useEffect(() => {
    cancelRef.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onCancel();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onCancel]);

  const confirm = form.handleSubmit((values) => onConfirm(values[field]?.trim() || null));

  return (
    <div className="drill-backdrop" onClick={(e) => e.target === e.currentTarget && onCancel()}>
      <section className="confirm-panel card" role="dialog" aria-modal="true" aria-labelledby="confirm-title" data-testid="confirm-dialog" data-step={step}>
        <h2 id="confirm-title">{t(`reports.confirm.${step}Title`, { year: report.year })}</h2>
        <p>{t(`reports.confirm.${step}Body`)}</p>
        <div className="table-wrap">
          <table data-testid="confirm-figures">
            <thead>
              <tr>
                <th>{t('reports.model')}</th>
                <th className="num">{t('reports.persons')}</th>
                <th className="num">{t('reports.income')}</th>
              </tr>
            </thead>
            <tbody>
              {report.models.map((m) => (
                <tr key={m.model}>
                  <td>{label(MODEL_LABELS, m.model)}</td>
                  <td className="num">{number.format(m.persons)}</td>
                  <td className="num">{formatMoney(m.income, lang)}</td>
                </tr>
              ))}
              <tr className="total-row">
                <td>{t('reports.total')}</td>
                <td className="num" data-testid="confirm-total-persons">
                  {number.format(report.total.persons)}
                </td>
                <td className="num" data-testid="confirm-total-income">
                  {formatMoney(report.total.income, lang)}
                </td>
              </tr>
            </tbody>
          </table>
        </div>
        <form onSubmit={confirm} noValidate>
          <Field name={field} label={t(`reports.confirm.${field}`)} error={form.formState.errors[field]} required={step === 'return'}>
            <textarea id={field} rows={3} maxLength={500} {...form.register(field)} data-testid="confirm-text" />
          </Field>
          <div className="button-row">
            <button type="submit" className={`btn ${step === 'return' ? 'btn--danger' : 'btn--primary'}`} disabled={busy} data-testid="confirm-ok">
              {t(`reports.confirm.${step}Ok`)}
            </button>
            <button type="button" className="btn" ref={cancelRef} onClick={onCancel} data-testid="confirm-cancel">
              {t('reports.confirm.cancel')}
            </button>
          </div>
        </form>
      </section>
    </div>
  );
}
