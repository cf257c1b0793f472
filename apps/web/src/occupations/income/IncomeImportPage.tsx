import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { incomeApi } from '../../api/endpoints';
import { FileImportPage } from '../../ui/FileImportPage';
import { useImportIncome } from '../queries';

/**
 * Import income lines from the CSV / Excel lists staff already keep: valid rows are written (an
 * existing line gets the new amount), refused rows are listed by their row in the file.
 */
export function IncomeImportPage() {
  const { t } = useTranslation();
  // The import writes income: the mutation invalidates the months, the jobs and the summary.
  const importIncome = useImportIncome();
  return (
    <FileImportPage
      api={{ import: importIncome.mutateAsync, downloadTemplate: incomeApi.downloadTemplate }}
      title={t('occupations.import.title')}
      intro={
        <>
          <p className="muted">{t('occupations.import.explain')}</p>
          <p className="muted">
            <small>{t('occupations.import.columns')}</small>
          </p>
        </>
      }
      actions={
        <Link to="/occupations/income" className="btn btn--ghost">
          {t('occupations.tabs.income')}
        </Link>
      }
    />
  );
}
