import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { PlacementView } from '@elderwork/contracts';
import { mockFetch, renderAt } from '../test-utils';
import { PlacementPage } from './PlacementPage';

const placement: PlacementView = {
  id: 'p-1',
  resident: { id: 'r-1', name: 'นางสมศรี ใจดี', nationalId: '1234567890121', disabilityType: 'visual' },
  employer: { id: 'e-1', name: 'บริษัท ระยองการช่าง จำกัด' },
  modality: 'other_assistance',
  status: 'planned',
  startDate: '2026-01-01',
  endDate: '2026-06-30',
  terminatedOn: null,
  terminationReason: null,
  dailyRate: 337,
  contractNo: null,
  note: null,
  concurrent: false,
  concurrentReason: null,
  days: 181,
  value: 60997,
  paidToDate: 0,
  daysInPeriod: 181,
  valueInPeriod: 60997,
  payments: [],
  version: 1,
};

const renderPage = () => renderAt(<PlacementPage />, { path: '/section35/placements/p-1', route: '/section35/placements/:id' });

describe('PlacementPage', () => {
  it('shows the value in Thai, the modality label and an empty progress bar', async () => {
    mockFetch(() => [200, placement]);
    renderPage();
    expect((await screen.findByTestId('placement-value')).textContent).toBe('60,997.00 บาท');
    expect(screen.getByTestId('placement-modality').textContent).toBe('ให้การช่วยเหลืออื่นใด');
    expect(screen.getByTestId('placement-dates').textContent).toBe('1 มกราคม 2569 – 30 มิถุนายน 2569');
    expect(screen.getByTestId('paid-progress').getAttribute('aria-valuenow')).toBe('0');
    expect(screen.getByTestId('status-activate')).toBeTruthy();
    expect(screen.queryByTestId('status-complete')).toBeNull();
    expect(screen.queryByTestId('placement-concurrent')).toBeNull();
  });

  it('says when a placement is deliberately concurrent, and why', async () => {
    mockFetch(() => [200, { ...placement, concurrent: true, concurrentReason: 'งานขายวันเสาร์ นอกเวลางานประจำ' }]);
    renderPage();
    expect((await screen.findByTestId('placement-concurrent')).textContent).toBe('งานขายวันเสาร์ นอกเวลางานประจำ');
    expect(screen.getByText('จ้างงานซ้อนกันโดยเจตนา')).toBeTruthy();
  });

  it('records a payment and moves the progress bar', async () => {
    let current = placement;
    const { calls } = mockFetch(({ method, body }) => {
      if (method === 'POST') {
        const amount = (body as { amount: number }).amount;
        current = {
          ...current,
          paidToDate: amount,
          payments: [{ id: 'pay-1', paidOn: '2026-02-01', amount, reference: null, createdAt: '2026-02-01T00:00:00Z' }],
        };
        return [201, current.payments[0]];
      }
      return [200, current];
    });
    renderPage();
    await screen.findByTestId('payment-form');
    fireEvent.change(document.querySelector('[name="paidOn"]') as HTMLInputElement, { target: { value: '01/02/2569' } });
    fireEvent.change(document.querySelector('[name="amount"]') as HTMLInputElement, { target: { value: '30,498.50' } });
    fireEvent.click(screen.getByTestId('payment-save'));
    await screen.findByTestId('payment-row');
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ paidOn: '2026-02-01', amount: 30498.5 });
    await waitFor(() => expect(screen.getByTestId('paid-progress').getAttribute('aria-valuenow')).toBe('50'));
    expect(screen.getByTestId('placement-paid').textContent).toBe('30,498.50 บาท');
  });

  it('shows the server’s refusal of an amount above the value on the amount field', async () => {
    const message = 'ยอดจ่ายรวมเกินมูลค่าตามสัญญา (คงเหลือ 60,997.00 บาท)';
    mockFetch(({ method }) =>
      method === 'POST'
        ? [400, { statusCode: 400, code: 'VALIDATION_FAILED', message: 'ข้อมูลไม่ถูกต้อง', errors: [{ field: 'amount', code: 'exceedsValue', message }] }]
        : [200, placement],
    );
    renderPage();
    await screen.findByTestId('payment-form');
    fireEvent.change(document.querySelector('[name="amount"]') as HTMLInputElement, { target: { value: '70000' } });
    fireEvent.click(screen.getByTestId('payment-save'));
    expect((await screen.findByTestId('error-amount')).textContent).toBe(message);
  });

  it('terminates with a date and a reason, sending the version read', async () => {
    const { calls } = mockFetch(({ method }) => [200, method === 'PATCH' ? { ...placement, status: 'terminated', version: 2 } : placement]);
    renderPage();
    fireEvent.click(await screen.findByTestId('status-terminate'));
    fireEvent.click(screen.getByTestId('terminate-save'));
    expect(await screen.findByTestId('error-terminatedOn')).toBeTruthy();
    expect(screen.getByTestId('error-terminationReason')).toBeTruthy();
    fireEvent.change(document.querySelector('[name="terminatedOn"]') as HTMLInputElement, { target: { value: '31/03/2569' } });
    fireEvent.change(document.querySelector('[name="terminationReason"]') as HTMLTextAreaElement, { target: { value: 'ย้ายออกนอกพื้นที่' } });
    fireEvent.click(screen.getByTestId('terminate-save'));
    await waitFor(() => expect(calls.some((c) => c.method === 'PATCH')).toBe(true));
    expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({
      version: 1,
      status: 'terminated',
      terminatedOn: '2026-03-31',
      terminationReason: 'ย้ายออกนอกพื้นที่',
    });
  });
});
