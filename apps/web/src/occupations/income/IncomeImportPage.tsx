import { useTranslation } from 'react-i18next';
import { useFileImport } from '../../ui/use-file-import';
import { Link } from 'react-router';
import { incomeApi } from '../../api/endpoints';
import { useLang } from '../../i18n';
import { describeError } from '../../i18n/errors';
import { ImportResultView } from '../../residents/ImportResultView';
import { Alert } from '../../ui/Alert';

/**
 * Import income lines from the CSV / Excel lists staff already keep: valid rows are written (an
 * existing line gets the new amount), refused rows are listed by their row in the file, as the
 * registry's import does (its result view is reused).
 */
export function IncomeImportPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { setFile, busy, error, missingFile, result, upload, template } = useFileImport(incomeApi);

  return (
    <section>
      <h1>{t('occupations.import.title')}</h1>
      <p className="muted">{t('occupations.import.explain')}</p>
      <p className="muted">
        <small>{t('occupations.import.columns')}</small>
      </p>
      <div className="button-row">
        <button type="button" className="btn" onClick={template('csv')} data-testid="template-csv">
          {t('import.templateCsv')}
        </button>
        <button type="button" className="btn" onClick={template('xlsx')} data-testid="template-xlsx">
          {t('import.templateXlsx')}
        </button>
        <Link to="/occupations/income" className="btn btn--ghost">
          {t('occupations.tabs.income')}
        </Link>
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
      {result && <ImportResultView result={result} />}
    </section>
  );
}
