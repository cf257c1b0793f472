import { fireEvent, screen } from '@testing-library/react';
import type { Page, ResidentView } from '@elderwork/contracts';
import { mockFetch, renderAt, type Call } from '../test-utils';
import { caregiverOf, residentOf, rosterOf } from '../test-fixtures';
import { NewCaregiverPage } from './NewCaregiverPage';

const free = residentOf({ id: '5a0f0c0e-1111-4a4a-9a9a-000000000001', firstName: 'บุญมา', lastName: 'ศรีสุข' });
const engaged = residentOf({ id: '5a0f0c0e-1111-4a4a-9a9a-000000000002', firstName: 'สมหวัง', lastName: 'ดีใจ' });

function api(onPost: (call: Call) => [number, unknown]) {
  return mockFetch((call) => {
    if (call.method === 'POST') return onPost(call);
    if (call.url === '/api/caregivers') return [200, [rosterOf({ id: 'cg-9', resident: { id: engaged.id, name: 'นายสมหวัง ดีใจ', nationalId: engaged.nationalId, sex: 'male', age: 82 } })]];
    if (call.url.startsWith('/api/residents?')) {
      const page: Page<ResidentView> = { items: [engaged, free], total: 2, page: 1, pageSize: 20 };
      return [200, page];
    }
    return [404, { statusCode: 404, code: 'NOT_FOUND', message: 'ไม่พบ' }];
  });
}

const type = (name: string, value: string) =>
  fireEvent.change(document.querySelector(`[name="${name}"]`) as HTMLInputElement, { target: { value } });

async function chooseFree() {
  fireEvent.change(await screen.findByTestId('elder-search'), { target: { value: 'บุญมา' } });
  fireEvent.click(screen.getByTestId('elder-search-submit'));
  const options = await screen.findAllByTestId('elder-option');
  // Someone already engaged cannot be registered again, and comes last.
  expect(options[1].getAttribute('data-eligible')).toBe('false');
  expect(options[1].textContent).toContain('เป็นอาสาสมัครอยู่แล้ว');
  fireEvent.click(options[0].querySelector('button') as HTMLButtonElement);
  await screen.findByTestId('elder-selected');
}

const renderNew = () => renderAt(<NewCaregiverPage />, { path: '/caregivers/new', route: '/caregivers/new' });

describe('NewCaregiverPage', () => {
  it('registers with 70 course hours; an empty stipend is left to the regulation’s default', async () => {
    const { calls } = api(() => [201, caregiverOf({ id: 'cg-new' })]);
    renderNew();
    await chooseFree();
    type('startDate', '01/11/2569');
    type('certifiedOn', '25/10/2569');
    type('careManager', 'นางสาวพรทิพย์ ใจงาม');
    fireEvent.click(screen.getByTestId('caregiver-save'));
    expect((await screen.findByTestId('elsewhere')).textContent).toBe('/caregivers/cg-new');
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      residentId: free.id,
      startDate: '2026-11-01',
      trainingHours: 70,
      certifiedOn: '2026-10-25',
      extraCourseHours: 0,
      careManager: 'นางสาวพรทิพย์ ใจงาม',
    });
  });

  it('puts the server’s refusal of a certificate before 70 hours on its field', async () => {
    const message = 'ระบุวันที่ผ่านการอบรมได้เมื่อบันทึกชั่วโมงอบรมครบ 70 ชั่วโมงแล้ว';
    api(() => [400, { statusCode: 400, code: 'VALIDATION_FAILED', message: 'ข้อมูลไม่ถูกต้อง', errors: [{ field: 'certifiedOn', code: 'courseIncomplete', message }] }]);
    renderNew();
    await chooseFree();
    type('trainingHours', '40');
    type('certifiedOn', '25/10/2569');
    type('careManager', 'นางสาวพรทิพย์ ใจงาม');
    type('monthlyStipend', '5,500');
    fireEvent.click(screen.getByTestId('caregiver-save'));
    expect((await screen.findByTestId('error-certifiedOn')).textContent).toBe(message);
  });

  it('links to the overlapping engagement (409 OVERLAPPING_CAREGIVER)', async () => {
    api(() => [
      409,
      {
        statusCode: 409,
        code: 'OVERLAPPING_CAREGIVER',
        message: 'ผู้สูงอายุรายนี้ขึ้นทะเบียนเป็นอาสาสมัครบริบาลท้องถิ่นในช่วงวันที่ซ้อนทับกันอยู่แล้ว',
        existingId: 'cg-old',
        errors: [{ field: 'startDate', code: 'caregiverOverlap', message: 'ช่วงวันที่ซ้อนทับกับการปฏิบัติงานเดิมของผู้สูงอายุรายนี้' }],
      },
    ]);
    renderNew();
    await chooseFree();
    type('careManager', 'นางสาวพรทิพย์ ใจงาม');
    fireEvent.click(screen.getByTestId('caregiver-save'));
    expect((await screen.findByTestId('conflict-error')).textContent).toContain('ซ้อนทับกันอยู่แล้ว');
    expect(screen.getByTestId('existing-link').getAttribute('href')).toBe('/caregivers/cg-old');
    expect(screen.getByTestId('error-startDate').textContent).toBe('ช่วงวันที่ซ้อนทับกับการปฏิบัติงานเดิมของผู้สูงอายุรายนี้');
  });
});
