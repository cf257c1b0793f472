import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { ModelReport } from '@elderwork/contracts';
import { MODEL_COLORS } from '../ui/chart-colors';
import { useReportLabels } from '../ui/report-labels';

export type Breakdown = 'sex' | 'ageBand';

/** Elders with income in each group (sex or age band), one bar per model: a person in two models counts in both. */
export function BreakdownChart({ models, by, onByChange }: { models: ModelReport[]; by: Breakdown; onByChange: (by: Breakdown) => void }) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  const groupsOf = (m: ModelReport) => (by === 'sex' ? m.bySex.map((g) => ({ key: g.sex, persons: g.persons })) : m.byAgeBand.map((g) => ({ key: g.ageBand, persons: g.persons })));
  const keys = [...new Set(models.flatMap((m) => groupsOf(m).map((g) => g.key)))].sort();
  const rows = keys.map((key) => ({
    name: by === 'sex' ? labels.sex(key) : labels.ageBand(key),
    ...Object.fromEntries(models.map((m) => [m.model, groupsOf(m).find((g) => g.key === key)?.persons ?? 0])),
  }));
  return (
    <figure className="chart" data-testid="breakdown-chart" data-by={by}>
      <figcaption className="card-head">
        <label htmlFor="breakdown">{t('reports.dashboard.breakdownChart')}</label>
        <select id="breakdown" value={by} onChange={(e) => onByChange(e.target.value === 'sex' ? 'sex' : 'ageBand')} data-testid="breakdown-select">
          <option value="ageBand">{t('reports.dashboard.ageBand')}</option>
          <option value="sex">{t('reports.dashboard.sex')}</option>
        </select>
      </figcaption>
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" />
          <YAxis allowDecimals={false} width={44} />
          <Tooltip />
          <Legend verticalAlign="top" />
          {models.map((m) => (
            <Bar key={m.model} dataKey={m.model} name={labels.model(m.model)} fill={MODEL_COLORS[m.model]} radius={[3, 3, 0, 0]} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
