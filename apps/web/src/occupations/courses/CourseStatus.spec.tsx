import { screen, within } from '@testing-library/react';
import type { CourseDetailView, CourseView } from '@elderwork/contracts';
import { mockFetch, renderAt } from '../../test-utils';
import { CourseListPage } from './CourseListPage';
import { CoursePage } from './CoursePage';

const course: CourseView = {
  id: 'c-1',
  kind: 'occupation_training',
  title: 'ฝึกอบรมทำยาสีฟันสมุนไพรแฉ่ง',
  description: null,
  subjects: [],
  jobFields: [],
  startDate: '2027-01-05',
  endDate: '2027-02-23',
  weekdays: [2],
  startTime: '09:00',
  hoursPerSession: 3,
  partnerOrganisations: [],
  place: null,
  completionThreshold: 0.8,
  sessionsPlanned: 8,
  sessionsHeld: 0,
  enrolled: 4,
  completed: 0,
  ended: false,
  status: 'not_started',
  version: 1,
  createdAt: '2026-12-01T00:00:00Z',
};
const running: CourseView = { ...course, id: 'c-2', title: 'โรงเรียนผู้สูงอายุ ภาคเรียนที่ 2/2569', startDate: '2026-11-03', sessionsHeld: 5, status: 'running' };

describe('course status', () => {
  it('shows “not started” for a course before its start date, in the list', async () => {
    mockFetch(() => [200, { items: [course, running], total: 2 }]);
    renderAt(<CourseListPage />, { path: '/occupations/courses' });
    const rows = await screen.findAllByTestId('course-row');
    expect(within(rows[0]).getByTestId('course-status').textContent).toBe('ยังไม่เริ่ม');
    expect(within(rows[1]).getByTestId('course-status').textContent).toBe('กำลังเรียน');
  });

  it('shows “not started” on the course’s page, not “in progress”', async () => {
    const detail: CourseDetailView = { ...course, sessions: [], enrolments: [] };
    mockFetch(() => [200, detail]);
    renderAt(<CoursePage />, { path: '/occupations/courses/c-1', route: '/occupations/courses/:id' });
    expect((await screen.findByTestId('course-status')).textContent).toBe('ยังไม่เริ่ม');
    expect(screen.getByTestId('course-progress').textContent).not.toContain('กำลังเรียน');
  });
});
