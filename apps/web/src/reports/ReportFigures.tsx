import { useTranslation } from 'react-i18next';
import type { YearlyReport } from '@elderwork/contracts';
import { useLang } from '../i18n';
import { formatMoney } from '../ui/money';
import { FigureTable, FigureValue, type Drill, type FigureRow } from './FigureTable';
import { useReportLabels } from '../ui/report-labels';
import { ModelSection } from './ModelSection';

const number = new Intl.NumberFormat('th-TH');

/** The report's figures: the total, each model side by side, then each model's breakdowns. */
export function ReportFigures({ report, onDrill }: { report: YearlyReport; onDrill?: Drill }) {
  const { t } = useTranslation();
  const lang = useLang();
  const labels = useReportLabels();
  const { total } = report;
  const totalByMonth = total.byMonth.map((g): FigureRow => ({ key: g.month, label: labels.month(g.month), figures: g, filter: { month: g.month } }));

  return (
    <>
      <div className="stats">
        <div className="stat" data-testid="report-total-persons">
          <span className="stat-label">{t('reports.persons')}</span>
          <span className="stat-value">
            <FigureValue filter={{}} onDrill={onDrill} testId="figure-total-persons">
              {number.format(total.persons)}
            </FigureValue>{' '}
            <small>{t('reports.personsUnit')}</small>
          </span>
        </div>
        <div className="stat" data-testid="report-total-income">
          <span className="stat-label">{t('reports.income')}</span>
          <span className="stat-value">
            <FigureValue filter={{}} onDrill={onDrill} testId="figure-total-income">
              {formatMoney(total.income, lang)}
            </FigureValue>{' '}
            <small>{t('reports.baht')}</small>
          </span>
        </div>
        <div className="stat" data-testid="report-total-average">
          <span className="stat-label">{t('reports.average')}</span>
          <span className="stat-value">
            {formatMoney(total.averagePerPerson, lang)} <small>{t('reports.baht')}</small>
          </span>
        </div>
      </div>

      <section className="card" data-testid="report-models">
        <h2>{t('reports.byModel')}</h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th>{t('reports.model')}</th>
                <th className="num">{t('reports.persons')}</th>
                <th className="num">{t('reports.income')}</th>
                <th className="num">{t('reports.average')}</th>
              </tr>
            </thead>
            <tbody>
              {report.models.map((m) => (
                <tr key={m.model} data-testid="model-row" data-model={m.model}>
                  <td>{labels.model(m.model)}</td>
                  <td className="num">
                    <FigureValue filter={{ model: m.model }} onDrill={onDrill} testId={`figure-${m.model}-persons`}>
                      {number.format(m.persons)}
                    </FigureValue>
                  </td>
                  <td className="num mono">
                    <FigureValue filter={{ model: m.model }} onDrill={onDrill} testId={`figure-${m.model}-income`}>
                      {formatMoney(m.income, lang)}
                    </FigureValue>
                  </td>
                  <td className="num mono" data-testid={`figure-${m.model}-average`}>
                    {formatMoney(m.averagePerPerson, lang)}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="sum-row" data-testid="model-row" data-model="total">
                <th>{t('reports.total')}</th>
                <th className="num" data-testid="figure-models-total-persons">
                  {number.format(total.persons)}
                </th>
                <th className="num mono" data-testid="figure-models-total-income">
                  {formatMoney(total.income, lang)}
                </th>
                <th className="num mono">{formatMoney(total.averagePerPerson, lang)}</th>
              </tr>
            </tfoot>
          </table>
        </div>
        <p className="muted">{t('reports.totalNote')}</p>
        <FigureTable title={t('reports.totalByMonth')} groupHeader={t('reports.month')} rows={totalByMonth} testId="total-by-month" onDrill={onDrill} />
      </section>

      {report.models.map((m) => (
        <ModelSection key={m.model} report={m} onDrill={onDrill} />
      ))}
    </>
  );
}
