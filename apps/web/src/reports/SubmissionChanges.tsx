import { useTranslation } from 'react-i18next';
import { MODEL_LABELS, type SubmissionChange } from '@elderwork/contracts';
import { useLabel, useLang } from '../i18n';
import { formatMoney, satangOf } from '../ui/money';

const number = new Intl.NumberFormat('th-TH');

/**
 * The submitted figures beside today's, per model and in total: what the admin approves is the
 * submitted column; the other says whether the data has moved since (decision 0019).
 */
export function SubmissionChanges({ changes }: { changes: SubmissionChange[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const label = useLabel();
  const changed = changes.some((c) => c.changed);
  const money = (baht: number) => formatMoney(baht, lang);
  // Income moved by, computed on exact satang.
  const delta = (now: number, was: number): string => {
    const d = satangOf(now) - satangOf(was);
    return d === 0 ? '–' : `${d > 0 ? '+' : '−'}${money(Math.abs(d) / 100)}`;
  };

  return (
    <section className="card" data-testid="submission-changes" data-changed={changed}>
      <h2>{t('reports.changes.title')}</h2>
      <p className={changed ? 'warning-text' : 'muted'} data-testid="changes-summary">
        {t(changed ? 'reports.changes.changed' : 'reports.changes.unchanged')}
      </p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>{t('reports.model')}</th>
              <th className="num">{t('reports.changes.submittedPersons')}</th>
              <th className="num">{t('reports.changes.nowPersons')}</th>
              <th className="num">{t('reports.changes.submittedIncome')}</th>
              <th className="num">{t('reports.changes.nowIncome')}</th>
              <th className="num">{t('reports.changes.difference')}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr key={c.model} className={c.changed ? 'changed-row' : undefined} data-testid="change-row" data-model={c.model} data-changed={c.changed}>
                <td>{c.model === 'total' ? t('reports.total') : label(MODEL_LABELS, c.model)}</td>
                <td className="num">{number.format(c.submitted.persons)}</td>
                <td className="num">{number.format(c.now.persons)}</td>
                <td className="num" data-testid={`change-${c.model}-submitted-income`}>
                  {money(c.submitted.income)}
                </td>
                <td className="num" data-testid={`change-${c.model}-now-income`}>
                  {money(c.now.income)}
                </td>
                <td className="num" data-testid={`change-${c.model}-difference`}>
                  {delta(c.now.income, c.submitted.income)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
