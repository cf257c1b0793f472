import { screen, within } from '@testing-library/react';
import { mockFetch, renderAt } from '../test-utils';
import { CaregiverListPage } from './CaregiverListPage';
import { rosterOf } from '../test-fixtures';

const roster = [
  rosterOf({ id: 'cg-a', resident: { id: 'r-a', name: 'นายสมหวัง ดีใจ', nationalId: '1234567890121', sex: 'male', age: 66 }, activeRecipients: 4, atMaximum: true, monthlyStipend: 6000, extraCourseHours: 50 }),
  rosterOf({ id: 'cg-b', resident: { id: 'r-b', name: 'นางบุญมา ศรีสุข', nationalId: '1234567890121', sex: 'female', age: 63 }, activeRecipients: 2 }),
  rosterOf({ id: 'cg-c', resident: { id: 'r-c', name: 'นางสายใจ งามดี', nationalId: '1234567890121', sex: 'female', age: 61 }, activeRecipients: 1, belowMinimum: true, monthlyStipend: 5500, monthlyStipendIsDefault: false }),
  rosterOf({ id: 'cg-d', resident: { id: 'r-d', name: 'นายอดทน ฝึกหัด', nationalId: '1234567890121', sex: 'male', age: 60 }, status: 'in_training', activeRecipients: 0, trainingHours: 40, certifiedOn: null }),
];

describe('CaregiverListPage', () => {
  it('flags the 2–4 rule: a warning below 2, "full" at 4, nothing for a trainee', async () => {
    const { calls } = mockFetch(() => [200, roster]);
    renderAt(<CaregiverListPage />, { path: '/caregivers' });
    const rows = await screen.findAllByTestId('caregiver-row');
    expect(calls[0].url).toBe('/api/caregivers');
    expect(rows).toHaveLength(4);

    expect(within(rows[0]).getByTestId('flag-full').textContent).toBe('ครบ 4 คน');
    expect(within(rows[0]).getByTestId('caregiver-recipients').textContent).toBe('4 / 4 คน');
    expect(within(rows[0]).getByTestId('caregiver-stipend').textContent).toBe('6,000.00');

    expect(within(rows[1]).queryByTestId('flag-full')).toBeNull();
    expect(within(rows[1]).queryByTestId('flag-below-minimum')).toBeNull();

    expect(within(rows[2]).getByTestId('flag-below-minimum').textContent).toContain('ต่ำกว่าเกณฑ์ 2 คน');
    expect(rows[2].textContent).toContain('อัตราที่ อปท. กำหนด');
    expect(within(rows[2]).getByTestId('caregiver-stipend').textContent).toBe('5,500.00');

    expect(rows[3].getAttribute('data-status')).toBe('in_training');
    expect(rows[3].textContent).toContain('อยู่ระหว่างอบรม');
    expect(within(rows[3]).queryByTestId('flag-below-minimum')).toBeNull();
  });

  it('filters by status through the URL', async () => {
    const { calls } = mockFetch(() => [200, roster.slice(3)]);
    renderAt(<CaregiverListPage />, { path: '/caregivers?status=in_training' });
    await screen.findAllByTestId('caregiver-row');
    expect(calls[0].url).toBe('/api/caregivers?status=in_training');
  });
});
