import { useState } from 'react';
import type { YearlyReport } from '@elderwork/contracts';
import { BreakdownChart, type Breakdown } from './BreakdownChart';
import { ModelIncomeChart } from './ModelIncomeChart';
import { MonthlyTrendChart } from './MonthlyTrendChart';

/** The dashboard's three charts in one lazily loaded chunk (recharts is the largest dependency). */
export function DashboardCharts({ report }: { report: YearlyReport }) {
  const [by, setBy] = useState<Breakdown>('ageBand');
  return (
    <div className="dashboard-charts">
      <div className="dashboard-wide">
        <MonthlyTrendChart report={report} />
      </div>
      <ModelIncomeChart models={report.models} />
      <BreakdownChart models={report.models} by={by} onByChange={setBy} />
    </div>
  );
}
