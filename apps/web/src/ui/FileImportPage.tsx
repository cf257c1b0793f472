import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '@elderwork/contracts';
import { useLang } from '../i18n';
import { describeError } from '../i18n/errors';
import { Alert } from './Alert';
import { ImportProgress } from './ImportProgress';
import { ImportResultView } from './ImportResultView';
import { useFileImport, type ImportApi } from './use-file-import';

interface FileImportPageProps<R extends ImportResult> {
  api: ImportApi<R>;
  title: string;
  /** What the file holds, under the title. */
  intro: ReactNode;
  /** More buttons beside the templates (a way back, say). */
  actions?: ReactNode;
}

/**
 * Import a CSV / Excel list staff already keep (registry, income): templates, the file, the upload;
 * a job is followed with its progress and can be cancelled; refused rows are listed by their row.
 */
export function FileImportPage<R extends ImportResult>({ api, title, intro, actions }: FileImportPageProps<R>) {
  const { t } = useTranslation();
  const lang = useLang();
  const { setFile, busy, error, missingFile, result, job, upload, cancel, template } = useFileImport(api);

  return (
    <section>
      <h1>{title}</h1>
      {intro}
      <div className="button-row">
        <button type="button" className="btn" onClick={template('csv')} data-testid="template-csv">
          {t('import.templateCsv')}
        </button>
        <button type="button" className="btn" onClick={template('xlsx')} data-testid="template-xlsx">
          {t('import.templateXlsx')}
        </button>
        {actions}
      </div>
      <form className="card" onSubmit={upload} noValidate data-testid="import-form">
        <div className="field">
          <label htmlFor="file">{t('import.file')}</label>
          <input
            id="file"
            name="file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            data-testid="import-file"
          />
          {missingFile && (
            <p className="field-error" role="alert" data-testid="error-file">
              {t('import.chooseFile')}
            </p>
          )}
        </div>
        <button type="submit" className="btn btn--primary" disabled={busy} data-testid="import-submit">
          {busy ? t('import.uploading') : t('import.upload')}
        </button>
      </form>
      {error !== null && (
        <Alert tone="error" testId="import-error">
          {describeError(error, lang, t)}
        </Alert>
      )}
      {busy && job && <ImportProgress job={job} onCancel={cancel} />}
      {job?.state === 'cancelled' && (
        <Alert tone="info" testId="import-cancelled">
          {t('import.cancelled')}
        </Alert>
      )}
      {job?.state === 'failed' && (
        <Alert tone="error" testId="import-failed">
          {t('import.failed')}: {job.error?.message}
        </Alert>
      )}
      {result && <ImportResultView result={result} />}
    </section>
  );
}
