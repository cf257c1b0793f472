import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Figures } from '@elderwork/contracts';
import type { ReportFilter } from '../api/endpoints';
import { useLang } from '../i18n';
import { formatMoney } from '../ui/money';

const number = new Intl.NumberFormat('th-TH');

/** Opens the records behind a figure; absent when the figures are not drillable (the approved version). */
export type Drill = (filter: ReportFilter) => void;

export interface FigureRow {
  key: string;
  label: string;
  figures: Figures;
  filter: ReportFilter;
}

/** A figure, as a button that opens its records when the report is drillable. */
export function FigureValue({ children, filter, onDrill, testId }: { children: ReactNode; filter: ReportFilter; onDrill?: Drill; testId: string }) {
  if (!onDrill) return <span data-testid={testId}>{children}</span>;
  return (
    <button type="button" className="figure-link" onClick={() => onDrill(filter)} data-testid={testId}>
      {children}
    </button>
  );
}

/** Persons, income and the average per person of each row, e.g. one model's months. */
export function FigureTable({
  title,
  rows,
  testId,
  onDrill,
  groupHeader,
}: {
  title: string;
  rows: FigureRow[];
  testId: string;
  onDrill?: Drill;
  groupHeader?: string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <section className="report-table" data-testid={testId}>
      <h3>{title}</h3>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>{groupHeader ?? t('reports.group')}</th>
              <th className="num">{t('reports.persons')}</th>
              <th className="num">{t('reports.income')}</th>
              <th className="num">{t('reports.average')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} data-testid={`${testId}-row`} data-key={r.key}>
                <td>{r.label}</td>
                <td className="num">
                  <FigureValue filter={r.filter} onDrill={onDrill} testId="cell-persons">
                    {number.format(r.figures.persons)}
                  </FigureValue>
                </td>
                <td className="num mono">
                  <FigureValue filter={r.filter} onDrill={onDrill} testId="cell-income">
                    {formatMoney(r.figures.income, lang)}
                  </FigureValue>
                </td>
                <td className="num mono" data-testid="cell-average">
                  {formatMoney(r.figures.averagePerPerson, lang)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
