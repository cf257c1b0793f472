import { AUTH_MESSAGES, authMessage, type AuthMessageKey } from '@elderwork/contracts';
import { DomainError } from '../common/domain-errors';

/** An error of the login path: its code and Thai text from the contracts' catalogue. */
export const authError = (status: number, key: AuthMessageKey, params: { minutes?: number } = {}): DomainError =>
  new DomainError(status, AUTH_MESSAGES[key].code, authMessage(key, 'th', params));
