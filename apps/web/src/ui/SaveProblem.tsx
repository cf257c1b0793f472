import type { FieldValues, UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ERROR_CODES, type FieldError } from '@elderwork/contracts';
import { ApiError } from '../api/client';
import { useLang } from '../i18n';
import { describeError } from '../i18n/errors';
import { translateValidation } from '../i18n/validation';
import { Alert } from './Alert';
import { applyServerErrors } from './server-errors';

/** Why the server refused a save, beyond what the fields themselves show. */
export type SaveProblem =
  | { kind: 'fields'; errors: FieldError[] }
  | { kind: 'stale' }
  /** A clash with an existing record; `message` replaces the server's where the form says it better. */
  | { kind: 'conflict'; error: ApiError; link?: string; message?: string }
  | { kind: 'other'; error: unknown };

/**
 * The common part of every form's error handling: field errors the server names (with a 400, or
 * a 404 / 409 that blames a field) go onto the fields; 409 STALE_VERSION offers a reload; a
 * conflict with an existing record links to it; anything else shows the server's message.
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

/** Test ids of the alert's parts, where a page's journeys already know other names. */
export interface ProblemTestIds {
  conflict?: string;
  link?: string;
  reload?: string;
}

export function SaveProblemAlert({
  problem,
  onReload,
  testIds = {},
}: {
  problem: SaveProblem;
  onReload?: () => void;
  testIds?: ProblemTestIds;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  switch (problem.kind) {
    case 'fields':
      return (
        <Alert tone="error" testId="form-error">
          {t('problem.fixErrors')}
          <Details errors={problem.errors} />
        </Alert>
      );
    case 'stale':
      return (
        <Alert tone="error" testId="stale-error">
          {t('problem.stale')}{' '}
          {onReload && (
            <button type="button" className="btn btn--link" onClick={onReload} data-testid={testIds.reload ?? 'reload'}>
              {t('common.reload')}
            </button>
          )}
        </Alert>
      );
    case 'conflict':
      return (
        <Alert tone="error" testId={testIds.conflict ?? 'conflict-error'}>
          {problem.message ?? describeError(problem.error, lang, t)}{' '}
          {problem.link && (
            <Link to={problem.link} data-testid={testIds.link ?? 'existing-link'}>
              {t('problem.openExisting')}
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

/**
 * A refused action outside a form (attendance, enrolment, follow-up): the server's message and,
 * where it blamed fields, what it said about them (e.g. which elders are not enrolled).
 */
export function ProblemText({ error, testId }: { error: unknown; testId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Alert tone="error" testId={testId}>
      {describeError(error, lang, t)}
      <Details errors={error instanceof ApiError ? (error.body.errors ?? []) : []} />
    </Alert>
  );
}

function Details({ errors }: { errors: readonly FieldError[] }) {
  const lang = useLang();
  if (errors.length === 0) return null;
  return (
    <ul>
      {errors.map((e, i) => (
        <li key={`${e.field}-${e.code}-${i}`}>{translateValidation(e.message, e.code, lang, e.params)}</li>
      ))}
    </ul>
  );
}
