import type { TFunction } from 'i18next';
import { isErrorCode } from '@elderwork/contracts';
import { ApiError, NetworkError } from '../api/client';
import type { Lang } from './index';

/**
 * A message for a failed call. In Thai the server's own message is the most precise (it may say
 * how long to wait, say); in English we translate the stable error code (every code the API
 * answers with has one, ERROR_MESSAGES in the contracts).
 */
export function describeError(error: unknown, lang: Lang, t: TFunction): string {
  if (error instanceof NetworkError) return t('common.networkError');
  if (!(error instanceof ApiError)) return t('errors.generic');
  if (lang === 'th' && error.body.message) return error.body.message;
  if (isErrorCode(error.code)) return t(`errors.${error.code}`);
  return error.body.message || t('errors.generic');
}
