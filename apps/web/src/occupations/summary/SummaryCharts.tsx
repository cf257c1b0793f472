import type { OccupationsSummary } from '@elderwork/contracts';
import { IncomeByChannelChart } from './IncomeByChannelChart';
import { IncomeByMonthChart } from './IncomeByMonthChart';

/** Both charts in one lazily loaded chunk (recharts is the largest dependency). */
export function SummaryCharts({ income }: { income: OccupationsSummary['income'] }) {
  return (
    <div className="occ-charts">
      <IncomeByMonthChart data={income.byMonth} />
      <IncomeByChannelChart data={income.byChannel} />
    </div>
  );
}
