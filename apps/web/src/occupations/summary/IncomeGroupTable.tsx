import { useTranslation } from 'react-i18next';
import type { IncomeGroup } from '@elderwork/contracts';
import { useLang } from '../../i18n';
import { formatMoney } from '../../section35/money';
import { formatCount } from '../format';

export interface IncomeGroupRow extends IncomeGroup {
  key: string;
  label: string;
}

/** One breakdown of the year's income (by product, sex, age band): persons, records, amount. */
export function IncomeGroupTable({ title, rows, testId }: { title: string; rows: IncomeGroupRow[]; testId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <section className="card" data-testid={testId}>
      <h2>{title}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('occupations.summary.noIncome')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th>{t('occupations.summary.group')}</th>
                <th className="num">{t('occupations.summary.persons')}</th>
                <th className="num">{t('occupations.summary.records')}</th>
                <th className="num">{t('occupations.summary.amount')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key} data-testid={`${testId}-row`}>
                  <td>{r.label}</td>
                  <td className="num">{formatCount(r.persons)}</td>
                  <td className="num">{formatCount(r.records)}</td>
                  <td className="num mono">{formatMoney(r.amount, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
