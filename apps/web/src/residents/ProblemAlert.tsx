import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FieldError } from '@elderwork/contracts';
import { useLang } from '../i18n';
import { describeError } from '../i18n/errors';
import { translateValidation } from '../i18n/validation';
import { Alert } from '../ui/Alert';

/** Why the server refused a save, beyond what the fields themselves show. */
export type SaveProblem =
  | { kind: 'duplicate'; existingId?: string }
  | { kind: 'stale' }
  | { kind: 'fields'; errors: FieldError[] }
  | { kind: 'other'; error: unknown };

export function ProblemAlert({ problem, onReload }: { problem: SaveProblem; onReload?: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  switch (problem.kind) {
    case 'duplicate':
      return (
        <Alert tone="error" testId="duplicate-error">
          {t('residents.duplicate')}{' '}
          {problem.existingId && (
            <Link to={`/residents/${problem.existingId}`} data-testid="duplicate-link">
              {t('residents.openExisting')}
            </Link>
          )}
        </Alert>
      );
    case 'stale':
      return (
        <Alert tone="error" testId="stale-error">
          {t('residents.stale')}{' '}
          {onReload && (
            <button type="button" className="btn btn--link" onClick={onReload} data-testid="reload-resident">
              {t('common.reload')}
            </button>
          )}
        </Alert>
      );
    case 'fields':
      return (
        <Alert tone="error" testId="form-error">
          {t('residents.fixErrors')}
          {problem.errors.length > 0 && (
            <ul>
              {problem.errors.map((e) => (
                <li key={`${e.field}-${e.code}`}>
                  {e.field}: {translateValidation(e.message, e.code, lang)}
                </li>
              ))}
            </ul>
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
