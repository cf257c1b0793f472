import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { currentMonth, type YearlyReport } from '@elderwork/contracts';
import { useLang } from '../i18n';
import { formatMonth } from '../ui/month';
import { formatMoney } from '../ui/money';
import { compact, MODEL_COLORS } from '../ui/chart-colors';
import { useReportLabels } from '../ui/report-labels';

/** Income month by month: the total and each model, every month of the period (zeros included). */
export function MonthlyTrendChart({ report }: { report: YearlyReport }) {
  const { t } = useTranslation();
  const lang = useLang();
  const labels = useReportLabels();
  // Months after this one have no income yet: they get no point rather than a fall to zero.
  const now = currentMonth();
  const rows = report.total.byMonth.map((g) => ({
    name: formatMonth(g.month, lang, 'short'),
    total: g.month > now ? null : g.income,
    ...Object.fromEntries(report.models.map((m) => [m.model, g.month > now ? null : (m.byMonth.find((x) => x.month === g.month)?.income ?? 0)])),
  }));
  return (
    <figure className="chart" data-testid="monthly-trend-chart">
      <figcaption>{t('reports.dashboard.trendChart')}</figcaption>
      <ResponsiveContainer width="100%" height={300}>
        <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" interval={0} angle={-35} textAnchor="end" height={60} tick={{ fontSize: 13 }} />
          <YAxis width={56} tickFormatter={(v: number) => compact.format(v)} />
          <Tooltip formatter={(v) => formatMoney(Number(v), lang, true)} />
          <Legend verticalAlign="top" />
          <Line type="linear" dataKey="total" name={t('reports.dashboard.totalLine')} stroke={MODEL_COLORS.total} strokeWidth={3} />
          {report.models.map((m) => (
            <Line key={m.model} type="linear" dataKey={m.model} name={labels.model(m.model)} stroke={MODEL_COLORS[m.model]} strokeWidth={2} dot={{ r: 2 }} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
