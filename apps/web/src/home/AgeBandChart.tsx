import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { RegistrySummary } from '@elderwork/contracts';

const MALE = '#2f6f9f';
const FEMALE = '#d9822b';

/** Elders by age band and sex, from the server's pre-aggregated counts. */
export function AgeBandChart({ data }: { data: RegistrySummary['byAgeBand'] }) {
  const { t } = useTranslation();
  return (
    <figure className="chart" data-testid="age-band-chart">
      <figcaption>{t('home.chartTitle')}</figcaption>
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="ageBand"
            label={{ value: t('home.ageBand'), position: 'insideBottom', offset: -4 }}
            height={40}
          />
          <YAxis allowDecimals={false} width={44} />
          <Tooltip />
          <Legend verticalAlign="top" />
          <Bar dataKey="male" name={t('home.male')} fill={MALE} radius={[3, 3, 0, 0]} />
          <Bar dataKey="female" name={t('home.female')} fill={FEMALE} radius={[3, 3, 0, 0]} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
