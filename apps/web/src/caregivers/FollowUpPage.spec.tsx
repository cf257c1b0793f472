import { screen } from '@testing-library/react';
import type { CaregiverFollowUp } from '@elderwork/contracts';
import { mockFetch, renderAt } from '../test-utils';
import { FollowUpPage } from './FollowUpPage';

const followUp: CaregiverFollowUp = {
  asOf: '2026-12-04',
  lastMonth: '2026-11',
  staleAssessments: [],
  noLongerDependent: [
    {
      assignmentId: 'a-1',
      recipient: { id: 'd1e1a3f2-0000-4000-8000-000000000003', name: 'นางบุญมี ดีขึ้น' },
      caregiver: { id: 'c9e1a3f2-0000-4000-8000-000000000001', name: 'นางสมพร ใจดี' },
      from: '2025-10-01',
      assessedOn: '2026-11-20',
      total: 15,
      group: 'social',
    },
  ],
  belowMinimum: [],
  shortVisitDays: [],
};

describe('FollowUpPage', () => {
  it('lists elders in care who are no longer dependent, with the assessment date and score', async () => {
    mockFetch((call) => (call.url === '/api/caregivers/follow-up' ? [200, followUp] : [404, {}]));
    renderAt(<FollowUpPage />);
    const list = await screen.findByTestId('follow-up-not-dependent');
    const rows = screen.getAllByTestId('follow-up-not-dependent-row');
    expect(rows).toHaveLength(1);
    expect(list.querySelector('h2')?.textContent).toContain('ไม่อยู่ในภาวะพึ่งพิงแล้ว');
    const row = rows[0];
    expect(row?.textContent).toContain('20 พ.ย. 2569');
    expect(row?.textContent).toContain('15 คะแนน');
    expect(row?.textContent).toContain('ติดสังคม');
    expect(row?.querySelector('a[href="/caregivers/c9e1a3f2-0000-4000-8000-000000000001"]')?.textContent).toBe('นางสมพร ใจดี');
  });

  it('says so when every elder in care is still dependent', async () => {
    mockFetch((call) => (call.url === '/api/caregivers/follow-up' ? [200, { ...followUp, noLongerDependent: [] }] : [404, {}]));
    renderAt(<FollowUpPage />);
    expect((await screen.findByTestId('follow-up-not-dependent')).textContent).toContain('ผู้สูงอายุในความดูแลทุกคนยังอยู่ในภาวะพึ่งพิง');
    expect(screen.queryByTestId('follow-up-not-dependent-row')).toBeNull();
  });
});
