import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { ModelReport } from '@elderwork/contracts';
import { useLang } from '../i18n';
import { formatMoney } from '../ui/money';
import { compact, MODEL_COLORS } from '../ui/chart-colors';
import { useReportLabels } from '../ui/report-labels';

/** Income of each employment model over the year, from the report's pre-aggregated figures. */
export function ModelIncomeChart({ models }: { models: ModelReport[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const labels = useReportLabels();
  const rows = models.map((m) => ({ model: m.model, name: labels.model(m.model), income: m.income }));
  return (
    <figure className="chart" data-testid="model-income-chart">
      <figcaption>{t('reports.dashboard.byModelChart')}</figcaption>
      <ResponsiveContainer width="100%" height={240}>
        <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tickFormatter={(v: number) => compact.format(v)} />
          <YAxis type="category" dataKey="name" width={210} tick={{ fontSize: 13 }} />
          <Tooltip formatter={(v) => formatMoney(Number(v), lang, true)} />
          <Bar dataKey="income" name={t('reports.income')} radius={[0, 3, 3, 0]}>
            {rows.map((r) => (
              <Cell key={r.model} fill={MODEL_COLORS[r.model]} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
