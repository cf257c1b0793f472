import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { MODEL_LABELS, type Statistics } from '@elderwork/contracts';
import { useLabel, useLang } from '../i18n';
import { compact, MODEL_COLORS } from '../ui/chart-colors';
import { formatMoney } from '../ui/money';
import { columnsOf } from './StatisticsTable';

/** Beyond this many groups (LAOs nationally) a bar chart is unreadable: it shows the largest. */
const MAX_GROUPS = 20;

/** Income by group, a bar per model; hidden cells have no bar (they are not zero). */
export function StatisticsChart({ stats }: { stats: Statistics }) {
  const { t } = useTranslation();
  const lang = useLang();
  const label = useLabel();
  const models = columnsOf(stats).filter((c) => c !== 'total');
  const published = (row: Statistics['rows'][number]) => models.reduce((sum, m) => sum + (row.models[m]?.income ?? 0), 0);
  const rows = [...stats.rows]
    .sort((a, b) => published(b) - published(a))
    .slice(0, MAX_GROUPS)
    .map((row) => ({ name: row.label, ...Object.fromEntries(models.map((m) => [m, row.models[m]?.income ?? null])) }));
  return (
    <figure className="chart" data-testid="statistics-chart">
      <figcaption>{stats.rows.length > MAX_GROUPS ? t('statistics.chartTop', { count: MAX_GROUPS }) : t('statistics.chart')}</figcaption>
      <ResponsiveContainer width="100%" height={Math.max(160, rows.length * 44 + 60)}>
        <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tickFormatter={(v: number) => compact.format(v)} />
          <YAxis type="category" dataKey="name" width={220} tick={{ fontSize: 14 }} />
          <Tooltip formatter={(v) => formatMoney(Number(v), lang, true)} />
          <Legend verticalAlign="top" />
          {models.map((m) => (
            <Bar key={m} dataKey={m} name={label(MODEL_LABELS, m)} fill={MODEL_COLORS[m]} stackId="income" />
          ))}
        </BarChart>
      </ResponsiveContainer>
      <p className="muted">{t('statistics.chartNote')}</p>
    </figure>
  );
}
