import { fireEvent, screen } from '@testing-library/react';
import type { CareVisitView } from '@elderwork/contracts';
import { todayInBangkok } from '@elderwork/thai';
import { mockFetch, renderAt, type Call } from '../test-utils';
import { assignmentOf, caregiverOf } from '../test-fixtures';
import { VisitPage } from './VisitPage';

const caregiver = caregiverOf({
  recipients: [
    assignmentOf('d1e1a3f2-0000-4000-8000-000000000001', 'นายทองดี มีสุข'),
    assignmentOf('d1e1a3f2-0000-4000-8000-000000000002', 'นางมาลี ใจงาม', { latestAdl: { assessedOn: '2026-07-22', total: 3, group: 'bedbound', reassessmentDueOn: '2027-04-22' } }),
    assignmentOf('d1e1a3f2-0000-4000-8000-000000000003', 'นายเก่า พ้นแล้ว', { current: false, to: '2026-09-30' }),
  ],
});

const saved: CareVisitView = {
  id: 'v-1',
  caregiver: { id: 'c9e1a3f2-0000-4000-8000-000000000001', name: caregiver.resident.name },
  recipient: { id: 'd1e1a3f2-0000-4000-8000-000000000002', name: 'นางมาลี ใจงาม' },
  assignmentId: 'a-r-2',
  visitedOn: todayInBangkok(),
  minutes: 120,
  activities: ['feeding', 'vital_signs'],
  note: null,
  createdAt: '2026-11-26T03:00:00Z',
  version: 1,
  updatedAt: null,
};

function api(onPost: (call: Call) => [number, unknown]) {
  return mockFetch((call) => {
    if (call.method === 'POST') return onPost(call);
    if (call.url === '/api/caregivers/c9e1a3f2-0000-4000-8000-000000000001') return [200, caregiver];
    if (call.url.startsWith('/api/care-visits')) return [200, []];
    return [404, { statusCode: 404, code: 'NOT_FOUND', message: 'ไม่พบ' }];
  });
}

const renderVisit = () => renderAt(<VisitPage />, { path: '/caregivers/c9e1a3f2-0000-4000-8000-000000000001/visit', route: '/caregivers/:id/visit' });

describe('VisitPage', () => {
  it('offers only the current recipients, defaults the date to today (BE) and posts the DTO', async () => {
    const { calls } = api(() => [201, saved]);
    renderVisit();
    const select = (await screen.findByTestId('visit-recipient')) as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual(['', 'd1e1a3f2-0000-4000-8000-000000000001', 'd1e1a3f2-0000-4000-8000-000000000002']);
    const [y, m, d] = todayInBangkok().split('-');
    expect((screen.getByTestId('visit-date') as HTMLInputElement).value).toBe(`${d}/${m}/${Number(y) + 543}`);
    expect(calls.some((c) => c.url === `/api/care-visits?caregiverId=c9e1a3f2-0000-4000-8000-000000000001&month=${y}-${m}`)).toBe(true);

    fireEvent.change(select, { target: { value: 'd1e1a3f2-0000-4000-8000-000000000002' } });
    fireEvent.click(screen.getByTestId('minutes-120'));
    expect(screen.getByTestId('minutes-120').getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByTestId('activity-feeding'));
    fireEvent.click(screen.getByTestId('activity-vital_signs'));
    fireEvent.click(screen.getByTestId('visit-save'));

    expect((await screen.findByTestId('visit-flash')).textContent).toBe('บันทึกการเยี่ยม นางมาลี ใจงาม 120 นาทีแล้ว');
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.url).toBe('/api/care-visits');
    expect(post?.body).toEqual({
      caregiverId: 'c9e1a3f2-0000-4000-8000-000000000001',
      recipientId: 'd1e1a3f2-0000-4000-8000-000000000002',
      visitedOn: todayInBangkok(),
      minutes: 120,
      activities: ['feeding', 'vital_signs'],
    });
    // Ready for the next visit: same elder and day, the rest cleared.
    expect(select.value).toBe('d1e1a3f2-0000-4000-8000-000000000002');
    expect((screen.getByTestId('visit-minutes') as HTMLInputElement).value).toBe('');
    expect((screen.getByTestId('activity-feeding') as HTMLInputElement).checked).toBe(false);
  });

  it('lists the new visit under this month once it is saved (the save refreshes the list)', async () => {
    let posted = false;
    mockFetch((call) => {
      if (call.method === 'POST') {
        posted = true;
        return [201, saved];
      }
      if (call.url === '/api/caregivers/c9e1a3f2-0000-4000-8000-000000000001') return [200, caregiver];
      if (call.url.startsWith('/api/care-visits')) return [200, posted ? [saved] : []];
      return [404, { statusCode: 404, code: 'NOT_FOUND', message: 'ไม่พบ' }];
    });
    renderVisit();
    fireEvent.change(await screen.findByTestId('visit-recipient'), { target: { value: 'd1e1a3f2-0000-4000-8000-000000000002' } });
    expect(await screen.findByText('ยังไม่มีการเยี่ยมในเดือนนี้')).toBeTruthy();
    fireEvent.click(screen.getByTestId('minutes-120'));
    fireEvent.click(screen.getByTestId('activity-feeding'));
    fireEvent.click(screen.getByTestId('visit-save'));
    const row = await screen.findByTestId('visit-row');
    expect(row.textContent).toContain('นางมาลี ใจงาม');
    expect(row.textContent).toContain('120');
    expect(screen.getAllByTestId('visit-row')).toHaveLength(1);
  });

  it('asks for the elder, the minutes and at least one activity before sending', async () => {
    const { calls } = api(() => [500, {}]);
    renderVisit();
    await screen.findByTestId('visit-recipient');
    fireEvent.click(screen.getByTestId('visit-save'));
    expect((await screen.findByTestId('error-recipientId')).textContent).toBe('กรุณาเลือกผู้สูงอายุ');
    expect(screen.getByTestId('error-minutes').textContent).toBe('เวลาที่ดูแลต้องเป็นจำนวนเต็ม 1–720 นาที');
    expect(screen.getByTestId('error-activities').textContent).toContain('กรุณาเลือกกิจกรรมการดูแลอย่างน้อย 1 รายการ');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('puts the server’s refusal on the elder field', async () => {
    const message = 'ไม่มีการดูแลของอาสาสมัครรายนี้ต่อผู้สูงอายุรายนี้ในวันที่เยี่ยม';
    api(() => [400, { statusCode: 400, code: 'VALIDATION_FAILED', message: 'ข้อมูลไม่ถูกต้อง', errors: [{ field: 'recipientId', code: 'noCurrentAssignment', message }] }]);
    renderVisit();
    fireEvent.change(await screen.findByTestId('visit-recipient'), { target: { value: 'd1e1a3f2-0000-4000-8000-000000000001' } });
    fireEvent.change(screen.getByTestId('visit-minutes'), { target: { value: '45' } });
    fireEvent.click(screen.getByTestId('activity-companionship'));
    fireEvent.click(screen.getByTestId('visit-save'));
    expect((await screen.findByTestId('error-recipientId')).textContent).toBe(message);
    expect(screen.getByTestId('form-error')).toBeTruthy();
  });
});
