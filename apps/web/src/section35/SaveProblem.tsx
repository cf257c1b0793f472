import type { FieldValues, UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ERROR_CODES, type FieldError } from '@elderwork/contracts';
import { ApiError } from '../api/client';
import { useLang } from '../i18n';
import { describeError } from '../i18n/errors';
import { translateValidation } from '../i18n/validation';
import { Alert } from '../ui/Alert';
import { applyServerErrors } from '../ui/server-errors';

/** Why the server refused a Section 35 save, beyond what the fields themselves show. */
export type SaveProblem =
  | { kind: 'fields'; errors: FieldError[] }
  | { kind: 'stale' }
  | { kind: 'conflict'; error: ApiError; link?: string }
  | { kind: 'other'; error: unknown };

/**
 * The common part of every Section 35 form's error handling: field errors the server names
 * (with a 400, or a 404 / 409 that blames a field) go onto the fields; 409 STALE_VERSION offers a
 * reload; a conflict with an existing record links to it; anything else shows the server's message.
 */
export function problemOf<V extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<V>,
  fields: readonly string[],
  existingPath?: (id: string) => string,
): SaveProblem {
  if (!(error instanceof ApiError)) return { kind: 'other', error };
  const unmatched = applyServerErrors(error, setError, fields);
  if (error.code === ERROR_CODES.validationFailed) return { kind: 'fields', errors: unmatched };
  if (error.code === ERROR_CODES.staleVersion) return { kind: 'stale' };
  if (error.status === 409) {
    const id = error.body.existingId;
    return { kind: 'conflict', error, link: id && existingPath ? existingPath(id) : undefined };
  }
  return { kind: 'other', error };
}

export function SaveProblemAlert({ problem, onReload }: { problem: SaveProblem; onReload?: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  switch (problem.kind) {
    case 'fields':
      return (
        <Alert tone="error" testId="form-error">
          {t('section35.fixErrors')}
          {problem.errors.length > 0 && (
            <ul>
              {problem.errors.map((e) => (
                <li key={`${e.field}-${e.code}`}>{translateValidation(e.message, e.code, lang)}</li>
              ))}
            </ul>
          )}
        </Alert>
      );
    case 'stale':
      return (
        <Alert tone="error" testId="stale-error">
          {t('section35.stale')}{' '}
          {onReload && (
            <button type="button" className="btn btn--link" onClick={onReload} data-testid="reload">
              {t('common.reload')}
            </button>
          )}
        </Alert>
      );
    case 'conflict':
      return (
        <Alert tone="error" testId="conflict-error">
          {describeError(problem.error, lang, t)}{' '}
          {problem.link && (
            <Link to={problem.link} data-testid="existing-link">
              {t('section35.openExisting')}
            </Link>
          )}
        </Alert>
      );
    case 'other':
      return (
        <Alert tone="error" testId="form-error">
          {describeError(problem.error, lang, t)}
        </Alert>
      );
  }
}
