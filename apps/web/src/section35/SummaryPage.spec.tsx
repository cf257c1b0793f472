import { screen } from '@testing-library/react';
import type { Section35Summary } from '@elderwork/contracts';
import { mockFetch, renderAt } from '../test-utils';
import { currentBeYear } from '../ui/YearFields';
import { SummaryPage } from './SummaryPage';

const group = { persons: 13, placements: 13, value: 1565850, paid: 1565850 };
const summary: Section35Summary = {
  ...group,
  year: 2568,
  yearType: 'calendar',
  period: { start: '2025-01-01', end: '2025-12-31' },
  byModality: [{ ...group, modality: 'other_assistance' }],
  byEmployer: [{ ...group, employerId: 'e-1', name: 'บริษัท ระยองการช่าง จำกัด' }],
  bySex: [{ ...group, persons: 7, sex: 'female' }],
  byAgeBand: [{ ...group, ageBand: '70-79' }],
  byDisabilityType: [{ ...group, disabilityType: 'visual' }],
};

describe('SummaryPage', () => {
  it('asks for the calendar year of today by default', async () => {
    const { calls } = mockFetch(() => [200, { ...summary, placements: 0 }]);
    renderAt(<SummaryPage />, { path: '/section35' });
    await screen.findByTestId('summary-persons');
    expect(calls[0].url).toBe(`/api/section35/summary?year=${currentBeYear()}&yearType=calendar`);
  });

  it('shows the figures in Thai: 13 persons, 1,565,850.00 baht', async () => {
    mockFetch(() => [200, summary]);
    renderAt(<SummaryPage />, { path: '/section35?year=2568&yearType=calendar' });
    expect((await screen.findByTestId('summary-persons')).textContent).toContain('13 คน');
    expect(screen.getByTestId('summary-value').textContent).toContain('1,565,850.00 บาท');
    expect(screen.getByTestId('summary-period').textContent).toBe('ช่วงเวลา 1 มกราคม 2568 – 31 ธันวาคม 2568');
    expect(screen.getByTestId('summary-by-sex-row').textContent).toContain('หญิง');
    expect(screen.getByTestId('summary-by-disability-row').textContent).toContain('การเห็น');
    expect(screen.getByTestId('summary-by-age-band-row').textContent).toContain('70-79 ปี');
  });
});
