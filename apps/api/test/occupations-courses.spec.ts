import type { CourseDetailView, CourseSessionView, CourseView, EnrolmentView } from '@elderwork/contracts';
import { addDays, todayInBangkok } from '@elderwork/thai';
import { TestApp, type TestUser } from './support/test-app';

/** Courses and the elderly school through HTTP: sessions from a weekly schedule, attendance, completion, follow-up. */
describe('courses (occupations)', () => {
  let t: TestApp;
  let staff: TestUser;

  const school = {
    kind: 'elderly_school',
    title: 'โรงเรียนผู้สูงอายุ รุ่นทดสอบ',
    subjects: ['health', 'exercise', 'occupation_income'],
    // Wednesdays, 4 June – 30 July 2025: nine sessions.
    startDate: '2025-06-04',
    endDate: '2025-07-30',
    weekdays: [3],
    startTime: '09:00',
    hoursPerSession: 3,
    partnerOrganisations: ['โรงพยาบาลส่งเสริมสุขภาพตำบล', 'กศน.อำเภอ'],
  };
  const create = (body: object) => t.http.post('/api/courses').set(staff.auth).send(body);
  const attend = (course: CourseDetailView, session: CourseSessionView, residentIds: string[]) =>
    t.http.post(`/api/courses/${course.id}/sessions/${session.id}/attendance`).set(staff.auth).send({ residentIds });
  const enrolment = (course: CourseDetailView, residentId: string): EnrolmentView => course.enrolments.find((e) => e.resident.id === residentId)!;
  const reload = async (course: CourseDetailView): Promise<CourseDetailView> => (await t.http.get(`/api/courses/${course.id}`).set(staff.auth).expect(200)).body;

  beforeAll(async () => {
    t = await TestApp.start();
    staff = await t.user('staff', (await t.lao()).id);
  });
  afterAll(() => t.close());

  it('generates the sessions from the weekly schedule (BE dates accepted), with the defaults', async () => {
    const res = await create({ ...school, startDate: '04/06/2568', endDate: '2568-07-30' }).expect(201);
    const course = res.body as CourseDetailView;
    expect(course).toMatchObject({
      kind: 'elderly_school', startDate: '2025-06-04', endDate: '2025-07-30', weekdays: [3], startTime: '09:00', hoursPerSession: 3,
      completionThreshold: 0.8, sessionsPlanned: 9, sessionsHeld: 9, enrolled: 0, completed: 0, ended: true, status: 'ended', version: 1,
    });
    expect(course.sessions.map((s) => s.date)).toEqual([
      '2025-06-04', '2025-06-11', '2025-06-18', '2025-06-25', '2025-07-02', '2025-07-09', '2025-07-16', '2025-07-23', '2025-07-30',
    ]);
    expect(course.sessions.every((s) => s.hours === 3 && s.startTime === '09:00' && s.held && !s.cancelled)).toBe(true);
    const list = await t.http.get('/api/courses').query({ kind: 'elderly_school' }).set(staff.auth).expect(200);
    expect(list.body.items.map((c: CourseView) => c.id)).toContain(course.id);
    const otherYear = await t.http.get('/api/courses').query({ year: 2570, yearType: 'calendar' }).set(staff.auth).expect(200);
    expect(otherYear.body.items.map((c: CourseView) => c.id)).not.toContain(course.id);
  });

  it('has not started before its start date (Asia/Bangkok), in the list and on its page; runs from that day', async () => {
    const today = todayInBangkok();
    const statusInList = async (id: string) =>
      ((await t.http.get('/api/courses').set(staff.auth).expect(200)).body.items as CourseView[]).find((c) => c.id === id)?.status;
    // Starting next month (as 5 ม.ค. 2570 was, seen in December 2569), typed in BE: no session held, none ended.
    const start = addDays(today, 32);
    const [y, m, d] = start.split('-');
    const later = (await create({ ...school, startDate: `${d}/${m}/${Number(y) + 543}`, endDate: addDays(start, 60), weekdays: [1, 2, 3, 4, 5, 6, 7] }).expect(201))
      .body as CourseDetailView;
    expect(later).toMatchObject({ startDate: start, sessionsHeld: 0, ended: false, status: 'not_started' });
    expect((await reload(later)).status).toBe('not_started');
    expect(await statusInList(later.id)).toBe('not_started');
    // The day before its start still counts as not started; on the day itself it runs.
    const tomorrow = (await create({ ...school, startDate: addDays(today, 1), endDate: addDays(today, 14), weekdays: [1, 2, 3, 4, 5, 6, 7] }).expect(201)).body;
    expect(tomorrow.status).toBe('not_started');
    const fromToday = (await create({ ...school, startDate: today, endDate: addDays(today, 14), weekdays: [1, 2, 3, 4, 5, 6, 7] }).expect(201)).body;
    expect(fromToday).toMatchObject({ sessionsHeld: 1, ended: false, status: 'running' });
    expect(await statusInList(fromToday.id)).toBe('running');
    // Moved to start earlier: it runs now.
    const moved = await t.http.patch(`/api/courses/${later.id}`).set(staff.auth).send({ version: later.version, startDate: addDays(today, -3) }).expect(200);
    expect(moved.body).toMatchObject({ status: 'running', ended: false });
  });

  it('refuses bad schedules with the field and a Thai message', async () => {
    const bad = await create({ ...school, kind: 'cooking', weekdays: [0, 8], startTime: '25:00', hoursPerSession: 0, subjects: ['astrology'] }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['hoursPerSession', 'kind', 'startTime', 'subjects', 'weekdays']);
    for (const e of bad.body.errors) expect(e.message).toMatch(/[\u0E00-\u0E7F]/);
    const backwards = await create({ ...school, endDate: '2025-06-01' }).expect(400);
    expect(backwards.body.errors[0]).toMatchObject({ field: 'endDate', code: 'endBeforeStart' });
    const tooLong = await create({ ...school, endDate: '2028-01-01' }).expect(400);
    expect(tooLong.body.errors[0]).toMatchObject({ field: 'endDate', code: 'coursePeriod' });
    // Monday 2 June – Tuesday 3 June 2025 holds no Sunday.
    const none = await create({ ...school, startDate: '2025-06-02', endDate: '2025-06-03', weekdays: [7] }).expect(400);
    expect(none.body.errors[0]).toMatchObject({ field: 'weekdays', code: 'noSessions' });
    await create({ ...school, hoursPerSession: 2.555 }).expect(400);
    await create({ ...school, completionThreshold: 1.5 }).expect(400);
  });

  it('completes when attended ÷ held sessions reaches the threshold; cancelling a session changes the count', async () => {
    const course = (await create(school).expect(201)).body as CourseDetailView;
    const [a, b, c, d] = [await t.resident(staff, { firstName: 'กมล' }), await t.resident(staff, { firstName: 'ขวัญ' }), await t.resident(staff, { firstName: 'คำ' }), await t.resident(staff, { firstName: 'งาม' })];
    const enrolled = (await t.http.post(`/api/courses/${course.id}/enrolments`).set(staff.auth).send({ residentIds: [a.id, b.id, c.id, d.id] }).expect(200)).body as CourseDetailView;
    expect(enrolled.enrolled).toBe(4);
    // Enrolling again changes nothing.
    await t.http.post(`/api/courses/${course.id}/enrolments`).set(staff.auth).send({ residentIds: [a.id] }).expect(200);
    const s = course.sessions;
    // a: sessions 1–8, b: 1–7, c: 1–6, d: none; nobody on session 9.
    for (const [i, session] of s.slice(0, 8).entries()) {
      const present = [a.id, ...(i < 7 ? [b.id] : []), ...(i < 6 ? [c.id] : [])];
      const res = await attend(course, session, present).expect(200);
      expect((res.body as CourseSessionView).presentResidentIds.sort()).toEqual([...present].sort());
    }
    let now = await reload(course);
    expect(enrolment(now, a.id)).toMatchObject({ attended: 8, held: 9, completed: true, attendanceRate: 0.8889 });
    expect(enrolment(now, b.id)).toMatchObject({ attended: 7, held: 9, completed: false });
    expect(enrolment(now, d.id)).toMatchObject({ attended: 0, completed: false, attendanceRate: 0 });
    expect(now.completed).toBe(1);

    // Session 9 did not take place: 8 held, b's 7/8 = 0.875 completes, c's 6/8 = 0.75 does not.
    await t.http.patch(`/api/courses/${course.id}/sessions/${s[8]!.id}`).set(staff.auth).send({ cancelled: true, note: 'น้ำท่วม' }).expect(200);
    now = await reload(course);
    expect(now).toMatchObject({ sessionsPlanned: 8, sessionsHeld: 8, completed: 2 });
    expect(enrolment(now, b.id)).toMatchObject({ attended: 7, held: 8, completed: true });
    expect(enrolment(now, c.id)).toMatchObject({ attended: 6, held: 8, completed: false });

    // A stricter threshold takes b out again (7 < 0.9 × 8 = 7.2).
    now = (await t.http.patch(`/api/courses/${course.id}`).set(staff.auth).send({ version: 1, completionThreshold: 0.9 }).expect(200)).body;
    expect(enrolment(now, b.id).completed).toBe(false);
    expect(now.version).toBe(2);
  });

  it('replaces a session’s attendance and refuses elders not enrolled, sessions not held, and cancelled sessions', async () => {
    const course = (await create(school).expect(201)).body as CourseDetailView;
    const [a, b] = [await t.resident(staff), await t.resident(staff)];
    const outsider = await t.resident(staff, { firstName: 'ไม่ได้สมัคร' });
    await t.http.post(`/api/courses/${course.id}/enrolments`).set(staff.auth).send({ residentIds: [a.id, b.id] }).expect(200);
    const first = course.sessions[0]!;
    await attend(course, first, [a.id, b.id]).expect(200);
    const replaced = await attend(course, first, [b.id]).expect(200);
    expect(replaced.body.presentResidentIds).toEqual([b.id]);
    const notEnrolled = await attend(course, first, [a.id, outsider.id]).expect(400);
    expect(notEnrolled.body.errors[0]).toMatchObject({ field: 'residentIds', code: 'notEnrolled' });
    expect(notEnrolled.body.errors[0].message).toContain('ไม่ได้สมัคร');
    expect((await attend(course, first, []).expect(200)).body.presentResidentIds).toEqual([]);
    await attend(course, first, ['not-a-uuid']).expect(400);

    const cancelled = course.sessions[1]!;
    await t.http.patch(`/api/courses/${course.id}/sessions/${cancelled.id}`).set(staff.auth).send({ cancelled: true }).expect(200);
    expect((await attend(course, cancelled, [a.id]).expect(400)).body.errors[0].code).toBe('sessionNotHeld');

    // A course under way: its future sessions are not held yet.
    const today = todayInBangkok();
    const running = (await create({ ...school, startDate: addDays(today, -6), endDate: addDays(today, 7), weekdays: [1, 2, 3, 4, 5, 6, 7] }).expect(201)).body as CourseDetailView;
    await t.http.post(`/api/courses/${running.id}/enrolments`).set(staff.auth).send({ residentIds: [a.id] }).expect(200);
    const future = running.sessions.find((s) => s.date > today)!;
    expect(future.held).toBe(false);
    expect((await attend(running, future, [a.id]).expect(400)).body.errors[0].code).toBe('sessionNotHeld');
    for (const session of running.sessions.filter((s) => s.held)) await attend(running, session, [a.id]).expect(200);
    const during = await reload(running);
    // Every held session attended, but the course has not ended: not completed yet.
    expect(during).toMatchObject({ ended: false, sessionsHeld: 7, sessionsPlanned: 14 });
    expect(enrolment(during, a.id)).toMatchObject({ attended: 7, held: 7, attendanceRate: 1, completed: false });
  });

  it('edits sessions: moves, make-up sessions, and no cancelling or moving to the future once attended', async () => {
    const course = (await create(school).expect(201)).body as CourseDetailView;
    const a = await t.resident(staff);
    await t.http.post(`/api/courses/${course.id}/enrolments`).set(staff.auth).send({ residentIds: [a.id] }).expect(200);
    const moved = await t.http.patch(`/api/courses/${course.id}/sessions/${course.sessions[2]!.id}`).set(staff.auth)
      .send({ date: '19/06/2568', startTime: '13:30', hours: 2.5 }).expect(200);
    expect(moved.body).toMatchObject({ date: '2025-06-19', startTime: '13:30', hours: 2.5, held: true });
    await attend(course, course.sessions[0]!, [a.id]).expect(200);
    const cancel = await t.http.patch(`/api/courses/${course.id}/sessions/${course.sessions[0]!.id}`).set(staff.auth).send({ cancelled: true }).expect(400);
    expect(cancel.body.errors[0]).toMatchObject({ field: 'cancelled', code: 'cancelAttendedSession' });
    await t.http.patch(`/api/courses/${course.id}/sessions/${course.sessions[0]!.id}`).set(staff.auth).send({ date: addDays(todayInBangkok(), 3) }).expect(400);
    // A make-up session after the planned end, with the course's time and hours.
    const makeUp = await t.http.post(`/api/courses/${course.id}/sessions`).set(staff.auth).send({ date: '2025-08-06', note: 'ชดเชย' }).expect(201);
    expect(makeUp.body).toMatchObject({ date: '2025-08-06', startTime: '09:00', hours: 3, note: 'ชดเชย', held: true });
    const now = await reload(course);
    expect(now.sessionsPlanned).toBe(10);
    await t.http.patch(`/api/courses/${course.id}/sessions/${course.sessions[0]!.id}`).set(staff.auth).send({ cancelled: 'maybe' }).expect(400);
  });

  it('regenerates the sessions when the schedule changes, until attendance is recorded', async () => {
    const course = (await create(school).expect(201)).body as CourseDetailView;
    const twice = await t.http.patch(`/api/courses/${course.id}`).set(staff.auth).send({ version: 1, weekdays: [5, 3] }).expect(200);
    // Wednesdays and Fridays from 4 June to 30 July 2025: 9 + 8.
    expect(twice.body).toMatchObject({ weekdays: [3, 5], sessionsPlanned: 17, version: 2 });
    await t.http.patch(`/api/courses/${course.id}`).set(staff.auth).send({ version: 1, title: 'ชื่อเก่า' }).expect(409);
    await t.http.patch(`/api/courses/${course.id}`).set(staff.auth).send({ version: 2, endDate: '2025-05-01' }).expect(400);
    const a = await t.resident(staff);
    await t.http.post(`/api/courses/${course.id}/enrolments`).set(staff.auth).send({ residentIds: [a.id] }).expect(200);
    await attend(course, (twice.body as CourseDetailView).sessions[0]!, [a.id]).expect(200);
    const locked = await t.http.patch(`/api/courses/${course.id}`).set(staff.auth).send({ version: 2, hoursPerSession: 2 }).expect(400);
    expect(locked.body.errors[0]).toMatchObject({ field: 'hoursPerSession', code: 'scheduleLocked' });
    const renamed = await t.http.patch(`/api/courses/${course.id}`).set(staff.auth).send({ version: 2, title: 'ชื่อใหม่', jobFields: ['food'] }).expect(200);
    expect(renamed.body).toMatchObject({ title: 'ชื่อใหม่', jobFields: ['food'], sessionsPlanned: 17 });
  });

  it('records what graduates went on to do, and takes off elders enrolled by mistake', async () => {
    const course = (await create({ ...school, startDate: '2025-06-04', endDate: '2025-06-11' }).expect(201)).body as CourseDetailView;
    const [grad, dropout, mistake] = [await t.resident(staff), await t.resident(staff), await t.resident(staff)];
    await t.http.post(`/api/courses/${course.id}/enrolments`).set(staff.auth).send({ residentIds: [grad.id, dropout.id, mistake.id] }).expect(200);
    for (const s of course.sessions) await attend(course, s, [grad.id]).expect(200);
    const followUp = (id: string, body: object) => t.http.patch(`/api/courses/${course.id}/enrolments/${id}`).set(staff.auth).send(body);
    const earning = await followUp(grad.id, { followUp: 'earning', followUpNote: 'ขายยาสีฟันสมุนไพรที่ตลาด' }).expect(200);
    expect(earning.body).toMatchObject({ completed: true, followUp: 'earning', followUpNote: 'ขายยาสีฟันสมุนไพรที่ตลาด' });
    expect((await followUp(grad.id, { followUp: 'teaching' }).expect(200)).body).toMatchObject({ followUp: 'teaching', followUpNote: 'ขายยาสีฟันสมุนไพรที่ตลาด' });
    expect((await followUp(dropout.id, { followUp: 'volunteering' }).expect(400)).body.errors[0]).toMatchObject({ field: 'followUp', code: 'notCompleted' });
    await followUp(grad.id, { followUp: 'astronaut' }).expect(400);
    expect((await followUp(grad.id, { followUp: null }).expect(200)).body.followUp).toBeNull();
    await followUp((await t.resident(staff)).id, { followUp: 'none' }).expect(404);

    await t.http.delete(`/api/courses/${course.id}/enrolments/${grad.id}`).set(staff.auth).expect(400);
    const after = await t.http.delete(`/api/courses/${course.id}/enrolments/${mistake.id}`).set(staff.auth).expect(200);
    expect((after.body as CourseDetailView).enrolments.map((e) => e.resident.id).sort()).toEqual([grad.id, dropout.id].sort());
    await t.http.delete(`/api/courses/${course.id}/enrolments/${mistake.id}`).set(staff.auth).expect(404);
  });
});
