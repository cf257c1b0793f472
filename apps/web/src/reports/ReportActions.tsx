import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ERROR_CODES, ReopenReportDto, SUBMITTABLE_STATUSES, type YearlyReport } from '@elderwork/contracts';
import { ApiError } from '../api/client';
import { useUser } from '../auth/auth-context';
import { useLang } from '../i18n';
import { describeError } from '../i18n/errors';
import { Alert } from '../ui/Alert';
import { Field } from '../ui/Field';
import { useDtoForm } from '../ui/forms';
import { applyServerErrors } from '../ui/server-errors';
import { ConfirmStepDialog, type ConfirmedStep } from './ConfirmStepDialog';
import { useReportStep, type ReportStep } from './queries';

interface ReopenForm {
  yearType: 'fiscal' | 'calendar';
  reason: string;
}

export type ReportStepDone = 'submitted' | 'approvedDone' | 'reopened' | 'returned' | 'withdrawn';

/** What the page says once a step went through. */
const DONE: Record<ReportStep, ReportStepDone> = { submit: 'submitted', approve: 'approvedDone', return: 'returned', withdraw: 'withdrawn', reopen: 'reopened' };

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
  onDone: (step: ReportStepDone) => void;
  onShowSubmitted: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { role } = useUser();
  const [reopening, setReopening] = useState(false);
  const [confirming, setConfirming] = useState<ConfirmedStep | null>(null);
  const { year, yearType, status, version } = report;
  const stepMutation = useReportStep(year, yearType);
  const busy = stepMutation.isPending;
  // One message for every refused step: the mutation's error.
  const problem = stepMutation.error;
  const isAdmin = role === 'lao_admin';
  const mayAct = role === 'staff' || isAdmin;
  const canSubmit = mayAct && version === 'live' && SUBMITTABLE_STATUSES.includes(status);
  const canWithdraw = mayAct && status === 'submitted';
  const canApprove = isAdmin && status === 'submitted' && version === 'submitted';
  const canReopen = isAdmin && status === 'approved';

  const take = (step: ReportStep, text: string | null = null) =>
    stepMutation.mutateAsync({ step, text }).then(
      () => onDone(DONE[step]),
      () => undefined, // shown through stepMutation.error
    ).finally(() => setConfirming(null));
  const confirm = (text: string | null) => {
    if (confirming) void take(confirming, text);
  };
  const reopenForm = useDtoForm<ReopenForm, ReopenReportDto>({
    Dto: ReopenReportDto,
    defaults: { yearType: report.yearType, reason: '' },
    mutate: (dto) => stepMutation.mutateAsync({ step: 'reopen', text: dto.reason }),
    onSuccess: () => onDone('reopened'),
    // The reason's own refusal goes onto its field; anything else is the actions' one message.
    problemOf: (error, setError, fields) => {
      if (error instanceof ApiError) applyServerErrors(error, setError, fields);
      return null;
    },
  });
  const form = reopenForm.form;

  return (
    <section className="card" data-testid="report-actions">
      <h2>{t('reports.actions.title')}</h2>
      {stepMutation.isError && (
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
          <button type="button" className="btn" disabled={busy} onClick={() => void take('withdraw')} data-testid="report-withdraw">
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
        <form onSubmit={reopenForm.onSubmit} noValidate className="reopen-form" data-testid="reopen-form">
          <Field name="reason" label={t('reports.actions.reason')} error={form.formState.errors.reason} required>
            <textarea id="reason" rows={2} maxLength={500} {...form.register('reason')} />
          </Field>
          <button type="submit" className="btn btn--danger" disabled={busy || reopenForm.pending} data-testid="reopen-save">
            {t('reports.actions.reopenSave')}
          </button>
        </form>
      )}
      {confirming && <ConfirmStepDialog step={confirming} report={report} busy={busy} onConfirm={confirm} onCancel={() => setConfirming(null)} />}
    </section>
  );
}
