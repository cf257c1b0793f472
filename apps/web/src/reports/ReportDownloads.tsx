import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { YearlyReport } from '@elderwork/contracts';
import { useLang } from '../i18n';
import { describeError } from '../i18n/errors';
import { reportsApi, type ReportFileFormat } from '../api/endpoints';
import { Alert } from '../ui/Alert';

const FORMATS: readonly ReportFileFormat[] = ['pdf', 'xlsx'];

/**
 * ดาวน์โหลด PDF / Excel of the report as shown: same year, year type and version (live or
 * approved), so the file holds the figures on the screen.
 */
export function ReportDownloads({ report }: { report: YearlyReport }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [busy, setBusy] = useState<ReportFileFormat | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const { year, yearType, version } = report;
  const of = t('reports.downloads.of', { version: t(`reports.${version}`) });

  const save = async (format: ReportFileFormat) => {
    setProblem(null);
    setBusy(format);
    try {
      await reportsApi.downloadReport(year, yearType, version, format);
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="report-downloads" data-testid="report-downloads" data-version={version}>
      <div className="button-row">
        {FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            className="btn"
            disabled={busy !== null}
            aria-busy={busy === format}
            title={of}
            onClick={() => void save(format)}
            data-testid={`report-download-${format}`}
          >
            {t(`reports.downloads.${format}`)}
          </button>
        ))}
      </div>
      {busy !== null && (
        <p className="muted" role="status">
          {t('reports.downloads.busy')}
        </p>
      )}
      {problem !== null && (
        <Alert tone="error" testId="report-download-error">
          {describeError(problem, lang, t)}
        </Alert>
      )}
    </div>
  );
}
