import { screen } from '@testing-library/react';
import type { OccupationsSummary } from '@elderwork/contracts';
import { mockFetch, renderAt } from '../../test-utils';
import { currentFiscalYear } from '../../ui/YearFields';
import { SummaryPage } from './SummaryPage';

const training = { courses: 2, sessionsHeld: 29, trainingHours: 87, personsTrained: 18, personHours: 1146, graduates: 16 };
const summary: OccupationsSummary = {
  year: 2569,
  yearType: 'fiscal',
  period: { start: '2025-10-01', end: '2026-09-30' },
  income: {
    persons: 7,
    records: 86,
    amount: 148480,
    averagePerPerson: 21211.43,
    byChannel: [{ channel: 'order', persons: 3, records: 35, amount: 83280 }],
    bySource: [{ source: 'service', persons: 3, records: 35, amount: 83280 }],
    byProduct: [{ productId: 'p-1', name: 'ขนมไทยบ้านกะเฉด', persons: 2, records: 24, amount: 33600 }],
    bySex: [{ sex: 'female', persons: 5, records: 62, amount: 116080 }],
    byAgeBand: [{ ageBand: '70-79', persons: 3, records: 38, amount: 68080 }],
    byMonth: [{ month: '2025-10', persons: 6, records: 6, amount: 8640 }],
  },
  training: { ...training, byKind: [{ ...training, kind: 'elderly_school' }] },
  wisdom: { registrations: 4, persons: 4, registeredInPeriod: 2, byBranch: [] },
  jobs: { placements: 1, persons: 1, income: 35200, byField: [] },
};

describe('Occupations SummaryPage', () => {
  it('asks for the fiscal year of today by default', async () => {
    const { calls } = mockFetch(() => [200, { ...summary, income: { ...summary.income, records: 0 } }]);
    renderAt(<SummaryPage />, { path: '/occupations' });
    await screen.findByTestId('summary-income');
    expect(calls[0].url).toBe(`/api/occupations/summary?year=${currentFiscalYear()}&yearType=fiscal`);
    expect(screen.getByTestId('summary-no-income')).toBeTruthy();
  });

  it('shows the year’s figures in Thai with the breakdown tables', async () => {
    mockFetch(() => [200, summary]);
    renderAt(<SummaryPage />, { path: '/occupations?year=2569&yearType=fiscal' });
    const income = await screen.findByTestId('summary-income');
    expect(income.textContent).toContain('148,480.00 บาท');
    expect(income.getAttribute('data-value')).toBe('148480.00');
    expect(screen.getByTestId('summary-period').textContent).toBe('ช่วงเวลา 1 ตุลาคม 2568 – 30 กันยายน 2569');
    expect(screen.getByTestId('summary-income-average').textContent).toContain('21,211.43');
    expect(screen.getByTestId('summary-trained').textContent).toContain('18 คน');
    expect(screen.getByTestId('summary-training-hours').textContent).toContain('87 ชั่วโมง');
    expect(screen.getByTestId('summary-wisdom').textContent).toContain('4');
    expect(screen.getByTestId('summary-job-placements').textContent).toContain('1');
    expect(screen.getByTestId('summary-by-product-row').textContent).toContain('ขนมไทยบ้านกะเฉด');
    expect(screen.getByTestId('summary-by-sex-row').textContent).toContain('หญิง');
    expect(screen.getByTestId('summary-by-age-band-row').textContent).toContain('70-79 ปี');
  });
});
