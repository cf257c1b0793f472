import { useTranslation } from 'react-i18next';
import type { AuditEntryView } from '@elderwork/contracts';
import { residentsApi } from '../api/endpoints';
import { useFetch } from '../api/use-fetch';
import { useLang } from '../i18n';
import { formatDateTime } from '../i18n/format';
import { LoadError } from '../ui/LoadError';

/** Who read or changed this record, and what changed (PDPA: every access is attributable). */
export function AuditHistory({ residentId, version }: { residentId: string; version: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { data, error, reload } = useFetch(() => residentsApi.audit(residentId), `${residentId}:${version}`);

  return (
    <section className="card" data-testid="audit-history">
      <h2>{t('audit.title')}</h2>
      {error !== null && <LoadError error={error} onRetry={reload} />}
      {data && data.length === 0 && <p className="muted">{t('audit.empty')}</p>}
      {data && data.length > 0 && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th>{t('audit.at')}</th>
                <th>{t('audit.actor')}</th>
                <th>{t('audit.action')}</th>
                <th>{t('audit.details')}</th>
              </tr>
            </thead>
            <tbody>
              {data.map((entry) => (
                <tr key={entry.id}>
                  <td className="nowrap">{formatDateTime(entry.at, lang)}</td>
                  <td>{entry.actor.displayName || entry.actor.email}</td>
                  <td>{t(`audit.actions.${entry.action}`)}</td>
                  <td>
                    <Changes entry={entry} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Changes({ entry }: { entry: AuditEntryView }) {
  const changes = Object.entries(entry.changes ?? {});
  if (changes.length === 0) return entry.note ?? null;
  return (
    <ul className="changes">
      {changes.map(([field, [before, after]]) => (
        <li key={field}>
          <code>{field}</code>: {show(before)} → {show(after)}
        </li>
      ))}
      {entry.note && <li>{entry.note}</li>}
    </ul>
  );
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
