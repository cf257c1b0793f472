import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { useLang } from '../i18n';
import { describeError } from '../i18n/errors';
import { translateValidation } from '../i18n/validation';
import { Alert } from '../ui/Alert';

/**
 * A refused action outside a form (attendance, enrolment, follow-up): the server's message and,
 * where it blamed fields, what it said about them (e.g. which elders are not enrolled).
 */
export function ProblemText({ error, testId }: { error: unknown; testId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const details = error instanceof ApiError ? (error.body.errors ?? []) : [];
  return (
    <Alert tone="error" testId={testId}>
      {describeError(error, lang, t)}
      {details.length > 0 && (
        <ul>
          {details.map((e, i) => (
            <li key={`${e.field}-${i}`}>{translateValidation(e.message, e.code, lang)}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
