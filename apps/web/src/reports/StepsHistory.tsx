import { useTranslation } from 'react-i18next';
import type { ReportStep } from '@elderwork/contracts';
import { useLang } from '../i18n';
import { formatDateTime } from '../i18n/format';

/** Who submitted, approved and reopened the report, and when (Bangkok time, BE dates in Thai). */
export function StepsHistory({ steps }: { steps: ReportStep[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <section className="card" data-testid="report-steps">
      <h2>{t('reports.steps.title')}</h2>
      {steps.length === 0 ? (
        <p className="muted">{t('reports.steps.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th>{t('reports.steps.at')}</th>
                <th>{t('reports.steps.action')}</th>
                <th>{t('reports.steps.by')}</th>
                <th>{t('reports.steps.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {steps.map((s, i) => (
                <tr key={`${s.at}-${i}`} data-testid="step-row" data-action={s.action}>
                  <td className="nowrap">{formatDateTime(s.at, lang)}</td>
                  <td>{t(`reports.steps.${s.action}`)}</td>
                  <td>
                    {s.by.displayName} <span className="muted">{s.by.email}</span>
                  </td>
                  <td>{s.reason ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
