import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { MODALITY_LABELS, type Section35Summary } from '@elderwork/contracts';
import { useLabel, useLang } from '../i18n';
import { formatMoney } from '../ui/money';

const BRAND = '#1f6f5c';
const compact = new Intl.NumberFormat('th-TH', { notation: 'compact', maximumFractionDigits: 1 });

/** Contract value by Section 35 modality, from the server's pre-aggregated groups. */
export function ModalityChart({ data }: { data: Section35Summary['byModality'] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const label = useLabel();
  const rows = data.map((g) => ({ name: label(MODALITY_LABELS, g.modality), value: g.value, persons: g.persons }));
  return (
    <figure className="chart" data-testid="modality-chart">
      <figcaption>{t('summary.chartTitle')}</figcaption>
      <ResponsiveContainer width="100%" height={Math.max(140, rows.length * 48 + 40)}>
        <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tickFormatter={(v: number) => compact.format(v)} />
          <YAxis type="category" dataKey="name" width={290} tick={{ fontSize: 14 }} />
          <Tooltip formatter={(v) => formatMoney(Number(v), lang, true)} />
          <Bar dataKey="value" name={t('summary.value')} fill={BRAND} radius={[0, 3, 3, 0]} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
