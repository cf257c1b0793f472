import { useTranslation } from 'react-i18next';
import type { Section35Group } from '@elderwork/contracts';
import { useLang } from '../i18n';
import { formatMoney } from './money';

const number = new Intl.NumberFormat('th-TH');

export interface GroupRow extends Section35Group {
  key: string;
  label: string;
}

/** One breakdown of the summary (by employer, sex, age band, disability type): persons, placements, value, paid. */
export function GroupTable({ title, rows, testId }: { title: string; rows: GroupRow[]; testId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <section className="card" data-testid={testId}>
      <h2>{title}</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>{t('summary.group')}</th>
              <th className="num">{t('summary.persons')}</th>
              <th className="num">{t('summary.placements')}</th>
              <th className="num">{t('summary.value')}</th>
              <th className="num">{t('summary.paid')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} data-testid={`${testId}-row`}>
                <td>{r.label}</td>
                <td className="num">{number.format(r.persons)}</td>
                <td className="num">{number.format(r.placements)}</td>
                <td className="num mono">{formatMoney(r.value, lang)}</td>
                <td className="num mono">{formatMoney(r.paid, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
