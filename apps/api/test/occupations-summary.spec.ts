import type { CourseDetailView, JobDetailView, JobPlacementView, OccupationsSummary, ProductView, ResidentView } from '@elderwork/contracts';
import { TestApp, type TestUser } from './support/test-app';

/** The figures of a year, checked against data built for them. */
describe('occupations summary', () => {
  let t: TestApp;
  let staff: TestUser;
  let summary: OccupationsSummary;
  let toothpaste: ProductView;
  let oil: ProductView;

  const put = (month: string, rows: object[]) => t.http.put(`/api/income-records/month/${month}`).set(staff.auth).send({ rows }).expect(200);
  const course = async (body: object, present: (i: number) => string[], enrol: string[]): Promise<CourseDetailView> => {
    const c = (await t.http.post('/api/courses').set(staff.auth).send({ startTime: '09:00', ...body }).expect(201)).body as CourseDetailView;
    await t.http.post(`/api/courses/${c.id}/enrolments`).set(staff.auth).send({ residentIds: enrol }).expect(200);
    for (const [i, s] of c.sessions.entries()) await t.http.post(`/api/courses/${c.id}/sessions/${s.id}/attendance`).set(staff.auth).send({ residentIds: present(i) }).expect(200);
    return c;
  };
  const sum = (list: { amount: number }[]): number => Math.round(list.reduce((a, g) => a + g.amount * 100, 0)) / 100;

  beforeAll(async () => {
    t = await TestApp.start();
    staff = await t.user('staff', (await t.lao()).id);
    // Ages at the start of FY2569 (1 October 2025): 75, 85, 65.
    const m: ResidentView = await t.resident(staff, { sex: 'male', prefix: 'นาย', firstName: 'สมชาย', birthDate: '1950-01-01' });
    const f: ResidentView = await t.resident(staff, { sex: 'female', firstName: 'สมศรี', birthDate: '1940-06-01' });
    const y: ResidentView = await t.resident(staff, { sex: 'female', firstName: 'สมใจ', birthDate: '1960-03-01' });
    toothpaste = (await t.http.post('/api/products').set(staff.auth).send({ name: 'ยาสีฟันสมุนไพร', category: 'herbal' }).expect(201)).body;
    oil = (await t.http.post('/api/products').set(staff.auth).send({ name: 'น้ำมันสมุนไพร', category: 'herbal' }).expect(201)).body;

    const job = (await t.http.post('/api/jobs').set(staff.auth).send({
      title: 'ช่วยงานสวน', field: 'agriculture', organisation: 'สวนผลไม้', weekdays: [1], startTime: '08:00', endTime: '12:00', physicalDemand: 'light', slots: 5,
    }).expect(201)).body as JobDetailView;
    const placement = (await t.http.post(`/api/jobs/${job.id}/placements`).set(staff.auth).send({ residentId: m.id, from: '2025-11-01', to: '2026-03-31' }).expect(201)).body as JobPlacementView;
    await t.http.post(`/api/jobs/${job.id}/placements`).set(staff.auth).send({ residentId: y.id, from: '2024-01-01', to: '2024-12-31' }).expect(201);

    await put('2025-09', [{ residentId: m.id, amount: 999, source: 'product', productId: toothpaste.id, channel: 'market' }]);
    await put('2025-10', [
      { residentId: m.id, amount: 1000, source: 'product', productId: toothpaste.id, channel: 'market' },
      { residentId: f.id, amount: 500.25, source: 'product', productId: toothpaste.id, channel: 'fair' },
    ]);
    await put('2025-11', [
      { residentId: m.id, amount: 1200, source: 'product', productId: toothpaste.id, channel: 'market' },
      { residentId: m.id, amount: 300, source: 'service', channel: 'order', jobPlacementId: placement.id },
    ]);
    await put('2026-01', [{ residentId: y.id, amount: 750, source: 'product', productId: oil.id, channel: 'online' }]);

    // Occupation training: four Mondays, 3 hours; m attends all four, f two.
    await course({ kind: 'occupation_training', title: 'แปรรูปสมุนไพร', startDate: '2025-10-06', endDate: '2025-10-27', weekdays: [1], hoursPerSession: 3 },
      (i) => (i < 2 ? [m.id, f.id] : [m.id]), [m.id, f.id]);
    // Elderly school: four Wednesdays, 2.5 hours, one cancelled; y attends the three held.
    const school = await course({ kind: 'elderly_school', title: 'โรงเรียนผู้สูงอายุ', startDate: '2026-02-04', endDate: '2026-02-25', weekdays: [3], hoursPerSession: 2.5 },
      (i) => (i < 3 ? [y.id] : []), [y.id]);
    await t.http.patch(`/api/courses/${school.id}/sessions/${school.sessions[3]!.id}`).set(staff.auth).send({ cancelled: true }).expect(200);

    await t.http.post('/api/wisdom').set(staff.auth).send({ residentId: m.id, branch: 'agriculture', title: 'ปลูกทุเรียน', registeredOn: '2025-12-01' }).expect(201);
    await t.http.post('/api/wisdom').set(staff.auth).send({ residentId: f.id, branch: 'agriculture', title: 'ทำนา', registeredOn: '2020-01-01' }).expect(201);
    await t.http.post('/api/wisdom').set(staff.auth).send({ residentId: y.id, branch: 'education', title: 'สอนอ่าน', registeredOn: '2026-10-15' }).expect(201);

    summary = (await t.http.get('/api/occupations/summary').query({ year: 2569 }).set(staff.auth).expect(200)).body;
  });
  afterAll(() => t.close());

  it('reads the fiscal year by default', () => {
    expect(summary).toMatchObject({ year: 2569, yearType: 'fiscal', period: { start: '2025-10-01', end: '2026-09-30' } });
  });

  it('income: persons, total and average, by channel, source, product, sex, age band and month', () => {
    const income = summary.income;
    expect(income).toMatchObject({ persons: 3, records: 5, amount: 3750.25, averagePerPerson: 1250.08 });
    expect(income.byChannel).toEqual([
      { channel: 'market', persons: 1, records: 2, amount: 2200 },
      { channel: 'online', persons: 1, records: 1, amount: 750 },
      { channel: 'fair', persons: 1, records: 1, amount: 500.25 },
      { channel: 'order', persons: 1, records: 1, amount: 300 },
    ]);
    expect(income.bySource).toEqual([
      { source: 'product', persons: 3, records: 4, amount: 3450.25 },
      { source: 'service', persons: 1, records: 1, amount: 300 },
    ]);
    expect(income.byProduct).toEqual([
      { productId: toothpaste.id, name: 'ยาสีฟันสมุนไพร', persons: 2, records: 3, amount: 2700.25 },
      { productId: oil.id, name: 'น้ำมันสมุนไพร', persons: 1, records: 1, amount: 750 },
    ]);
    expect(income.bySex).toEqual([
      { sex: 'female', persons: 2, records: 2, amount: 1250.25 },
      { sex: 'male', persons: 1, records: 3, amount: 2500 },
    ]);
    expect(income.byAgeBand.map((g) => [g.ageBand, g.persons, g.amount])).toEqual([['60-69', 1, 750], ['70-79', 1, 2500], ['80-89', 1, 500.25]]);
    expect(income.byMonth).toHaveLength(12);
    expect(income.byMonth.slice(0, 4)).toEqual([
      { month: '2025-10', persons: 2, records: 2, amount: 1500.25 },
      { month: '2025-11', persons: 1, records: 2, amount: 1500 },
      { month: '2025-12', persons: 0, records: 0, amount: 0 },
      { month: '2026-01', persons: 1, records: 1, amount: 750 },
    ]);
    for (const parts of [income.byChannel, income.bySource, income.bySex, income.byAgeBand, income.byMonth]) expect(sum(parts)).toBe(3750.25);
  });

  it('training: persons trained, hours held and attended, graduates, by kind', () => {
    expect(summary.training).toMatchObject({ courses: 2, sessionsHeld: 7, trainingHours: 19.5, personsTrained: 3, personHours: 25.5, graduates: 2 });
    expect(summary.training.byKind).toEqual([
      { kind: 'elderly_school', courses: 1, sessionsHeld: 3, trainingHours: 7.5, personsTrained: 1, personHours: 7.5, graduates: 1 },
      { kind: 'occupation_training', courses: 1, sessionsHeld: 4, trainingHours: 12, personsTrained: 2, personHours: 18, graduates: 1 },
    ]);
  });

  it('wisdom-bank registrations at the year’s end by branch, and job placements with the income that followed', () => {
    expect(summary.wisdom).toEqual({ registrations: 2, persons: 2, registeredInPeriod: 1, byBranch: [{ branch: 'agriculture', registrations: 2, persons: 2 }] });
    expect(summary.jobs).toEqual({ placements: 1, persons: 1, income: 300, byField: [{ field: 'agriculture', placements: 1, persons: 1, income: 300 }] });
  });

  it('reads a calendar year on request, and refuses a malformed year', async () => {
    const calendar = (await t.http.get('/api/occupations/summary').query({ year: 2568, yearType: 'calendar' }).set(staff.auth).expect(200)).body as OccupationsSummary;
    expect(calendar.income).toMatchObject({ persons: 2, amount: 999 + 1000 + 500.25 + 1200 + 300 });
    expect(calendar.jobs.placements).toBe(1);
    await t.http.get('/api/occupations/summary').query({ year: 69 }).set(staff.auth).expect(400);
    await t.http.get('/api/occupations/summary').query({ year: 2569, yearType: 'lunar' }).set(staff.auth).expect(400);
  });
});
