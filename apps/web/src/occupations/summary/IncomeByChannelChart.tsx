import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { SALES_CHANNEL_LABELS, type OccupationsSummary } from '@elderwork/contracts';
import { useLabel, useLang } from '../../i18n';
import { formatMoney } from '../../ui/money';

const ACCENT = '#d9822b';
const compact = new Intl.NumberFormat('th-TH', { notation: 'compact', maximumFractionDigits: 1 });

/** Income by sales channel (market, shop, fair, online, to order, other), from the server's groups. */
export function IncomeByChannelChart({ data }: { data: OccupationsSummary['income']['byChannel'] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const label = useLabel();
  const rows = data.map((g) => ({ name: label(SALES_CHANNEL_LABELS, g.channel), amount: g.amount, persons: g.persons }));
  return (
    <figure className="chart" data-testid="income-channel-chart">
      <figcaption>{t('occupations.summary.byChannelChart')}</figcaption>
      <ResponsiveContainer width="100%" height={Math.max(140, rows.length * 44 + 40)}>
        <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tickFormatter={(v: number) => compact.format(v)} />
          <YAxis type="category" dataKey="name" width={230} tick={{ fontSize: 14 }} />
          <Tooltip formatter={(v) => formatMoney(Number(v), lang, true)} />
          <Bar dataKey="amount" name={t('occupations.summary.income')} fill={ACCENT} radius={[0, 3, 3, 0]} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
