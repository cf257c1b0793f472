import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { OccupationsSummary } from '@elderwork/contracts';
import { useLang } from '../../i18n';
import { formatMoney } from '../../ui/money';
import { formatMonth } from '../../ui/month';

const BRAND = '#1f6f5c';
const compact = new Intl.NumberFormat('th-TH', { notation: 'compact', maximumFractionDigits: 1 });

/** Income month by month over the period (every month listed, zeros included), from the server's groups. */
export function IncomeByMonthChart({ data }: { data: OccupationsSummary['income']['byMonth'] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const rows = data.map((g) => ({ name: formatMonth(g.month, lang, 'short'), amount: g.amount, persons: g.persons }));
  return (
    <figure className="chart" data-testid="income-month-chart">
      <figcaption>{t('occupations.summary.byMonthChart')}</figcaption>
      <ResponsiveContainer width="100%" height={280}>
        <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" interval={0} angle={-35} textAnchor="end" height={60} tick={{ fontSize: 13 }} />
          <YAxis width={56} tickFormatter={(v: number) => compact.format(v)} />
          <Tooltip formatter={(v) => formatMoney(Number(v), lang, true)} />
          <Bar dataKey="amount" name={t('occupations.summary.income')} fill={BRAND} radius={[3, 3, 0, 0]} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
