import { fireEvent, screen, waitFor } from '@testing-library/react';
import { mockFetch, renderAt } from '../test-utils';
import { report } from './fixtures';
import { currentFiscalYear } from '../ui/YearFields';
import { ReportDashboard } from './ReportDashboard';

describe('ReportDashboard', () => {
  it('shows the live figures of the current fiscal year, its charts and a link to the report', async () => {
    const year = currentFiscalYear();
    const { calls } = mockFetch(() => [200, { ...report, year, yearType: 'fiscal' }]);
    renderAt(<ReportDashboard />);
    expect((await screen.findByTestId('dashboard-income')).textContent).toContain('1,685,850.00 บาท');
    expect(screen.getByTestId('dashboard-persons').textContent).toContain('15 คน');
    expect(calls[0].url).toBe(`/api/reports/yearly?year=${year}&yearType=fiscal&version=live`);
    expect(screen.getByTestId('dashboard-report-link').getAttribute('href')).toBe(`/reports/yearly?year=${year}&yearType=fiscal`);
    await screen.findByTestId('model-income-chart', {}, { timeout: 5000 }); // the chart module loads on demand: slow on a cold, busy machine
    expect(screen.getByTestId('monthly-trend-chart')).toBeTruthy();
    expect(screen.getByTestId('breakdown-chart').dataset['by']).toBe('ageBand');
    fireEvent.change(screen.getByTestId('breakdown-select'), { target: { value: 'sex' } });
    expect(screen.getByTestId('breakdown-chart').dataset['by']).toBe('sex');
  });

  it('asks for an earlier fiscal year when chosen', async () => {
    const year = currentFiscalYear() - 1;
    const { calls } = mockFetch(({ url }) => [200, { ...report, year: Number(new URL(url, 'http://x').searchParams.get('year')), yearType: 'fiscal' }]);
    renderAt(<ReportDashboard />);
    await screen.findByTestId('dashboard-income');
    fireEvent.change(screen.getByTestId('dashboard-year'), { target: { value: String(year) } });
    await waitFor(() => expect(calls.at(-1)?.url).toBe(`/api/reports/yearly?year=${year}&yearType=fiscal&version=live`));
  });
});
