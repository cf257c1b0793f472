import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { dtoResolver } from '../ui/forms';
import { useTranslation } from 'react-i18next';
import { ERROR_CODES, ReopenReportDto, SUBMITTABLE_STATUSES, type YearlyReport } from '@elderwork/contracts';
import { ApiError } from '../api/client';
import { reportsApi } from '../api/endpoints';
import { useUser } from '../auth/auth-context';
import { useLang } from '../i18n';
import { describeError } from '../i18n/errors';
import { Alert } from '../ui/Alert';
import { Field } from '../ui/Field';
import { ConfirmStepDialog, type ConfirmedStep } from './ConfirmStepDialog';

interface ReopenForm {
  yearType: 'fiscal' | 'calendar';
  reason: string;
}

const reopenResolver = dtoResolver<ReopenForm, ReopenReportDto>(ReopenReportDto);

export type ReportStepDone = 'submitted' | 'approvedDone' | 'reopened' | 'returned' | 'withdrawn';

/**
 * The steps the signed-in user may take now (decision 0019): submit (staff or admin, after a
 * confirmation with a note), withdraw (while it awaits approval); on the submitted version, the
 * admin approves it (confirmation and note) or returns it (with a reason); reopen an approved one.
 * Approval is offered on the submitted version only: what is signed is what was submitted. The API
 * checks all of it again (403 when approving one's own submission, 409 out of order).
 */
export function ReportActions({
  report,
  onDone,
  onShowSubmitted,
}: {
  report: YearlyReport;
  onDone: (report: YearlyReport, step: ReportStepDone) => void;
  onShowSubmitted: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { role } = useUser();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [reopening, setReopening] = useState(false);
  const [confirming, setConfirming] = useState<ConfirmedStep | null>(null);
  const form = useForm<ReopenForm, unknown, ReopenReportDto>({ resolver: reopenResolver, defaultValues: { yearType: report.yearType, reason: '' } });
  const { year, yearType, status, version } = report;
  const isAdmin = role === 'lao_admin';
  const mayAct = role === 'staff' || isAdmin;
  const canSubmit = mayAct && version === 'live' && SUBMITTABLE_STATUSES.includes(status);
  const canWithdraw = mayAct && status === 'submitted';
  const canApprove = isAdmin && status === 'submitted' && version === 'submitted';
  const canReopen = isAdmin && status === 'approved';

  const run = async (call: () => Promise<YearlyReport>, step: ReportStepDone) => {
    setProblem(null);
    setBusy(true);
    try {
      const done = await call();
      setConfirming(null);
      onDone(done, step);
    } catch (error) {
      setConfirming(null);
      setProblem(error);
    } finally {
      setBusy(false);
    }
  };
  const confirm = (text: string | null) => {
    if (confirming === 'submit') void run(() => reportsApi.submit(year, yearType, text), 'submitted');
    if (confirming === 'approve') void run(() => reportsApi.approve(year, yearType, text), 'approvedDone');
    if (confirming === 'return') void run(() => reportsApi.returnToStaff(year, yearType, text ?? ''), 'returned');
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
      {status === 'submitted' && isAdmin && version === 'live' && (
        <Alert tone="info" testId="submitted-notice">
          {t('reports.actions.submittedNotice')}{' '}
          <button type="button" className="btn btn--link" onClick={onShowSubmitted} data-testid="report-open-submitted">
            {t('reports.actions.openSubmitted')}
          </button>
        </Alert>
      )}
      {status === 'returned' && <p className="muted">{t('reports.actions.returnedNote')}</p>}
      {status === 'approved' && !isAdmin && <p className="muted">{t('reports.actions.doneNote')}</p>}
      <div className="button-row">
        {canSubmit && (
          <button type="button" className="btn btn--primary" disabled={busy} onClick={() => setConfirming('submit')} data-testid="report-submit">
            {t('reports.actions.submit')}
          </button>
        )}
        {canApprove && (
          <button type="button" className="btn btn--primary" disabled={busy} onClick={() => setConfirming('approve')} data-testid="report-approve">
            {t('reports.actions.approve')}
          </button>
        )}
        {canApprove && (
          <button type="button" className="btn btn--danger" disabled={busy} onClick={() => setConfirming('return')} data-testid="report-return">
            {t('reports.actions.return')}
          </button>
        )}
        {canWithdraw && (
          <button type="button" className="btn" disabled={busy} onClick={() => void run(() => reportsApi.withdraw(year, yearType), 'withdrawn')} data-testid="report-withdraw">
            {t('reports.actions.withdraw')}
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
      {confirming && <ConfirmStepDialog step={confirming} report={report} busy={busy} onConfirm={confirm} onCancel={() => setConfirming(null)} />}
    </section>
  );
}
