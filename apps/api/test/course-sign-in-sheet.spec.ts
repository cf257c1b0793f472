import type { CourseDetailView, ResidentView } from '@elderwork/contracts';
import { overlaps, pdfRuns } from './support/pdf-layout';
import { pdfText } from './support/pdf-text';
import { TestApp, type TestLao, type TestUser } from './support/test-app';

/** Issue 15, decision 0062: a printable sign-in sheet per course session. */
describe('a course session’s sign-in sheet', () => {
  let t: TestApp;
  let lao: TestLao;
  let staff: TestUser;
  let course: CourseDetailView;
  let elders: ResidentView[];

  const sheet = (user: TestUser, courseId: string, sessionId: string) => t.http.get(`/api/courses/${courseId}/sessions/${sessionId}/sign-in-sheet`).set(user.auth).buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });

  beforeAll(async () => {
    t = await TestApp.start();
    lao = await t.lao();
    staff = await t.user('staff', lao.id);
    course = (await t.http.post('/api/courses').set(staff.auth).send({
      kind: 'occupation_training', title: 'อบรมการทำขนมไทย', startDate: '2025-06-04', endDate: '2025-06-18', weekdays: [3], startTime: '13:30', hoursPerSession: 2, place: 'ศาลาประชาคม หมู่ 2',
    }).expect(201)).body;
    elders = [await t.resident(staff, { firstName: 'สมศรี', lastName: 'ขยันดี' }), await t.resident(staff, { firstName: 'กมล', lastName: 'ใจงาม' })];
    course = (await t.http.post(`/api/courses/${course.id}/enrolments`).set(staff.auth).send({ residentIds: elders.map((e) => e.id) }).expect(200)).body;
  });
  afterAll(() => t.close());

  it('is a PDF with the course, the LAO, the session’s date in BE and time, each enrolled elder by name (sorted, no ID) and room to sign', async () => {
    const session = course.sessions[1]!;
    const res = await sheet(staff, course.id, session.id).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.body as Buffer;
    // pdf.js reads ำ back as its compatibility form ํา: compare under NFKC, as report-documents does.
    const text = pdfText(pdf).normalize('NFKC');
    for (const expected of ['แบบลงลายมือชื่อผู้เข้าร่วม', 'อบรมการทำขนมไทย', 'วันที่ 11 มิถุนายน 2568 เวลา 13:30 น. (2 ชั่วโมง)', 'ศาลาประชาคม หมู่ 2', 'ลายมือชื่อ', 'รวม 2 คน', 'หน้า 1 / 1']) {
      expect(text).toContain(expected.normalize('NFKC'));
    }
    const names = elders.map((e) => `${e.prefix}${e.firstName} ${e.lastName}`.normalize('NFKC'));
    // Thai order: กมล before สมศรี.
    expect(text.indexOf(names[1]!)).toBeGreaterThan(-1);
    expect(text.indexOf(names[1]!)).toBeLessThan(text.indexOf(names[0]!));
    for (const e of elders) expect(text).not.toContain(e.nationalId);
    expect(overlaps(pdfRuns(pdf)).map(([a, b]) => `${a.str} × ${b.str}`)).toEqual([]);
    // Reading the names is logged like a list.
    const { rows } = await t.owner.query(`SELECT count FROM access_log WHERE lao_id = $1 AND list LIKE '%sign-in-sheet'`, [lao.id]);
    expect(rows).toEqual([{ count: 2 }]);
  });

  it('a cancelled session has none (409 in Thai); another course’s session is 404', async () => {
    const session = course.sessions[2]!;
    await t.http.patch(`/api/courses/${course.id}/sessions/${session.id}`).set(staff.auth).send({ cancelled: true, note: 'ฝนตก' }).expect(200);
    const res = await t.http.get(`/api/courses/${course.id}/sessions/${session.id}/sign-in-sheet`).set(staff.auth).expect(409);
    // An error is JSON, not a PDF attachment.
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['content-disposition']).toBeUndefined();
    expect(res.body).toMatchObject({ code: 'CONFLICT' });
    expect(res.body.errors).toEqual([{ field: 'sessionId', code: 'signInCancelledSession', message: 'ครั้งนี้ถูกยกเลิกแล้ว จึงไม่มีแบบลงลายมือชื่อ' }]);
    const other = (await t.http.post('/api/courses').set(staff.auth).send({ kind: 'occupation_training', title: 'อีกหลักสูตร', startDate: '2025-06-05', endDate: '2025-06-05', weekdays: [4], startTime: '09:00', hoursPerSession: 1 }).expect(201)).body as CourseDetailView;
    await t.http.get(`/api/courses/${other.id}/sessions/${course.sessions[0]!.id}/sign-in-sheet`).set(staff.auth).expect(404);
  });

  it('another LAO’s staff get 404; provincial and DLA officers get 403', async () => {
    const session = course.sessions[0]!;
    await t.http.get(`/api/courses/${course.id}/sessions/${session.id}/sign-in-sheet`).set((await t.user('staff', (await t.lao()).id)).auth).expect(404);
    for (const officer of [await t.user('province_officer', await t.orgUnit('province', lao.provinceCode)), await t.user('dla_officer', await t.orgUnit('dla', 'DLA'))]) {
      await t.http.get(`/api/courses/${course.id}/sessions/${session.id}/sign-in-sheet`).set(officer.auth).expect(403);
    }
  });
});
