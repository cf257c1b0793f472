import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Statistics, StatisticsCell } from '@elderwork/contracts';
import { currentFiscalYear } from '../ui/YearFields';
import { mockFetch, renderAt, staffUser } from '../test-utils';
import { StatisticsPage } from './StatisticsPage';

const dlaOfficer = { ...staffUser, role: 'dla_officer' as const, orgUnit: { ...staffUser.orgUnit, type: 'dla' as const, laoType: null, name: 'กรมส่งเสริมการปกครองท้องถิ่น' } };
const cell = (persons: number, income: number): StatisticsCell => ({ persons, income, suppressed: false });
const hidden: StatisticsCell = { persons: null, income: null, suppressed: true };

const stats: Statistics = {
  year: 2568,
  yearType: 'calendar',
  groupBy: 'lao',
  model: null,
  rows: [
    {
      key: '5210104',
      label: 'เทศบาลตำบลแกลง-กะเฉด',
      models: { section35: cell(13, 1565850), caregiver: hidden, occupation: hidden, total: cell(24, 1865850) },
    },
    {
      key: '6160414',
      label: 'องค์การบริหารส่วนตำบลลำนารายณ์',
      models: { section35: hidden, caregiver: cell(6, 360000), occupation: cell(9, 81000), total: cell(16, 441000) },
    },
  ],
  total: { key: 'total', label: 'รวม', models: { section35: hidden, caregiver: hidden, occupation: hidden, total: cell(40, 2306850) } },
  coverage: { laosInScope: 7849, laosApproved: 3 },
  minimumCell: 5,
};

const missing = [
  { code: '2100000', name: 'องค์การบริหารส่วนจังหวัดระยอง', province: 'ระยอง' },
  { code: '5570901', name: 'เทศบาลตำบลแม่สาย', province: 'เชียงราย' },
];

function serve() {
  return mockFetch(({ url }) => (url.startsWith('/api/statistics/missing') ? [200, missing] : [200, stats]));
}

describe('StatisticsPage', () => {
  it('asks for the last fiscal year that has ended, by province, by default', async () => {
    const { calls } = serve();
    renderAt(<StatisticsPage />, { path: '/statistics', user: dlaOfficer });
    await screen.findByTestId('missing-count');
    expect(calls.map((c) => c.url)).toContain(`/api/statistics?year=${currentFiscalYear() - 1}&yearType=fiscal&groupBy=province`);
  });

  it('shows the coverage and the figures, and marks hidden cells without a number', async () => {
    serve();
    renderAt(<StatisticsPage />, { path: '/statistics?year=2568&yearType=calendar&groupBy=lao', user: dlaOfficer });
    expect((await screen.findByTestId('coverage')).textContent).toBe('อนุมัติแล้ว 3 จาก 7,849 อปท.');
    const [khlaeng, lamNarai] = screen.getAllByTestId('statistics-row');
    expect(khlaeng.dataset['key']).toBe('5210104');
    expect(within(khlaeng).getByTestId('cell-section35-persons').textContent).toBe('13');
    expect(within(khlaeng).getByTestId('cell-section35-income').textContent).toBe('1,565,850.00');
    const hiddenCell = within(khlaeng).getByTestId('cell-caregiver-persons');
    expect(hiddenCell.textContent).toBe('—');
    expect(hiddenCell.dataset['suppressed']).toBe('true');
    expect(within(khlaeng).getByTestId('cell-caregiver-income').textContent).toBe('—');
    expect(within(lamNarai).getByTestId('cell-section35-persons').dataset['suppressed']).toBe('true');
    expect(within(lamNarai).getByTestId('cell-caregiver-persons').dataset['suppressed']).toBe('false');
    const total = screen.getByTestId('statistics-total');
    expect(within(total).getByTestId('cell-section35-income').textContent).toBe('—');
    expect(within(total).getByTestId('cell-total-income').textContent).toBe('2,306,850.00');
    expect(screen.getByTestId('suppressed-legend').textContent).toContain('น้อยกว่า 5 คน');
  });

  it('lists the LAOs without an approved report on demand', async () => {
    serve();
    renderAt(<StatisticsPage />, { path: '/statistics?year=2568&yearType=calendar&groupBy=lao', user: dlaOfficer });
    expect((await screen.findByTestId('missing-count')).textContent).toBe('2 แห่ง');
    expect(screen.getAllByTestId('missing-row')).toHaveLength(2);
    fireEvent.change(screen.getByTestId('missing-filter'), { target: { value: 'เชียงราย' } });
    expect(screen.getAllByTestId('missing-row').map((r) => r.dataset['code'])).toEqual(['5570901']);
  });

  it('puts the choices in the address and asks again', async () => {
    const { calls } = serve();
    renderAt(<StatisticsPage />, { path: '/statistics?year=2568&yearType=calendar&groupBy=lao', user: dlaOfficer });
    await screen.findByTestId('coverage');
    fireEvent.change(screen.getByTestId('model-select'), { target: { value: 'section35' } });
    await waitFor(() => expect(calls.map((c) => c.url)).toContain('/api/statistics?year=2568&yearType=calendar&groupBy=lao&model=section35'));
  });

  it('downloads the export with the token (fetch, not a bare link)', async () => {
    const { calls } = serve();
    // jsdom has no object URLs: stand in for them during this test only.
    const saved = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
    const createObjectURL = vi.fn(() => 'blob:x');
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = vi.fn();
    try {
      localStorage.setItem('elderwork.token', 'tok');
      renderAt(<StatisticsPage />, { path: '/statistics?year=2568&yearType=calendar&groupBy=lao', user: dlaOfficer });
      await screen.findByTestId('coverage');
      fireEvent.click(screen.getByTestId('export-csv'));
      await waitFor(() => expect(createObjectURL).toHaveBeenCalled());
      expect(calls.map((c) => c.url)).toContain('/api/statistics/export?year=2568&yearType=calendar&groupBy=lao&format=csv');
    } finally {
      URL.createObjectURL = saved.create;
      URL.revokeObjectURL = saved.revoke;
    }
  });
});
