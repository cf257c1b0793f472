import { useTranslation } from 'react-i18next';
import type { ImportJobView, ImportResult } from '@elderwork/contracts';
import { useLang } from '../i18n';
import { translateValidation } from '../i18n/validation';
import { Stat } from './Stat';

/** Counts of an import and the rows it refused, by row number as seen in the spreadsheet. */
export function ImportResultView({ result }: { result: ImportResult | ImportJobView }) {
  const { t } = useTranslation();
  // Rejected rows are counted; the list may stop at the first MAX_LISTED_REJECTIONS entries.
  const rejectedRows = result.rowsRejected;
  return (
    <section className="card" data-testid="import-result">
      <div className="stats">
        <Stat label={t('import.inserted')} value={result.inserted} unit={t('import.rows')} testId="import-inserted" />
        <Stat label={t('import.updated')} value={result.updated} unit={t('import.rows')} testId="import-updated" />
        <Stat
          label={t('import.rejectedCount')}
          value={rejectedRows}
          unit={t('import.rows')}
          testId="import-rejected"
        />
      </div>
      {result.rejected.length > 0 && (
        <>
          <h2>{t('import.rejectedTitle')}</h2>
          {rejectedRows > result.rejected.length && (
            <p className="muted" data-testid="rejected-listed-only">
              {t('import.listedOnly', { listed: result.rejected.length, rows: rejectedRows })}
            </p>
          )}
          <RejectedRows rejected={result.rejected} testId="rejected-table" />
        </>
      )}
    </section>
  );
}

/** The rows an import refused, by their row in the file, with the field and the (translated) reason. */
export function RejectedRows({ rejected, testId }: { rejected: ImportResult['rejected']; testId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <div className="table-wrap">
      <table data-testid={testId}>
        <thead>
          <tr>
            <th className="num">{t('import.row')}</th>
            <th>{t('import.field')}</th>
            <th>{t('import.message')}</th>
          </tr>
        </thead>
        <tbody>
          {rejected.map((r, i) => (
            <tr key={`${r.row}-${r.field}-${i}`}>
              <td className="num">{r.row}</td>
              <td>
                <code>{r.field}</code>
              </td>
              <td>{translateValidation(r.message, undefined, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
