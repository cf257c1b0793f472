import type { CourseDetailView, JobDetailView, JobMatchView, JobPlacementView, ResidentView } from '@elderwork/contracts';
import { addDays, todayInBangkok } from '@elderwork/thai';
import { TestApp, type TestUser } from './support/test-app';

describe('local jobs and matching (occupations)', () => {
  let t: TestApp;
  let staff: TestUser;

  const farmWork = {
    title: 'ช่วยงานสวนผลไม้', field: 'agriculture', organisation: 'วิสาหกิจชุมชนสวนผลไม้', place: 'หมู่ 3',
    weekdays: [2, 4], startTime: '07:00', endTime: '11:00', physicalDemand: 'moderate', slots: 1,
  };
  const newJob = async (body: object = farmWork): Promise<JobDetailView> => (await t.http.post('/api/jobs').set(staff.auth).send(body).expect(201)).body;
  const adl = (elder: ResidentView, total: number, assessedOn = '2025-01-10') =>
    t.http.post(`/api/residents/${elder.id}/adl-assessments`).set(staff.auth).send({ assessedOn, total }).expect(201);
  const wisdom = (elder: ResidentView, branch: string, title: string, yearsOfExperience?: number) =>
    t.http.post('/api/wisdom').set(staff.auth).send({ residentId: elder.id, branch, title, yearsOfExperience }).expect(201);
  const matches = async (job: JobDetailView, query: object = {}): Promise<JobMatchView[]> =>
    (await t.http.get(`/api/jobs/${job.id}/matches`).query(query).set(staff.auth).expect(200)).body;
  const place = (job: JobDetailView, body: object) => t.http.post(`/api/jobs/${job.id}/placements`).set(staff.auth).send(body);

  /** A finished course the elder completed (all sessions attended). */
  const graduate = async (elder: ResidentView, course: object): Promise<void> => {
    const c = (await t.http.post('/api/courses').set(staff.auth).send({
      startDate: '2025-03-03', endDate: '2025-03-17', weekdays: [1], startTime: '09:00', hoursPerSession: 3, ...course,
    }).expect(201)).body as CourseDetailView;
    await t.http.post(`/api/courses/${c.id}/enrolments`).set(staff.auth).send({ residentIds: [elder.id] }).expect(200);
    for (const s of c.sessions) await t.http.post(`/api/courses/${c.id}/sessions/${s.id}/attendance`).set(staff.auth).send({ residentIds: [elder.id] }).expect(200);
  };

  beforeAll(async () => {
    t = await TestApp.start();
    staff = await t.user('staff', (await t.lao()).id);
  });
  afterAll(() => t.close());

  it('creates, edits and lists jobs; refuses bad schedules and stale versions', async () => {
    const job = await newJob();
    expect(job).toMatchObject({ ...farmWork, shareable: false, open: true, activePlacements: 0, placements: [], version: 1 });
    const bad = await t.http.post('/api/jobs').set(staff.auth).send({ ...farmWork, field: 'mining', endTime: '06:00', physicalDemand: 'extreme', slots: 0, weekdays: [] }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['endTime', 'field', 'physicalDemand', 'slots', 'weekdays']);
    await t.http.patch(`/api/jobs/${job.id}`).set(staff.auth).send({ version: 1, startTime: '12:00' }).expect(400);
    const edited = await t.http.patch(`/api/jobs/${job.id}`).set(staff.auth).send({ version: 1, slots: 2, shareable: true, weekdays: [5, 1] }).expect(200);
    expect(edited.body).toMatchObject({ slots: 2, shareable: true, weekdays: [1, 5], version: 2 });
    await t.http.patch(`/api/jobs/${job.id}`).set(staff.auth).send({ version: 1, slots: 3 }).expect(409);
    const list = await t.http.get('/api/jobs').query({ field: 'agriculture', open: 'true' }).set(staff.auth).expect(200);
    expect(list.body.items.map((j: JobDetailView) => j.id)).toContain(job.id);
    expect((await t.http.get('/api/jobs').query({ field: 'childcare' }).set(staff.auth).expect(200)).body.items).toEqual([]);
  });

  it('ranks the LAO’s elders by fit, with the reasons for each', async () => {
    const user = staff;
    const farmer = await t.resident(user, { firstName: 'ชาวสวน' });
    const grad = await t.resident(user, { firstName: 'จบหลักสูตร' });
    const frail = await t.resident(user, { firstName: 'ติดบ้าน' });
    const busy = await t.resident(user, { firstName: 'มีงานแล้ว' });
    await t.resident(user, { firstName: 'ไม่มีข้อมูล' });
    await wisdom(farmer, 'agriculture', 'ปลูกทุเรียน', 30);
    await adl(farmer, 12, '2024-05-01');
    await adl(farmer, 18);
    await graduate(grad, { kind: 'occupation_training', title: 'เกษตรอินทรีย์', jobFields: ['agriculture'] });
    await graduate(grad, { kind: 'elderly_school', title: 'โรงเรียนผู้สูงอายุ', subjects: ['occupation_income', 'health'] });
    await graduate(grad, { kind: 'elderly_school', title: 'ไม่เกี่ยว', subjects: ['exercise'] });
    await wisdom(frail, 'agriculture', 'เพาะกล้า', 40);
    await adl(frail, 8);
    await wisdom(busy, 'natural_resources_environment', 'ป่าชุมชน', 5);
    await adl(busy, 15);
    const volunteer = await t.resident(user, { firstName: 'อาสาบริบาล' });
    await wisdom(volunteer, 'agriculture', 'ทำนา');
    await t.http.post('/api/caregivers').set(user.auth).send({ residentId: volunteer.id, startDate: '2025-01-01', trainingHours: 70, careManager: 'คุณสมใจ' }).expect(201);
    const other = await newJob({ ...farmWork, title: 'งานอื่น', field: 'other', slots: 5 });
    await place(other, { residentId: busy.id, from: '2025-01-01' }).expect(201);

    const job = await newJob();
    const ranked = await matches(job);
    // The elderly school's subjects no longer count: only a course whose jobFields include the field does.
    expect(ranked.map((m) => [m.name.replace(/^นาง/, '').split(' ')[0], m.score])).toEqual([['ชาวสวน', 50], ['จบหลักสูตร', 20], ['มีงานแล้ว', 15], ['อาสาบริบาล', 5]]);
    const [first, second, third] = ranked as [JobMatchView, JobMatchView, JobMatchView];
    expect(first.reasons.map((r) => [r.code, r.points])).toEqual([['wisdom_branch', 40], ['adl_fits', 10]]);
    expect(first.reasons[0]!.text).toContain('ปลูกทุเรียน');
    expect(first.reasons[1]!.text).toBe('ADL 18 คะแนน (ติดสังคม) ทำงานที่ใช้แรงปานกลางได้');
    expect(first).toMatchObject({ residentId: farmer.id, sex: 'female' });
    expect(second.reasons.map((r) => r.code)).toEqual(['completed_course', 'adl_unknown']);
    expect(second.reasons[0]!.text).toBe('เคยอบรมหลักสูตร "เกษตรอินทรีย์" ตรงกับสายงานเกษตรกรรม');
    expect(third.reasons.map((r) => [r.code, r.points])).toEqual([['wisdom_branch', 30], ['adl_fits', 10], ['engaged_job', -25]]);
    expect(third.reasons[2]!.text).toContain('งานอื่น');
    expect(ranked[3]!.reasons.map((r) => [r.code, r.points])).toEqual([['wisdom_branch', 30], ['adl_unknown', 0], ['engaged_caregiver', -25]]);
    // The home-bound elder (ADL 8) is offered no work, not even light work.
    expect(ranked.some((m) => m.residentId === frail.id)).toBe(false);
    const light = await newJob({ ...farmWork, title: 'คัดแยกเมล็ดพันธุ์', physicalDemand: 'light' });
    expect((await matches(light)).some((m) => m.residentId === frail.id)).toBe(false);
    expect(await matches(job, { limit: 1 })).toHaveLength(1);
    await t.http.get(`/api/jobs/${job.id}/matches`).query({ limit: 0 }).set(user.auth).expect(400);

    // Placed in this job: no longer a match for it.
    await place(job, { residentId: farmer.id, from: '2025-01-01' }).expect(201);
    expect((await matches(job)).map((m) => m.residentId)).not.toContain(farmer.id);
  });

  it('the kitchen-assistant job ranks a fit elder with a kitchen course above the plastic weaver, and leaves out who cannot do the work', async () => {
    const user = await t.user('staff', (await t.lao()).id);
    const post = (path: string, body: object) => t.http.post(path).set(user.auth).send(body).expect(201);
    const kitchen = (await post('/api/jobs', {
      title: 'ผู้ช่วยครัวศูนย์พัฒนาเด็กเล็ก', field: 'food', organisation: 'ศูนย์พัฒนาเด็กเล็กเทศบาล', place: 'ศูนย์พัฒนาเด็กเล็ก หมู่ 2',
      weekdays: [1, 2, 3, 4, 5], startTime: '09:00', endTime: '13:00', physicalDemand: 'light', slots: 1,
    })).body as JobDetailView;
    const weaver = await t.resident(user, { firstName: 'จักสาน' });
    const cook = await t.resident(user, { firstName: 'แม่ครัว', moo: 2 });
    const homebound = await t.resident(user, { firstName: 'ติดบ้าน', birthDate: '1934-03-01' });
    const ninety = await t.resident(user, { firstName: 'เก้าสิบ', birthDate: '1934-03-01' });
    await post('/api/wisdom', { residentId: weaver.id, branch: 'industry_handicraft_otop', title: 'จักสานเส้นพลาสติก', yearsOfExperience: 15 });
    const assess = (elder: ResidentView, total: number) => post(`/api/residents/${elder.id}/adl-assessments`, { assessedOn: '2025-01-10', total });
    await assess(weaver, 18);
    await assess(cook, 16);
    await assess(homebound, 8);
    await assess(ninety, 19);
    const course = (await post('/api/courses', {
      kind: 'occupation_training', title: 'ผู้ช่วยครัว', jobFields: ['food'], startDate: '2025-03-03', endDate: '2025-03-10', weekdays: [1], startTime: '09:00', hoursPerSession: 3,
    })).body as CourseDetailView;
    await t.http.post(`/api/courses/${course.id}/enrolments`).set(user.auth).send({ residentIds: [cook.id, homebound.id, ninety.id] }).expect(200);
    for (const s of course.sessions) await t.http.post(`/api/courses/${course.id}/sessions/${s.id}/attendance`).set(user.auth).send({ residentIds: [cook.id, homebound.id, ninety.id] }).expect(200);

    const ranked = (await t.http.get(`/api/jobs/${kitchen.id}/matches`).set(user.auth).expect(200)).body as JobMatchView[];
    expect(ranked.map((m) => m.residentId)).toEqual([cook.id, ninety.id, weaver.id]);
    expect(ranked[0]!.reasons.map((r) => [r.code, r.points, r.text])).toEqual([
      ['completed_course', 20, 'เคยอบรมหลักสูตร "ผู้ช่วยครัว" ตรงกับสายงานอาหาร'],
      ['adl_fits', 10, 'ADL 16 คะแนน (ติดสังคม) ทำงานเบาได้'],
      ['same_village', 5, 'อยู่หมู่ 2 เดียวกับสถานที่ทำงาน'],
    ]);
    expect(ranked[0]!.reasons[0]!.en).toBe('Completed the course "ผู้ช่วยครัว", in the field Food');
    expect(ranked[1]!.reasons.at(-1)!.text).toContain('จึงควรเป็นงานเบาเท่านั้น');
    // Plastic weaving does not bear on a kitchen: the weaver is only physically fit.
    expect(ranked[2]!.reasons.map((r) => [r.code, r.points])).toEqual([['adl_fits', 10]]);
    expect(ranked.some((m) => m.residentId === homebound.id)).toBe(false);

    // The elder of 90 is not offered moderate work.
    await t.http.patch(`/api/jobs/${kitchen.id}`).set(user.auth).send({ version: 1, physicalDemand: 'moderate' }).expect(200);
    expect(((await t.http.get(`/api/jobs/${kitchen.id}/matches`).set(user.auth).expect(200)).body as JobMatchView[]).map((m) => m.residentId)).toEqual([cook.id, weaver.id]);

    // Another LAO's user cannot read them.
    const stranger = await t.user('staff', (await t.lao()).id);
    await t.http.get(`/api/jobs/${kitchen.id}/matches`).set(stranger.auth).expect(404);
  });

  it('places elders within the slots, one placement at a time per elder, and records the income that followed', async () => {
    const job = await newJob();
    const [a, b] = [await t.resident(staff), await t.resident(staff)];
    const placed = (await place(job, { residentId: a.id, from: '01/01/2569', note: 'ทดลองงาน' }).expect(201)).body as JobPlacementView;
    expect(placed).toMatchObject({ jobId: job.id, resident: { id: a.id }, from: '2026-01-01', to: null, active: true, income: 0 });
    const same = await place(job, { residentId: a.id, from: '2026-03-01' }).expect(409);
    expect(same.body).toMatchObject({ code: 'OVERLAPPING_PLACEMENT', existingId: placed.id });
    expect((await place(job, { residentId: b.id, from: '2026-02-01' }).expect(409)).body.code).toBe('JOB_FULL');
    await place(job, { residentId: b.id, from: '2025-06-01', to: '2025-05-01' }).expect(400);

    const ended = await t.http.patch(`/api/jobs/${job.id}/placements/${placed.id}`).set(staff.auth).send({ to: '2026-06-30' }).expect(200);
    expect(ended.body).toMatchObject({ to: '2026-06-30', active: false });
    await place(job, { residentId: b.id, from: '2026-07-01' }).expect(201);

    const income = (body: object) => t.http.post('/api/income-records').set(staff.auth).send({ residentId: a.id, source: 'service', channel: 'order', ...body });
    await income({ month: '2026-03', amount: 2400, jobPlacementId: placed.id }).expect(201);
    const outside = await income({ month: '2026-08', amount: 100, jobPlacementId: placed.id }).expect(400);
    expect(outside.body.errors[0]).toMatchObject({ field: 'month', code: 'monthOutsideJobPlacement' });
    const notHis = await t.http.post('/api/income-records').set(staff.auth)
      .send({ residentId: b.id, month: '2026-03', amount: 5, source: 'service', channel: 'order', jobPlacementId: placed.id }).expect(400);
    expect(notHis.body.errors[0]).toMatchObject({ field: 'jobPlacementId', code: 'otherResident' });
    await income({ month: '2026-04', amount: 10, source: 'product', jobPlacementId: placed.id }).expect(400);

    const detail = (await t.http.get(`/api/jobs/${job.id}`).set(staff.auth).expect(200)).body as JobDetailView;
    expect(detail.placements.find((p) => p.id === placed.id)).toMatchObject({ income: 2400 });
    expect(detail.activePlacements).toBe(todayInBangkok() >= '2026-07-01' ? 1 : 0);
    const byPlacement = await t.http.get('/api/income-records').query({ jobPlacementId: placed.id }).set(staff.auth).expect(200);
    expect(byPlacement.body).toMatchObject({ total: 1, amount: 2400 });
  });

  it('a shareable (mosaic) job takes more elders than slots; a closed job takes none', async () => {
    const job = await newJob({ ...farmWork, title: 'งานแบ่งกันทำ', shareable: true, slots: 1, physicalDemand: 'light' });
    for (let i = 0; i < 3; i++) await place(job, { residentId: (await t.resident(staff)).id, from: addDays(todayInBangkok(), -i) }).expect(201);
    const closed = await t.http.patch(`/api/jobs/${job.id}`).set(staff.auth).send({ version: 1, open: false }).expect(200);
    expect(closed.body).toMatchObject({ open: false, activePlacements: 3 });
    expect((await place(job, { residentId: (await t.resident(staff)).id, from: todayInBangkok() }).expect(400)).body.errors[0].code).toBe('jobClosed');
  });
});
