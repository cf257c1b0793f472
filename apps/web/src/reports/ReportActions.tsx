import { useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { classValidatorResolver } from '@hookform/resolvers/class-validator';
import { useTranslation } from 'react-i18next';
import { ERROR_CODES, ReopenReportDto, type YearlyReport } from '@elderwork/contracts';
import { ApiError } from '../api/client';
import { reportsApi } from '../api/endpoints';
import { useUser } from '../auth/auth-context';
import { useLang } from '../i18n';
import { describeError } from '../i18n/errors';
import { Alert } from '../ui/Alert';
import { Field } from '../ui/Field';

interface ReopenForm {
  yearType: 'fiscal' | 'calendar';
  reason: string;
}

const reopenResolver = classValidatorResolver(ReopenReportDto) as unknown as Resolver<ReopenForm, unknown, ReopenReportDto>;

export type ReportStepDone = 'submitted' | 'approvedDone' | 'reopened';

/**
 * The steps the signed-in user may take on the live report now: submit (staff or admin, from draft
 * or reopened), approve (admin, when submitted) and reopen with a reason (admin, when approved).
 * The API checks all of it again (403 when approving one's own submission, 409 out of order).
 */
export function ReportActions({ report, onDone }: { report: YearlyReport; onDone: (report: YearlyReport, step: ReportStepDone) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { role } = useUser();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [reopening, setReopening] = useState(false);
  const form = useForm<ReopenForm, unknown, ReopenReportDto>({ resolver: reopenResolver, defaultValues: { yearType: report.yearType, reason: '' } });
  const { year, yearType, status } = report;
  const isAdmin = role === 'lao_admin';
  const canSubmit = (role === 'staff' || isAdmin) && (status === 'draft' || status === 'reopened');
  const canApprove = isAdmin && status === 'submitted';
  const canReopen = isAdmin && status === 'approved';

  const run = async (call: () => Promise<YearlyReport>, step: ReportStepDone) => {
    setProblem(null);
    setBusy(true);
    try {
      onDone(await call(), step);
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  };
  const reopen = form.handleSubmit((dto) => run(() => reportsApi.reopen(year, yearType, dto.reason), 'reopened'));

  return (
    <section className="card" data-testid="report-actions">
      <h2>{t('reports.actions.title')}</h2>
      {problem !== null && (
        <Alert tone="error" testId="report-action-error">
          {problem instanceof ApiError && problem.code === ERROR_CODES.reportState && lang === 'en'
            ? t('reports.actions.stateError')
            : describeError(problem, lang, t)}
        </Alert>
      )}
      {status === 'submitted' && !isAdmin && <p className="muted">{t('reports.actions.waiting')}</p>}
      {status === 'approved' && !isAdmin && <p className="muted">{t('reports.actions.doneNote')}</p>}
      <div className="button-row">
        {canSubmit && (
          <button type="button" className="btn btn--primary" disabled={busy} onClick={() => void run(() => reportsApi.submit(year, yearType), 'submitted')} data-testid="report-submit">
            {t('reports.actions.submit')}
          </button>
        )}
        {canApprove && (
          <button type="button" className="btn btn--primary" disabled={busy} onClick={() => void run(() => reportsApi.approve(year, yearType), 'approvedDone')} data-testid="report-approve">
            {t('reports.actions.approve')}
          </button>
        )}
        {canReopen && (
          <button type="button" className="btn btn--danger" aria-expanded={reopening} onClick={() => setReopening((open) => !open)} data-testid="report-reopen">
            {t('reports.actions.reopen')}
          </button>
        )}
      </div>
      {canReopen && reopening && (
        <form onSubmit={reopen} noValidate className="reopen-form" data-testid="reopen-form">
          <Field name="reason" label={t('reports.actions.reason')} error={form.formState.errors.reason} required>
            <textarea id="reason" rows={2} maxLength={500} {...form.register('reason')} />
          </Field>
          <button type="submit" className="btn btn--danger" disabled={busy || form.formState.isSubmitting} data-testid="reopen-save">
            {t('reports.actions.reopenSave')}
          </button>
        </form>
      )}
    </section>
  );
}
