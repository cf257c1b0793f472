import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n';
import { describeError } from '../i18n/errors';
import { Alert } from './Alert';

/** A failed load, with a retry button. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Alert tone="error" testId="load-error">
      {describeError(error, lang, t)}{' '}
      {onRetry && (
        <button type="button" className="btn btn--link" onClick={onRetry}>
          {t('common.reload')}
        </button>
      )}
    </Alert>
  );
}
