import { useTranslation } from 'react-i18next';
import type { YearlyReport } from '@elderwork/contracts';
import { useLang } from '../i18n';
import { describeError } from '../i18n/errors';
import type { ReportFileFormat } from '../api/endpoints';
import { Alert } from '../ui/Alert';
import { useReportDownload } from './queries';

const FORMATS: readonly ReportFileFormat[] = ['pdf', 'xlsx'];

/**
 * ดาวน์โหลด PDF / Excel of the report as shown: same year, year type and version (live or
 * approved), so the file holds the figures on the screen.
 */
export function ReportDownloads({ report }: { report: YearlyReport }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { year, yearType, version } = report;
  const download = useReportDownload(year, yearType, version);
  // The format being fetched, while it is.
  const busy = download.isPending ? download.variables : null;
  const of = t('reports.downloads.of', { version: t(`reports.${version}`) });

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
            onClick={() => download.mutate(format)}
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
      {download.isError && (
        <Alert tone="error" testId="report-download-error">
          {describeError(download.error, lang, t)}
        </Alert>
      )}
    </div>
  );
}
