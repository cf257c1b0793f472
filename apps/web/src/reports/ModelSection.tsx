import { useTranslation } from 'react-i18next';
import type { ModelReport, Section35Summary } from '@elderwork/contracts';
import { FigureTable, type Drill, type FigureRow } from './FigureTable';
import { GenericDetails } from './GenericDetails';
import { useReportLabels } from '../ui/report-labels';
import { Section35Details } from './Section35Details';

/** One employment model of the report: its breakdowns (each figure drillable) and its own figures. */
export function ModelSection({ report, onDrill }: { report: ModelReport; onDrill?: Drill }) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  const { model } = report;
  const rows = {
    byMonth: report.byMonth.map((g): FigureRow => ({ key: g.month, label: labels.month(g.month), figures: g, filter: { model, month: g.month } })),
    bySex: report.bySex.map((g): FigureRow => ({ key: g.sex, label: labels.sex(g.sex), figures: g, filter: { model, sex: g.sex } })),
    byAgeBand: report.byAgeBand.map((g): FigureRow => ({ key: g.ageBand, label: labels.ageBand(g.ageBand), figures: g, filter: { model, ageBand: g.ageBand } })),
    byDisabilityType: report.byDisabilityType.map(
      (g): FigureRow => ({ key: g.disabilityType, label: labels.disabilityType(g.disabilityType), figures: g, filter: { model, disabilityType: g.disabilityType } }),
    ),
  };

  return (
    <section className="card report-model" data-testid={`model-section-${model}`}>
      <h2>{labels.model(model)}</h2>
      {report.persons === 0 ? (
        <p className="muted">{t('reports.noFigures')}</p>
      ) : (
        <div className="report-tables">
          <FigureTable title={t('reports.byMonth')} groupHeader={t('reports.month')} rows={rows.byMonth} testId={`${model}-by-month`} onDrill={onDrill} />
          <FigureTable title={t('reports.bySex')} rows={rows.bySex} testId={`${model}-by-sex`} onDrill={onDrill} />
          <FigureTable title={t('reports.byAgeBand')} rows={rows.byAgeBand} testId={`${model}-by-age-band`} onDrill={onDrill} />
          <FigureTable title={t('reports.byDisabilityType')} rows={rows.byDisabilityType} testId={`${model}-by-disability`} onDrill={onDrill} />
        </div>
      )}
      {report.details != null && (
        <details className="report-details" data-testid={`details-${model}`} open={model === 'section35'}>
          <summary>{t('reports.details')}</summary>
          {model === 'section35' ? <Section35Details summary={report.details as Section35Summary} /> : <GenericDetails data={report.details} />}
        </details>
      )}
    </section>
  );
}
