import { fireEvent, screen } from '@testing-library/react';
import type { AdlAssessmentView, Page, ResidentView } from '@elderwork/contracts';
import { setLang } from '../i18n';
import { mockFetch, renderAt, type Call } from '../test-utils';
import { CaregiverPage } from './CaregiverPage';
import { assignmentOf, caregiverOf, residentOf } from '../test-fixtures';

const caregiver = caregiverOf({
  activeRecipients: 1,
  belowMinimum: true,
  recipients: [
    assignmentOf('d1e1a3f2-0000-4000-8000-000000000001', 'นายทองดี มีสุข', { latestAdl: { assessedOn: '2025-12-10', total: 8, group: 'homebound', reassessmentDueOn: '2026-09-10' } }),
  ],
});
const candidate = residentOf({ id: 'd1e1a3f2-0000-4000-8000-000000000009', firstName: 'สมใจ', lastName: 'รอดี' });
const assessment: AdlAssessmentView = {
  id: 'adl-1',
  residentId: 'd1e1a3f2-0000-4000-8000-000000000009',
  assessedOn: '2026-11-20',
  items: null,
  total: 9,
  group: 'homebound',
  dependent: true,
  reassessmentDueOn: '2027-08-20',
  note: null,
  assessedBy: { id: 'u-staff', displayName: 'สมศรี ใจดี' },
  createdAt: '2026-11-20T03:00:00Z',
};

function api(onAssign: (call: Call) => [number, unknown], history: AdlAssessmentView[] = [assessment]) {
  return mockFetch((call) => {
    if (call.method === 'POST') return onAssign(call);
    if (call.url === '/api/caregivers/c9e1a3f2-0000-4000-8000-000000000001') return [200, caregiver];
    if (call.url === '/api/residents/d1e1a3f2-0000-4000-8000-000000000009/adl-assessments') return [200, history];
    if (call.url.startsWith('/api/residents?')) {
      const page: Page<ResidentView> = { items: [candidate, residentOf({ id: 'r-cg', firstName: 'บุญมา' })], total: 2, page: 1, pageSize: 20 };
      return [200, page];
    }
    return [404, { statusCode: 404, code: 'NOT_FOUND', message: 'ไม่พบ' }];
  });
}

async function chooseCandidate() {
  fireEvent.change(await screen.findByTestId('elder-search'), { target: { value: 'สมใจ' } });
  fireEvent.click(screen.getByTestId('elder-search-submit'));
  const options = await screen.findAllByTestId('elder-option');
  // The caregiver themselves cannot be chosen, and comes last.
  expect(options[1].getAttribute('data-eligible')).toBe('false');
  fireEvent.click(options[0].querySelector('button') as HTMLButtonElement);
  await screen.findByTestId('elder-selected');
}

const renderPage = () => renderAt(<CaregiverPage />, { path: '/caregivers/c9e1a3f2-0000-4000-8000-000000000001', route: '/caregivers/:id' });

