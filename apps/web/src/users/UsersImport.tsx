import { useTranslation } from 'react-i18next';
import { usersApi } from '../api/endpoints';
import { useImportUsers } from './queries';
import { useLang } from '../i18n';
import { describeError } from '../i18n/errors';
import { Alert } from '../ui/Alert';
import { Stat } from '../ui/Stat';
import { useFileImport } from '../ui/use-file-import';
import { RejectedRows } from '../ui/ImportResultView';

/** Province and DLA officers: an LAO's first administrators from a file, each mailed an activation link (decision 0023). */
export function UsersImport() {
  const { t } = useTranslation();
  const lang = useLang();
  const importUsers = useImportUsers();
  const { setFile, busy, error, missingFile, result, upload, template } = useFileImport({
    import: importUsers.mutateAsync,
    downloadTemplate: usersApi.downloadTemplate,
  });

  return (
    <section className="card" data-testid="users-import">
      <h2>{t('users.importTitle')}</h2>
      <p className="muted">{t('users.importIntro')}</p>
      <div className="button-row">
        <button type="button" className="btn" onClick={template('csv')} data-testid="users-template-csv">
          {t('import.templateCsv')}
        </button>
        <button type="button" className="btn" onClick={template('xlsx')} data-testid="users-template-xlsx">
          {t('import.templateXlsx')}
        </button>
      </div>
      <form onSubmit={upload} noValidate data-testid="users-import-form">
        <div className="field">
          <label htmlFor="users-file">{t('import.file')}</label>
          <input
            id="users-file"
            name="file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            data-testid="users-import-file"
          />
          {missingFile && (
            <p className="field-error" role="alert">
              {t('import.chooseFile')}
            </p>
          )}
        </div>
        <button type="submit" className="btn btn--primary" disabled={busy} data-testid="users-import-submit">
          {busy ? t('import.uploading') : t('import.upload')}
        </button>
      </form>
      {error !== null && <Alert tone="error">{describeError(error, lang, t)}</Alert>}
      {result && (
        <div data-testid="users-import-result">
          <div className="stats">
            <Stat label={t('import.inserted')} value={result.inserted} unit={t('import.rows')} testId="users-import-inserted" />
            <Stat label={t('import.rejectedCount')} value={result.rejected.length} unit={t('import.rows')} testId="users-import-rejected" />
          </div>
          {result.rejected.length > 0 && <RejectedRows rejected={result.rejected} testId="users-rejected-table" />}
        </div>
      )}
    </section>
  );
}
