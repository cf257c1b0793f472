import { screen, within } from '@testing-library/react';
import type { JobDetailView, JobView } from '@elderwork/contracts';
import { mockFetch, renderAt } from '../../test-utils';
import { JobListPage } from './JobListPage';
import { JobPage } from './JobPage';

const base: JobView = {
  id: 'j-1',
  title: 'ผู้ช่วยครัวศูนย์พัฒนาเด็กเล็กเทศบาล',
  field: 'food',
  organisation: 'ศูนย์พัฒนาเด็กเล็กเทศบาลตำบลแกลง-กะเฉด',
  place: null,
  weekdays: [1, 2, 3, 4, 5],
  startTime: '09:00',
  endTime: '13:00',
  physicalDemand: 'light',
  slots: 3,
  shareable: false,
  description: null,
  open: true,
  activePlacements: 1,
  version: 1,
  createdAt: '2026-01-01T00:00:00Z',
};
// A mosaic job: several elders share it, its slots do not limit placements.
const mosaic: JobView = { ...base, id: 'j-2', title: 'คัดแยกขยะรีไซเคิล', slots: 1, shareable: true, activePlacements: 0 };

describe('job capacity', () => {
  it('reads “no limit” with the number working for a job without a slot limit, in the list', async () => {
    mockFetch(() => [200, { items: [base, mosaic], total: 2 }]);
    renderAt(<JobListPage />, { path: '/occupations/jobs' });
    const rows = await screen.findAllByTestId('job-row');
    expect(within(rows[0]).getByTestId('job-capacity').textContent).toBe('1/3');
    expect(within(rows[1]).getByTestId('job-capacity').textContent).toBe('0 คน · ไม่จำกัด');
    expect(rows[1].textContent).not.toContain('∞');
  });

  it('reads the same on the job’s page, not its nominal slots', async () => {
    const job: JobDetailView = { ...mosaic, activePlacements: 2, placements: [] };
    mockFetch(({ url }) => [200, url.endsWith('/matches') ? [] : job]);
    renderAt(<JobPage />, { path: '/occupations/jobs/j-2', route: '/occupations/jobs/:id' });
    expect((await screen.findByTestId('job-capacity')).textContent).toBe('2 คน · ไม่จำกัด');
  });
});
