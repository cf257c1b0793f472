import { useTranslation } from 'react-i18next';
import type { Retryable } from '../api/query';
import { useLang } from '../i18n';
import { describeError } from '../i18n/errors';
import { Alert } from './Alert';

/**
 * A failed load, with a retry button: `<LoadError query={q} />` for a TanStack query (its
 * `error`, retried with `refetch`), or `error` and `onRetry` given apart.
 */
export function LoadError({ query, error = query?.error, onRetry }: { query?: Retryable; error?: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const retry = onRetry ?? (query ? () => void query.refetch() : undefined);
  return (
    <Alert tone="error" testId="load-error">
      {describeError(error, lang, t)}{' '}
      {retry && (
        <button type="button" className="btn btn--link" onClick={retry}>
          {t('common.reload')}
        </button>
      )}
    </Alert>
  );
}
