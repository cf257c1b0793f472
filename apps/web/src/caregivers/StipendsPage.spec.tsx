import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { StipendGeneration } from '@elderwork/contracts';
import { mockFetch, renderAt } from '../test-utils';
import { stipendOf } from '../test-fixtures';
import { StipendsPage } from './StipendsPage';

const a = stipendOf('s-1', 'นายสมหวัง ดีใจ', { monthlyStipend: 6000, amount: 6000, paidOn: '2026-11-05' });
const b = stipendOf('s-2', 'นางบุญมา ศรีสุข');
const c = stipendOf('s-3', 'นางสายใจ งามดี', { daysActive: 15, daysInMonth: 30, month: '2026-09', amount: 2500 });

describe('StipendsPage', () => {
  it('generates the month and says what was created and what was already there', async () => {
    let generated = false;
    const generation: StipendGeneration = { month: '2026-10', created: [b], existing: [a] };
    const { calls } = mockFetch((call) => {
      if (call.method === 'POST') {
        generated = true;
        return [200, generation];
      }
      return [200, generated ? [a, b] : [a]];
    });
    renderAt(<StipendsPage />, { path: '/caregivers/stipends?month=2026-10' });
    await screen.findAllByTestId('stipend-row');
    expect(calls[0].url).toBe('/api/stipends?month=2026-10');
    expect((screen.getByTestId('month-select') as HTMLSelectElement).value).toBe('2026-10');
    expect(screen.getByRole('option', { name: 'ตุลาคม 2569' })).toBeTruthy();

    fireEvent.click(screen.getByTestId('stipends-generate'));
    const counts = await screen.findByTestId('generate-counts');
    expect(calls.find((x) => x.method === 'POST')).toMatchObject({ url: '/api/stipends/generate', body: { month: '2026-10' } });
    expect(counts.getAttribute('data-created')).toBe('1');
    expect(counts.getAttribute('data-existing')).toBe('1');
    expect(counts.textContent).toBe('ตุลาคม 2569: สร้างใหม่ 1 รายการ · มีอยู่แล้ว 1 รายการ');
    expect(screen.getByTestId('generate-created').textContent).toContain('นางบุญมา ศรีสุข · 5,000.00 บาท');
    await waitFor(() => expect(screen.getAllByTestId('stipend-row')).toHaveLength(2));
    expect(screen.getByTestId('stipend-total').textContent).toBe('11,000.00');
  });

  it('shows the pro-rated days and marks a stipend paid', async () => {
    const { calls } = mockFetch((call) => (call.method === 'POST' ? [200, { ...c, paidOn: '2026-10-05' }] : [200, [c]]));
    renderAt(<StipendsPage />, { path: '/caregivers/stipends?month=2026-09' });
    const row = await screen.findByTestId('stipend-row');
    expect(row.textContent).toContain('15/30 วัน');
    expect(row.textContent).toContain('2,500.00');
    fireEvent.click(screen.getByTestId('stipend-pay'));
    fireEvent.change(document.querySelector('[name="paidOn"]') as HTMLInputElement, { target: { value: '05/10/2569' } });
    fireEvent.click(screen.getByTestId('stipend-pay-save'));
    await screen.findByTestId('flash');
    expect(calls.find((x) => x.method === 'POST')).toMatchObject({ url: '/api/stipends/s-3/paid', body: { paidOn: '2026-10-05' } });
  });

  it('shows the 409 when the stipend was already paid', async () => {
    const message = 'ค่าตอบแทนเดือนนี้บันทึกว่าจ่ายแล้วเมื่อวันที่ 5 ตุลาคม 2569';
    mockFetch((call) =>
      call.method === 'POST'
        ? [409, { statusCode: 409, code: 'STIPEND_ALREADY_PAID', message, errors: [{ field: 'paidOn', code: 'alreadyPaid', message: 'จ่ายแล้วเมื่อวันที่ 5 ตุลาคม 2569' }] }]
        : [200, [c]],
    );
    renderAt(<StipendsPage />, { path: '/caregivers/stipends?month=2026-09' });
    fireEvent.click(await screen.findByTestId('stipend-pay'));
    fireEvent.click(screen.getByTestId('stipend-pay-save'));
    expect((await screen.findByTestId('conflict-error')).textContent).toContain(message);
    expect(screen.getByTestId('error-paidOn').textContent).toBe('จ่ายแล้วเมื่อวันที่ 5 ตุลาคม 2569');
  });
});
