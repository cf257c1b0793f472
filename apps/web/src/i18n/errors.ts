import type { TFunction } from 'i18next';
import { ApiError, NetworkError } from '../api/client';
import type { Lang } from './index';

const KNOWN_CODES = [
  'UNAUTHENTICATED',
  'TOO_MANY_ATTEMPTS',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_FILE',
  'DUPLICATE_EMAIL',
  'DUPLICATE_REGISTRATION_NUMBER',
  'OVERLAPPING_PLACEMENT',
  'STALE_VERSION',
  'TOO_MANY_RECIPIENTS',
  'RECIPIENT_ALREADY_ASSIGNED',
  'OVERLAPPING_CAREGIVER',
  'STIPEND_ALREADY_PAID',
  'DUPLICATE_INCOME_RECORD',
  'DUPLICATE_PRODUCT_NAME',
  'JOB_FULL',
  'REPORT_PERIOD_OPEN',
  'LINK_INVALID',
  'MAIL_FAILED',
  'SECOND_FACTOR_INVALID',
  'CHALLENGE_EXPIRED',
  'SECOND_FACTOR_ENROLLED',
  'SECOND_FACTOR_NOT_STARTED',
] as const;
type KnownCode = (typeof KNOWN_CODES)[number];

function isKnown(code: string): code is KnownCode {
  return (KNOWN_CODES as readonly string[]).includes(code);
}

/**
 * A message for a failed call. In Thai the server's own message is the most precise (it may say
 * how long to wait, say); in English we translate the stable error code where we know it.
 */
export function describeError(error: unknown, lang: Lang, t: TFunction): string {
  if (error instanceof NetworkError) return t('common.networkError');
  if (!(error instanceof ApiError)) return t('errors.generic');
  if (lang === 'th' && error.body.message) return error.body.message;
  if (isKnown(error.code)) return t(`errors.${error.code}`);
  return error.body.message || t('errors.generic');
}