describe('CaregiverPage', () => {
  it('shows recipients with their ADL group, an overdue re-assessment, and the below-minimum flag', async () => {
    api(() => [500, {}]);
    renderPage();
    const row = await screen.findByTestId('recipient-row');
    expect(screen.getByTestId('recipient-adl-group').textContent).toBe('ติดบ้าน');
    expect(screen.getByTestId('recipient-overdue')).toBeTruthy();
    expect(row.textContent).toContain('8 คะแนน');
    expect(screen.getByTestId('flag-below-minimum')).toBeTruthy();
  });

  it('checks the chosen elder’s ADL and assigns them', async () => {
    const { calls } = api(() => [201, assignmentOf('d1e1a3f2-0000-4000-8000-000000000009', 'นายสมใจ รอดี')]);
    renderPage();
    await chooseCandidate();
    const check = await screen.findByTestId('adl-check');
    expect(check.getAttribute('data-dependent')).toBe('true');
    expect(check.textContent).toContain('ADL ล่าสุด 9 คะแนน (ติดบ้าน)');
    fireEvent.change(document.querySelector('[name="from"]') as HTMLInputElement, { target: { value: '20/11/2569' } });
    fireEvent.click(screen.getByTestId('assign-save'));
    await screen.findByTestId('flash');
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({ url: '/api/caregivers/c9e1a3f2-0000-4000-8000-000000000001/recipients', body: { recipientId: 'd1e1a3f2-0000-4000-8000-000000000009', from: '2026-11-20' } });
  });

  it('shows the 409 TOO_MANY_RECIPIENTS message and puts it on the elder field', async () => {
    const message = 'อาสาสมัครบริบาลท้องถิ่น 1 คนดูแลผู้สูงอายุที่มีภาวะพึ่งพิงได้ 2–4 คน (ระเบียบกระทรวงมหาดไทย พ.ศ. 2562) อาสาสมัครรายนี้ดูแลครบ 4 คนแล้ว';
    api(() => [409, { statusCode: 409, code: 'TOO_MANY_RECIPIENTS', message, errors: [{ field: 'recipientId', code: 'tooManyRecipients', message: 'ดูแลได้ไม่เกิน 4 คนพร้อมกัน' }] }]);
    renderPage();
    await chooseCandidate();
    await screen.findByTestId('adl-check');
    fireEvent.click(screen.getByTestId('assign-save'));
    expect((await screen.findByTestId('conflict-error')).textContent).toContain(message);
    expect(screen.getByTestId('error-recipientId').textContent).toBe('ดูแลได้ไม่เกิน 4 คนพร้อมกัน');
  });

  it('shows the 409 RECIPIENT_ALREADY_ASSIGNED message', async () => {
    const message = 'ผู้สูงอายุรายนี้อยู่ในความดูแลของอาสาสมัคร นายสมหวัง ดีใจ แล้ว ผู้สูงอายุ 1 คนมีอาสาสมัครบริบาลดูแลได้ครั้งละ 1 คน';
    api(() => [
      409,
      { statusCode: 409, code: 'RECIPIENT_ALREADY_ASSIGNED', message, existingId: 'a-7', errors: [{ field: 'recipientId', code: 'alreadyAssigned', message: 'อยู่ในความดูแลของ นายสมหวัง ดีใจ แล้ว' }] },
    ]);
    renderPage();
    await chooseCandidate();
    await screen.findByTestId('adl-check');
    fireEvent.click(screen.getByTestId('assign-save'));
    expect((await screen.findByTestId('conflict-error')).textContent).toContain(message);
    expect(screen.getByTestId('error-recipientId').textContent).toBe('อยู่ในความดูแลของ นายสมหวัง ดีใจ แล้ว');
  });

  it('warns about an elder in care re-assessed above the dependent range, and ends the care from the warning', async () => {
    const better = assignmentOf('d1e1a3f2-0000-4000-8000-000000000003', 'นางบุญมี ดีขึ้น', {
      from: '2025-10-01',
      latestAdl: { assessedOn: '2025-12-10', total: 15, group: 'social', reassessmentDueOn: '2026-09-10' },
    });
    const still = assignmentOf('d1e1a3f2-0000-4000-8000-000000000004', 'นายทองดี มีสุข', { from: '2025-10-01' });
    const { calls } = mockFetch((call) => {
      if (call.method === 'POST') return [200, { ...better, to: '2025-12-10', current: false }];
      if (call.url === '/api/caregivers/c9e1a3f2-0000-4000-8000-000000000001') return [200, caregiverOf({ activeRecipients: 2, recipients: [better, still] })];
      return [404, { statusCode: 404, code: 'NOT_FOUND', message: 'ไม่พบ' }];
    });
    renderPage();
    // One warning, on that elder: the date, the score and the group; the care is still open.
    const warning = await screen.findByTestId('recipient-not-dependent-warning');
    expect(screen.getAllByTestId('recipient-not-dependent-warning')).toHaveLength(1);
    expect(warning.getAttribute('data-recipient-id')).toBe(better.recipient.id);
    expect(warning.textContent).toContain('นางบุญมี ดีขึ้น: ไม่อยู่ในภาวะพึ่งพิงแล้ว');
    expect(warning.textContent).toContain('ผลประเมิน ADL วันที่ 10 ธ.ค. 2568 ได้ 15 คะแนน (ติดสังคม)');
    const rows = screen.getAllByTestId('recipient-row');
    expect(rows.map((r) => r.getAttribute('data-not-dependent'))).toEqual(['true', 'false']);
    const [flaggedRow, otherRow] = rows;
    expect(flaggedRow?.textContent).toContain('กำลังดูแล');
    expect(flaggedRow?.querySelector('[data-testid="recipient-not-dependent"]')).toBeTruthy();
    expect(otherRow?.querySelector('[data-testid="recipient-not-dependent"]')).toBeNull();

    // The existing end action, filled with the assessment's day and a reason naming it.
    fireEvent.click(screen.getByTestId('recipient-not-dependent-end'));
    const form = await screen.findByTestId('end-form');
    expect((form.querySelector('[name="to"]') as HTMLInputElement).value).toBe('10/12/2568');
    expect((form.querySelector('[name="reason"]') as HTMLTextAreaElement).value).toBe('ผลประเมิน ADL วันที่ 10 ธ.ค. 2568 ได้ 15 คะแนน (ติดสังคม) ไม่อยู่ในภาวะพึ่งพิงแล้ว');
    fireEvent.click(screen.getByTestId('end-save'));
    await screen.findByTestId('flash');
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({
      url: `/api/caregivers/c9e1a3f2-0000-4000-8000-000000000001/recipients/${better.recipient.id}/end`,
      body: { to: '2025-12-10', reason: 'ผลประเมิน ADL วันที่ 10 ธ.ค. 2568 ได้ 15 คะแนน (ติดสังคม) ไม่อยู่ในภาวะพึ่งพิงแล้ว' },
    });
  });

  it('warns in English when English is chosen', async () => {
    const better = assignmentOf('d1e1a3f2-0000-4000-8000-000000000003', 'นางบุญมี ดีขึ้น', {
      latestAdl: { assessedOn: '2026-11-02', total: 12, group: 'social', reassessmentDueOn: '2027-08-02' },
    });
    mockFetch((call) =>
      call.url === '/api/caregivers/c9e1a3f2-0000-4000-8000-000000000001' ? [200, caregiverOf({ recipients: [better] })] : [404, { statusCode: 404, code: 'NOT_FOUND', message: 'Not found' }],
    );
    setLang('en');
    renderPage();
    const warning = await screen.findByTestId('recipient-not-dependent-warning');
    expect(warning.textContent).toContain('No longer dependent');
    expect(warning.textContent).toContain('12 points (Socially active)');
  });

  it('does not offer to assign an elder who is not dependent', async () => {
    api(() => [500, {}], [{ ...assessment, total: 15, group: 'social', dependent: false }]);
    renderPage();
    await chooseCandidate();
    expect((await screen.findByTestId('adl-check')).getAttribute('data-dependent')).toBe('false');
    expect((screen.getByTestId('assign-save') as HTMLButtonElement).disabled).toBe(true);
  });
});
