import type { CourseDetailView, IncomeRecordView, JobDetailView, JobPlacementView, ProductView, ResidentView, WisdomRegistrationView } from '@elderwork/contracts';
import { TestApp, type TestLao, type TestUser } from './support/test-app';

/** Every occupations endpoint with an id: another LAO gets 404 (path or body), officers get 403. */
describe('occupations isolation', () => {
  let t: TestApp;
  let lao: TestLao;
  let staff: TestUser;
  let other: TestUser;
  let elder: ResidentView;
  let theirElder: ResidentView;
  let course: CourseDetailView;
  let wisdom: WisdomRegistrationView;
  let product: ProductView;
  let record: IncomeRecordView;
  let job: JobDetailView;
  let placement: JobPlacementView;

  beforeAll(async () => {
    t = await TestApp.start();
    lao = await t.lao();
    staff = await t.user('staff', lao.id);
    other = await t.user('staff', (await t.lao()).id);
    elder = await t.resident(staff);
    theirElder = await t.resident(other);
    course = (await t.http.post('/api/courses').set(staff.auth).send({
      kind: 'elderly_school', title: 'ของเรา', startDate: '2025-06-04', endDate: '2025-06-25', weekdays: [3], startTime: '09:00', hoursPerSession: 3,
    }).expect(201)).body;
    await t.http.post(`/api/courses/${course.id}/enrolments`).set(staff.auth).send({ residentIds: [elder.id] }).expect(200);
    wisdom = (await t.http.post('/api/wisdom').set(staff.auth).send({ residentId: elder.id, branch: 'agriculture', title: 'ทำนา' }).expect(201)).body;
    product = (await t.http.post('/api/products').set(staff.auth).send({ name: 'ของเรา', category: 'food', makerIds: [elder.id] }).expect(201)).body;
    job = (await t.http.post('/api/jobs').set(staff.auth).send({
      title: 'งานของเรา', field: 'food', organisation: 'ครัวกลาง', weekdays: [1], startTime: '08:00', endTime: '12:00', physicalDemand: 'light', slots: 2,
    }).expect(201)).body;
    placement = (await t.http.post(`/api/jobs/${job.id}/placements`).set(staff.auth).send({ residentId: elder.id, from: '2025-01-01' }).expect(201)).body;
    record = (await t.http.post('/api/income-records').set(staff.auth)
      .send({ residentId: elder.id, month: '2025-05', amount: 100, source: 'service', channel: 'order', jobPlacementId: placement.id }).expect(201)).body;
  });
  afterAll(() => t.close());

  it('another LAO gets 404 for every id in a path, and nothing changes', async () => {
    const session = course.sessions[0]!;
    const calls = [
      t.http.get(`/api/courses/${course.id}`),
      t.http.patch(`/api/courses/${course.id}`).send({ version: 1, title: 'ยึด' }),
      t.http.post(`/api/courses/${course.id}/sessions`).send({ date: '2025-07-02' }),
      t.http.patch(`/api/courses/${course.id}/sessions/${session.id}`).send({ cancelled: true }),
      t.http.post(`/api/courses/${course.id}/sessions/${session.id}/attendance`).send({ residentIds: [] }),
      t.http.post(`/api/courses/${course.id}/enrolments`).send({ residentIds: [theirElder.id] }),
      t.http.delete(`/api/courses/${course.id}/enrolments/${elder.id}`),
      t.http.patch(`/api/courses/${course.id}/enrolments/${elder.id}`).send({ followUp: null }),
      t.http.get(`/api/wisdom/${wisdom.id}`),
      t.http.patch(`/api/wisdom/${wisdom.id}`).send({ version: 1, title: 'ยึด' }),
      t.http.get(`/api/products/${product.id}`),
      t.http.patch(`/api/products/${product.id}`).send({ version: 1, name: 'ยึด' }),
      t.http.delete(`/api/income-records/${record.id}`),
      t.http.get(`/api/jobs/${job.id}`),
      t.http.patch(`/api/jobs/${job.id}`).send({ version: 1, open: false }),
      t.http.get(`/api/jobs/${job.id}/matches`),
      t.http.post(`/api/jobs/${job.id}/placements`).send({ residentId: theirElder.id, from: '2025-01-01' }),
      t.http.patch(`/api/jobs/${job.id}/placements/${placement.id}`).send({ to: '2025-01-31' }),
      t.http.get(`/api/courses/not-a-uuid`),
    ];
    for (const call of calls) {
      const label = `${call.method} ${call.url}`;
      const res = await call.set(other.auth);
      expect([label, res.status]).toEqual([label, 404]);
    }
    const still = (await t.http.get(`/api/courses/${course.id}`).set(staff.auth).expect(200)).body as CourseDetailView;
    expect(still).toMatchObject({ title: 'ของเรา', version: 1, sessionsPlanned: 4, enrolled: 1 });
    expect((await t.http.get(`/api/jobs/${job.id}`).set(staff.auth).expect(200)).body).toMatchObject({ open: true, placements: [{ to: null }] });
    await t.http.get(`/api/income-records`).query({ residentId: elder.id }).set(staff.auth).expect(200).expect((r) => expect(r.body.total).toBe(1));
  });

  it('a session of another course, or a placement of another job, is not found either', async () => {
    const mine = (await t.http.post('/api/courses').set(staff.auth).send({
      kind: 'occupation_training', title: 'อีกหลักสูตร', startDate: '2025-06-02', endDate: '2025-06-09', weekdays: [1], startTime: '09:00', hoursPerSession: 2,
    }).expect(201)).body as CourseDetailView;
    await t.http.patch(`/api/courses/${mine.id}/sessions/${course.sessions[0]!.id}`).set(staff.auth).send({ cancelled: true }).expect(404);
    const otherJob = (await t.http.post('/api/jobs').set(staff.auth).send({
      title: 'อีกงาน', field: 'food', organisation: 'ครัว', weekdays: [1], startTime: '08:00', endTime: '12:00', physicalDemand: 'light', slots: 1,
    }).expect(201)).body as JobDetailView;
    await t.http.patch(`/api/jobs/${otherJob.id}/placements/${placement.id}`).set(staff.auth).send({ to: '2025-02-01' }).expect(404);
  });

  it('another LAO’s elders, products and placements referred to in a body are 404 naming the field', async () => {
    const theirCourse = (await t.http.post('/api/courses').set(other.auth).send({
      kind: 'elderly_school', title: 'ของเขา', startDate: '2025-06-04', endDate: '2025-06-11', weekdays: [3], startTime: '09:00', hoursPerSession: 3,
    }).expect(201)).body as CourseDetailView;
    const enrol = await t.http.post(`/api/courses/${theirCourse.id}/enrolments`).set(other.auth).send({ residentIds: [elder.id] }).expect(404);
    expect(enrol.body.errors[0].field).toBe('residentIds');
    await t.http.post(`/api/courses/${theirCourse.id}/enrolments`).set(other.auth).send({ residentIds: [theirElder.id] }).expect(200);
    const attend = await t.http.post(`/api/courses/${theirCourse.id}/sessions/${theirCourse.sessions[0]!.id}/attendance`).set(other.auth).send({ residentIds: [theirElder.id, elder.id] }).expect(404);
    expect(attend.body.errors[0].field).toBe('residentIds');
    const theirJob = (await t.http.post('/api/jobs').set(other.auth).send({
      title: 'งานของเขา', field: 'food', organisation: 'ครัว', weekdays: [1], startTime: '08:00', endTime: '12:00', physicalDemand: 'light', slots: 1,
    }).expect(201)).body as JobDetailView;
    expect((await t.http.post(`/api/jobs/${theirJob.id}/placements`).set(other.auth).send({ residentId: elder.id, from: '2025-01-01' }).expect(404)).body.errors[0].field).toBe('residentId');
    const income = await t.http.post('/api/income-records').set(other.auth)
      .send({ residentId: theirElder.id, month: '2025-05', amount: 1, source: 'service', channel: 'order', jobPlacementId: placement.id }).expect(404);
    expect(income.body.errors[0].field).toBe('jobPlacementId');
    const grid = await t.http.put('/api/income-records/month/2025-05').set(other.auth)
      .send({ rows: [{ residentId: theirElder.id, amount: 1, source: 'product', productId: product.id, channel: 'market' }] }).expect(404);
    expect(grid.body.errors).toEqual([expect.objectContaining({ row: 1, field: 'productId', code: 'productNotInLao' })]);
  });

  it('another LAO’s lists, month grid, matches and figures never show these records', async () => {
    for (const path of ['/api/courses', '/api/wisdom', '/api/products', '/api/jobs']) {
      expect((await t.http.get(path).set(other.auth).expect(200)).body.items.map((x: { title?: string; name?: string }) => x.title ?? x.name)).not.toContain('ของเรา');
    }
    expect((await t.http.get('/api/wisdom').query({ q: 'ทำนา' }).set(other.auth).expect(200)).body.total).toBe(0);
    expect((await t.http.get('/api/income-records').query({ month: '2025-05' }).set(other.auth).expect(200)).body.total).toBe(0);
    expect((await t.http.get('/api/income-records').query({ residentId: elder.id }).set(other.auth).expect(200)).body.total).toBe(0);
    const figures = (await t.http.get('/api/occupations/summary').query({ year: 2568 }).set(other.auth).expect(200)).body;
    expect(figures.income.amount).toBe(0);
    expect(figures.wisdom.registrations).toBe(0);
    const theirJob = (await t.http.post('/api/jobs').set(other.auth).send({
      title: 'งานทดสอบ', field: 'agriculture', organisation: 'สวน', weekdays: [1], startTime: '08:00', endTime: '12:00', physicalDemand: 'light', slots: 1,
    }).expect(201)).body as JobDetailView;
    const matches = (await t.http.get(`/api/jobs/${theirJob.id}/matches`).set(other.auth).expect(200)).body as { residentId: string }[];
    expect(matches.map((m) => m.residentId)).not.toContain(elder.id);
  });

  it('provincial and DLA officers get 403 on every occupations endpoint', async () => {
    const officers = [await t.user('province_officer', await t.orgUnit('province', lao.provinceCode)), await t.user('dla_officer', await t.orgUnit('dla', 'DLA'))];
    const session = course.sessions[0]!;
    for (const o of officers) {
      const calls = [
        t.http.get('/api/courses'), t.http.post('/api/courses').send({}), t.http.get(`/api/courses/${course.id}`), t.http.patch(`/api/courses/${course.id}`).send({}),
        t.http.post(`/api/courses/${course.id}/sessions`).send({}), t.http.patch(`/api/courses/${course.id}/sessions/${session.id}`).send({}),
        t.http.post(`/api/courses/${course.id}/sessions/${session.id}/attendance`).send({}), t.http.post(`/api/courses/${course.id}/enrolments`).send({}),
        t.http.delete(`/api/courses/${course.id}/enrolments/${elder.id}`), t.http.patch(`/api/courses/${course.id}/enrolments/${elder.id}`).send({}),
        t.http.get('/api/wisdom'), t.http.post('/api/wisdom').send({}), t.http.get(`/api/wisdom/${wisdom.id}`), t.http.patch(`/api/wisdom/${wisdom.id}`).send({}),
        t.http.get('/api/products'), t.http.post('/api/products').send({}), t.http.get(`/api/products/${product.id}`), t.http.patch(`/api/products/${product.id}`).send({}),
        t.http.get('/api/income-records').query({ month: '2025-05' }), t.http.post('/api/income-records').send({}), t.http.put('/api/income-records/month/2025-05').send({ rows: [] }),
        t.http.post('/api/income-records/import'), t.http.get('/api/income-records/import/template'), t.http.delete(`/api/income-records/${record.id}`),
        t.http.get('/api/jobs'), t.http.post('/api/jobs').send({}), t.http.get(`/api/jobs/${job.id}`), t.http.patch(`/api/jobs/${job.id}`).send({}),
        t.http.get(`/api/jobs/${job.id}/matches`), t.http.post(`/api/jobs/${job.id}/placements`).send({}), t.http.patch(`/api/jobs/${job.id}/placements/${placement.id}`).send({}),
        t.http.get('/api/occupations/summary').query({ year: 2568 }),
      ];
      for (const call of calls) {
        const label = `${call.method} ${call.url}`;
        const res = await call.set(o.auth);
        expect([label, res.status]).toEqual([label, 403]);
      }
    }
  });
});
