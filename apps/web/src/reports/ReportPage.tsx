import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { REPORT_VERSIONS } from '@elderwork/contracts';
import { ApiError } from '../api/client';
import type { ReportFilter, ReportVersion, YearType } from '../api/endpoints';
import { useLang } from '../i18n';
import { formatDate, formatDateTime } from '../i18n/format';
import { YearFields } from '../ui/YearFields';
import { Alert } from '../ui/Alert';
import { LoadError } from '../ui/LoadError';
import { DrillDown } from './DrillDown';
import { currentFiscalYear } from '../ui/YearFields';
import { isYearType } from '../ui/report-labels';
import { ReportActions, type ReportStepDone } from './ReportActions';
import { ReportDownloads } from './ReportDownloads';
import { ReportFigures } from './ReportFigures';
import { useYearlyReport } from './queries';
import { ReportStatusBadge } from './ReportStatusBadge';
import { StepsHistory } from './StepsHistory';
import { SubmissionChanges } from './SubmissionChanges';

/**
 * รายงานประจำปี of the LAO for a BE year (fiscal by default, or calendar): live or approved, its
 * figures per model, the approval steps, the records behind any live figure, and the PDF/XLSX of the
 * version shown. Year, year type and version live in the URL.
 */
export function ReportPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || currentFiscalYear();
  const yearTypeParam = params.get('yearType');
  const yearType: YearType = isYearType(yearTypeParam) ? yearTypeParam : 'fiscal';
  const versionParam = params.get('version');
  const version: ReportVersion = REPORT_VERSIONS.find((v) => v === versionParam) ?? 'live';
  const key = `${year}:${yearType}:${version}`;
  const yearly = useYearlyReport(year, yearType, version);
  const error = yearly.error;
  const [drill, setDrill] = useState<ReportFilter | null>(null);
  const [flash, setFlash] = useState<{ key: string; step: ReportStepDone } | null>(null);
  const closeDrill = useCallback(() => setDrill(null), []);

  const show = (next: { year?: number; yearType?: YearType; version?: ReportVersion }) => {
    setDrill(null);
    setParams({ year: String(next.year ?? year), yearType: next.yearType ?? yearType, version: next.version ?? version });
  };
  const notFound = error instanceof ApiError && error.status === 404;
  const noApproved = version === 'approved' && notFound;
  const noSubmitted = version === 'submitted' && notFound;
  // Each year, year type and version has its own key: the answer shown is the one asked for.
  const report = yearly.data;

  return (
    <section>
      <div className="page-head">
        <h1>
          {t('reports.title')}
          {report && (
            <small className="muted" data-testid="report-period">
              {report.lao.name} · {t('reports.period', { start: formatDate(report.period.start, lang, 'long'), end: formatDate(report.period.end, lang, 'long') })}
            </small>
          )}
        </h1>
        {report && <ReportStatusBadge status={report.status} />}
        {report && <ReportDownloads key={key} report={report} />}
      </div>

      <form className="card filters" onSubmit={(e) => e.preventDefault()}>
        <div className="grid">
          <YearFields year={year} yearType={yearType} onChange={(y, type) => show({ year: y ?? currentFiscalYear(), yearType: type })} />
          <div className="field span-2">
            <span className="field-label" id="version-label">
              {t('reports.version')}
            </span>
            <div className="segmented" role="group" aria-labelledby="version-label">
              {REPORT_VERSIONS.map((v) => (
                <button key={v} type="button" className="btn" aria-pressed={version === v} onClick={() => show({ version: v })} data-testid={`version-${v}`}>
                  {t(`reports.${v}`)}
                </button>
              ))}
            </div>
          </div>
        </div>
      </form>

      {flash?.key === `${year}:${yearType}` && (
        <Alert tone="success" testId="report-flash">
          {t(`reports.actions.${flash.step}`)}
        </Alert>
      )}
      {noApproved && (
        <Alert tone="info" testId="no-approved">
          {t('reports.noApproved')}{' '}
          <button type="button" className="btn btn--link" onClick={() => show({ version: 'live' })}>
            {t('reports.seeLive')}
          </button>
        </Alert>
      )}
      {noSubmitted && (
        <Alert tone="info" testId="no-submitted">
          {t('reports.noSubmitted')}{' '}
          <button type="button" className="btn btn--link" onClick={() => show({ version: 'live' })}>
            {t('reports.seeLive')}
          </button>
        </Alert>
      )}
      {yearly.isError && !noApproved && !noSubmitted && <LoadError query={yearly} />}

      {report && (
        <>
          <p className="muted" data-testid="version-note">
            {report.version === 'approved' && report.approvedAt
              ? t('reports.approvedNote', { at: formatDateTime(report.approvedAt, lang) })
              : report.version === 'submitted' && report.submittedAt
                ? t('reports.submittedNote', { at: formatDateTime(report.submittedAt, lang) })
                : t('reports.liveNote')}
          </p>
          {report.version !== 'approved' && (
            <ReportActions
              report={report}
              onShowSubmitted={() => show({ version: 'submitted' })}
              onDone={(step) => {
                setFlash({ key: `${year}:${yearType}`, step });
                // The step refreshed the report's queries; after a return or withdrawal the live version is the one to read.
                if (step === 'returned' || step === 'withdrawn') show({ version: 'live' });
              }}
            />
          )}
          {report.version === 'submitted' && report.changesSinceSubmission && <SubmissionChanges changes={report.changesSinceSubmission} />}
          <ReportFigures report={report} onDrill={report.version === 'live' ? setDrill : undefined} />
          <StepsHistory steps={report.steps} />
        </>
      )}
      {drill && <DrillDown year={year} yearType={yearType} filter={drill} onClose={closeDrill} />}
    </section>
  );
}
