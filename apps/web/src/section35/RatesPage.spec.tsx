import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { Section35RateView } from '@elderwork/contracts';
import { mockFetch, renderAt, staffUser } from '../test-utils';
import { RatesPage } from './RatesPage';

const rates: Section35RateView[] = [
  { year: 2568, dailyRate: 330, annualValue: 120450, updatedAt: '2026-01-01T00:00:00Z' },
  { year: 2569, dailyRate: 337, annualValue: 123005, updatedAt: '2026-01-01T00:00:00Z' },
];
const dlaOfficer = { ...staffUser, role: 'dla_officer' as const, orgUnit: { ...staffUser.orgUnit, type: 'dla' as const, laoType: null } };

describe('RatesPage', () => {
  it('shows the rates, newest first, and no editing to LAO staff', async () => {
    mockFetch(() => [200, rates]);
    renderAt(<RatesPage />);
    const rows = await screen.findAllByTestId('rate-row');
    expect(rows[0].textContent).toContain('2569');
    expect(rows[0].textContent).toContain('123,005.00');
    expect(screen.queryByTestId('rate-form')).toBeNull();
  });

  it('lets a DLA officer change the rate of a year', async () => {
    const { calls } = mockFetch(({ method }) => [200, method === 'PUT' ? { ...rates[1], dailyRate: 340 } : rates]);
    renderAt(<RatesPage />, { user: dlaOfficer });
    fireEvent.click(await screen.findByTestId('rate-edit-2569'));
    const dailyRate = document.querySelector('[name="dailyRate"]') as HTMLInputElement;
    expect(dailyRate.value).toBe('337');
    fireEvent.change(dailyRate, { target: { value: '340' } });
    fireEvent.click(screen.getByTestId('rate-save'));
    expect((await screen.findByTestId('flash')).textContent).toBe('บันทึกอัตราปี 2569 แล้ว');
    await waitFor(() => expect(calls.find((c) => c.method === 'PUT')?.url).toBe('/api/reference/section35-rates/2569'));
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ dailyRate: 340 });
  });
});
