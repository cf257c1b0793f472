import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { CourseDetailView, CourseSessionView, EnrolmentView } from '@elderwork/contracts';
import { mockFetch, renderAt } from '../../test-utils';
import { CoursePage } from './CoursePage';

const enrolment = (id: string, name: string, nationalId: string, attended: number): EnrolmentView => ({
  resident: { id, name, nationalId },
  enrolledAt: '2026-05-01T00:00:00Z',
  attended,
  held: 2,
  attendanceRate: attended / 2,
  completed: false,
  followUp: null,
  followUpNote: null,
});

const A = enrolment('r-a', 'นางจำเนียร ทองคำ', '3160000015567', 1);
const B = enrolment('r-b', 'นายชูชาติ ศรีสุข', '3160000011499', 0);
const C = enrolment('r-c', 'นางบุญมี ใจดี', '3160000011111', 0);
const held: CourseSessionView = { id: 's-1', date: '2026-05-06', startTime: '09:00', hours: 3, cancelled: false, held: true, note: null, presentResidentIds: ['r-a'] };
const upcoming: CourseSessionView = { ...held, id: 's-2', date: '2099-05-13', held: false, presentResidentIds: [] };

const course: CourseDetailView = {
  id: 'c-1',
  kind: 'elderly_school',
  title: 'โรงเรียนผู้สูงอายุ อบต.ลำนารายณ์ ภาคเรียนที่ 1/2569',
  description: null,
  subjects: ['health', 'exercise'],
  jobFields: [],
  startDate: '2026-05-06',
  endDate: '2026-09-30',
  weekdays: [3],
  startTime: '09:00',
  hoursPerSession: 3,
  partnerOrganisations: ['โรงพยาบาลส่งเสริมสุขภาพตำบลลำนารายณ์'],
  place: 'ศาลาอเนกประสงค์',
  completionThreshold: 0.8,
  sessionsPlanned: 2,
  sessionsHeld: 1,
  enrolled: 3,
  completed: 0,
  ended: false,
  status: 'running',
  version: 1,
  createdAt: '2026-05-01T00:00:00Z',
  sessions: [held, upcoming],
  enrolments: [A, B, C],
};

const renderCourse = () => renderAt(<CoursePage />, { path: '/occupations/courses/c-1', route: '/occupations/courses/:id' });

describe('CoursePage attendance sheet', () => {
  it('posts the elders ticked on the sheet, in the sheet’s order, replacing the session’s list', async () => {
    const { calls } = mockFetch(({ method, body }) => {
      if (method === 'POST') return [200, { ...held, presentResidentIds: (body as { residentIds: string[] }).residentIds }];
      return [200, course];
    });
    renderCourse();
    expect((await screen.findByTestId('course-schedule')).textContent).toBe('ทุกวันพุธ เวลา 09:00 น. ครั้งละ 3 ชั่วโมง');
    // Only a held session has a sheet.
    expect(screen.queryByTestId('session-attendance-s-2')).toBeNull();
    fireEvent.click(screen.getByTestId('session-attendance-s-1'));

    const a = (await screen.findByTestId('attend-r-a')) as HTMLInputElement;
    expect(a.checked).toBe(true);
    expect((screen.getByTestId('attend-r-b') as HTMLInputElement).checked).toBe(false);
    fireEvent.click(screen.getByTestId('attend-r-c'));
    fireEvent.click(screen.getByTestId('attend-r-b'));
    fireEvent.click(a); // A was marked present by mistake
    expect(screen.getByTestId('attendance-count').textContent).toBe('มาเรียน 2 จาก 3 คน');
    fireEvent.click(screen.getByTestId('attendance-save'));

    expect((await screen.findByTestId('attendance-flash')).textContent).toBe('บันทึกการเข้าเรียนแล้ว (2 คน)');
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.url).toBe('/api/courses/c-1/sessions/s-1/attendance');
    expect(post?.body).toEqual({ residentIds: ['r-b', 'r-c'] });
    // The course is read again: completion and counts are the server's.
    await waitFor(() => expect(calls.filter((c) => c.method === 'GET' && c.url === '/api/courses/c-1')).toHaveLength(2));
  });

  it('clears a session with an empty list, and shows the server’s reason when refused', async () => {
    const message = 'ผู้สูงอายุต่อไปนี้ยังไม่ได้ลงทะเบียนในหลักสูตรนี้: นายชูชาติ ศรีสุข';
    const { calls } = mockFetch(({ method }) => {
      if (method === 'POST')
        return [400, { statusCode: 400, code: 'VALIDATION_FAILED', message: 'ข้อมูลไม่ถูกต้อง', errors: [{ field: 'residentIds', code: 'notEnrolled', message }] }];
      return [200, course];
    });
    renderCourse();
    fireEvent.click(await screen.findByTestId('session-attendance-s-1'));
    fireEvent.click(await screen.findByTestId('attendance-clear'));
    fireEvent.click(screen.getByTestId('attendance-save'));
    expect((await screen.findByTestId('attendance-error')).textContent).toContain(message);
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ residentIds: [] });
  });
});
