import { useTranslation } from 'react-i18next';
import { importsApi, residentsApi } from '../api/endpoints';
import { FileImportPage } from '../ui/FileImportPage';

const registryImport = { ...residentsApi, follow: importsApi };

/** Import the registry from the CSV / Excel lists staff already keep (it runs as a job). */
export function ImportPage() {
  const { t } = useTranslation();
  return <FileImportPage api={registryImport} title={t('import.title')} intro={<p className="muted">{t('import.explain')}</p>} />;
}
