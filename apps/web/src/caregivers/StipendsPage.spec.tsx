import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { StipendGeneration } from '@elderwork/contracts';
import { todayInBangkok } from '@elderwork/thai';
import { mockFetch, renderAt } from '../test-utils';
import { stipendOf } from '../test-fixtures';
import { StipendsPage } from './StipendsPage';

const a = stipendOf('s-1', 'นายสมหวัง ดีใจ', { monthlyStipend: 6000, amount: 6000, paidOn: '2026-11-05' });
const b = stipendOf('s-2', 'นางบุญมา ศรีสุข');
const c = stipendOf('s-3', 'นางสายใจ งามดี', { daysActive: 15, daysInMonth: 30, month: '2026-09', amount: 2500 });

describe('StipendsPage', () => {
  it('generates the month and says what was created and what was already there', async () => {
    let generated = false;
    const generation: StipendGeneration = { month: '2026-10', created: [b], existing: [a], belowNorm: [] };
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
    // At the norm: no question asked, and no confirmation sent.
    expect(screen.queryByTestId('stipend-confirm-dialog')).toBeNull();
    expect(calls.find((x) => x.method === 'POST')?.body).toEqual({ paidOn: '2026-10-05' });
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

  describe('below the visit norm (decision 0039)', () => {
    const idle = stipendOf('s-4', 'นายสมชาย ว่างงาน', { month: '2026-11', daysInMonth: 30, daysActive: 30, visits: { days: 0, minutes: 0, hours: 0 }, belowNorm: true });
    const busy = stipendOf('s-5', 'นางมาลี ขยัน', { month: '2026-11', daysInMonth: 30, daysActive: 30 });

    it('flags the volunteers below the norm after generating and in the list', async () => {
      let generated = false;
      const generation: StipendGeneration = {
        month: '2026-11',
        created: [idle, busy],
        existing: [],
        belowNorm: [{ stipendId: 's-4', caregiver: idle.caregiver, days: 0, minutes: 0, hours: 0, norm: { days: 20, hours: 160 }, paidOn: null }],
      };
      mockFetch((call) => {
        if (call.method === 'POST') {
          generated = true;
          return [200, generation];
        }
        return [200, generated ? [idle, busy] : []];
      });
      renderAt(<StipendsPage />, { path: '/caregivers/stipends?month=2026-11' });
      await screen.findByTestId('empty');
      fireEvent.click(screen.getByTestId('stipends-generate'));
      const alert = await screen.findByTestId('generate-below-norm');
      expect(alert.textContent).toContain('อาสาสมัครที่เยี่ยมบ้านต่ำกว่าเกณฑ์ 1 คน');
      expect(screen.getAllByTestId('below-norm-item').map((li) => li.textContent)).toEqual(['นายสมชาย ว่างงาน · เยี่ยมบ้าน 0/20 วัน · 0/160 ชม.']);
      await waitFor(() => expect(screen.getAllByTestId('stipend-row')).toHaveLength(2));
      const rows = screen.getAllByTestId('stipend-row');
      expect(rows.map((r) => r.getAttribute('data-below-norm'))).toEqual(['true', 'false']);
      expect(screen.getAllByTestId('stipend-visits').map((c) => c.textContent)).toEqual(['0/20 วัน · 0 ชม. ⚠ ต่ำกว่าเกณฑ์', '20/20 วัน · 160 ชม.']);
      expect(screen.getAllByTestId('stipend-below-norm')).toHaveLength(1);
    });

    it('asks in a dialog stating the days and the norm; cancel pays nothing, confirm sends confirmBelowNorm', async () => {
      const { calls } = mockFetch((call) => (call.method === 'POST' ? [200, { ...idle, paidOn: '2026-12-01', paidVisits: idle.visits }] : [200, [idle]]));
      renderAt(<StipendsPage />, { path: '/caregivers/stipends?month=2026-11' });
      fireEvent.click(await screen.findByTestId('stipend-pay'));
      fireEvent.change(document.querySelector('[name="paidOn"]') as HTMLInputElement, { target: { value: '01/12/2569' } });
      fireEvent.click(screen.getByTestId('stipend-pay-save'));
      const dialog = await screen.findByTestId('stipend-confirm-dialog');
      expect(dialog.getAttribute('role')).toBe('dialog');
      expect(screen.getByTestId('stipend-confirm-body').textContent).toBe(
        'เดือนพฤศจิกายน 2569 นายสมชาย ว่างงาน เยี่ยมบ้าน 0 วัน ต่ำกว่าเกณฑ์ 20 วัน ต้องการจ่ายค่าตอบแทนเต็มจำนวน 5,000.00 บาท ตามที่ อปท. พิจารณาแล้วหรือไม่ ระบบจะบันทึกจำนวนวันเยี่ยมบ้านไว้กับการจ่ายนี้',
      );
      fireEvent.click(screen.getByTestId('stipend-confirm-cancel'));
      expect(screen.queryByTestId('stipend-confirm-dialog')).toBeNull();
      expect(calls.filter((x) => x.method === 'POST')).toEqual([]);

      fireEvent.click(screen.getByTestId('stipend-pay-save'));
      fireEvent.click(await screen.findByTestId('stipend-confirm-ok'));
      await screen.findByTestId('flash');
      expect(calls.filter((x) => x.method === 'POST')).toMatchObject([{ url: '/api/stipends/s-4/paid', body: { paidOn: '2026-12-01', confirmBelowNorm: true } }]);
    });

    it('asks when the server refuses with 409 stipendBelowNorm, with the server’s days and norm', async () => {
      const message = 'เดือนนี้มีวันเยี่ยมบ้าน 3 วัน ต่ำกว่าเกณฑ์ 20 วัน กรุณายืนยันก่อนจ่ายค่าตอบแทนเต็มจำนวน';
      const { calls } = mockFetch((call) => {
        if (call.method !== 'POST') return [200, [busy]];
        if ((call.body as { confirmBelowNorm?: boolean }).confirmBelowNorm) return [200, { ...busy, paidOn: '2026-12-05' }];
        return [409, { statusCode: 409, code: 'CONFLICT', message, errors: [{ field: 'confirmBelowNorm', code: 'stipendBelowNorm', message, params: { days: 3, norm: 20 } }] }];
      });
      renderAt(<StipendsPage />, { path: '/caregivers/stipends?month=2026-11' });
      fireEvent.click(await screen.findByTestId('stipend-pay'));
      fireEvent.click(screen.getByTestId('stipend-pay-save'));
      expect((await screen.findByTestId('stipend-confirm-body')).textContent).toContain('เยี่ยมบ้าน 3 วัน ต่ำกว่าเกณฑ์ 20 วัน');
      fireEvent.click(screen.getByTestId('stipend-confirm-ok'));
      await screen.findByTestId('flash');
      expect(calls.filter((x) => x.method === 'POST').map((x) => x.body)).toEqual([{ paidOn: todayInBangkok() }, { paidOn: todayInBangkok(), confirmBelowNorm: true }]);
    });

    it('a paid stipend shows the visit counts it was paid on', async () => {
      const paid = { ...idle, visits: { days: 2, minutes: 240, hours: 4 }, paidOn: '2026-12-05', paidVisits: { days: 0, minutes: 0, hours: 0 } };
      mockFetch(() => [200, [paid]]);
      renderAt(<StipendsPage />, { path: '/caregivers/stipends?month=2026-11' });
      expect((await screen.findByTestId('stipend-paid-visits')).textContent).toBe('จ่ายเมื่อเยี่ยมบ้าน 0/20 วัน · 0 ชม.');
      expect(screen.getByTestId('stipend-visits').textContent).toContain('2/20 วัน · 4 ชม.');
      expect(screen.queryByTestId('stipend-pay')).toBeNull();
    });
  });
});
