import type { EmployerView, PlacementView, Section35Summary } from '@elderwork/contracts';
import { registrationNumber } from './support/factories';
import { TestApp, type TestLao, type TestUser } from './support/test-app';


/** Decision 0033: one elder's Section 35 placements do not overlap, whatever the employer, unless deliberately concurrent. */
describe('Section 35: overlapping placements of one elder', () => {
  let t: TestApp;
  let lao: TestLao;
  let staff: TestUser;
  let first: EmployerView;
  let second: EmployerView;

  const newEmployer = async (user: TestUser, name: string): Promise<EmployerView> =>
    (await t.http.post('/api/employers').set(user.auth).send({ name, registrationNumber: registrationNumber('0107'), provinceCode: '21' }).expect(201)).body;
  const newElder = async (user: TestUser = staff): Promise<string> => (await t.resident(user, { disabilityType: 'visual' })).id;
  const place = (body: object, user: TestUser = staff) => t.http.post('/api/placements').set(user.auth).send(body);
  const placementsOf = async (residentId: string): Promise<PlacementView[]> =>
    (await t.http.get('/api/placements').query({ residentId }).set(staff.auth).expect(200)).body.items;
  const auditNotes = async (residentId: string): Promise<{ note: string | null; changes: Record<string, [unknown, unknown]> | null }[]> =>
    (await t.owner.query(`SELECT note, changes FROM audit_entry WHERE lao_id = $1 AND resident_id = $2 AND note LIKE 'มาตรา 35%' ORDER BY at`, [lao.id, residentId])).rows;
  const year2568 = { modality: 'other_assistance', startDate: '2025-01-01', endDate: '2025-12-31' };

  beforeAll(async () => {
    t = await TestApp.start();
    lao = await t.lao();
    staff = await t.user('staff', lao.id);
    first = await newEmployer(staff, 'บริษัท ระยองปิโตรเคมีภัณฑ์ จำกัด');
    second = await newEmployer(staff, 'บริษัท มาบตาพุดออโตพาร์ท จำกัด');
  });
  afterAll(() => t.close());

  it('refuses an overlap at another employer (409), naming the other placement, its employer and dates, and writes nothing', async () => {
    const elder = await newElder();
    const whole = (await place({ residentId: elder, employerId: first.id, ...year2568 }).expect(201)).body as PlacementView;
    const audited = (await auditNotes(elder)).length;
    const res = await place({ residentId: elder, employerId: second.id, modality: 'subcontract', startDate: '2025-04-01', endDate: '2025-06-30' }).expect(409);
    expect(res.body).toMatchObject({ code: 'OVERLAPPING_PLACEMENT', existingId: whole.id });
    expect(res.body.message).toContain(first.name);
    expect(res.body.errors).toEqual([
      {
        field: 'startDate',
        code: 'overlappingPlacementElsewhere',
        params: { employer: first.name, start: '2025-01-01', end: '2025-12-31' },
        // Dates in BE, as the Thai user reads them.
        message: expect.stringMatching(new RegExp(`${first.name}.*1 ม\\.ค\\. 2568.*31 ธ\\.ค\\. 2568`)),
      },
    ]);
    expect((await placementsOf(elder)).map((p) => p.id)).toEqual([whole.id]);
    expect(await auditNotes(elder)).toHaveLength(audited);
  });

  it('the same employer stays refused, even marked concurrent', async () => {
    const elder = await newElder();
    const whole = (await place({ residentId: elder, employerId: first.id, ...year2568 }).expect(201)).body as PlacementView;
    const res = await place({ residentId: elder, employerId: first.id, modality: 'training', startDate: '2025-03-01', endDate: '2025-03-31', concurrent: true, concurrentReason: 'ทดลอง' }).expect(409);
    expect(res.body).toMatchObject({ code: 'OVERLAPPING_PLACEMENT', existingId: whole.id, errors: [{ field: 'startDate', code: 'overlappingPlacement' }] });
    expect(await placementsOf(elder)).toHaveLength(1);
  });

  it('accepts a deliberate concurrent placement with a reason (201): stored, shown, audited, and both counted', async () => {
    const elder = await newElder();
    const whole = (await place({ residentId: elder, employerId: first.id, ...year2568 }).expect(201)).body as PlacementView;
    expect(whole).toMatchObject({ concurrent: false, concurrentReason: null });
    const reason = 'งานขายสินค้าวันเสาร์ที่ตลาด นอกเวลางานประจำ ตกลงกับทั้งสองบริษัทแล้ว';
    const res = await place({ residentId: elder, employerId: second.id, modality: 'sales_space', startDate: '2025-04-01', endDate: '2025-06-30', concurrent: true, concurrentReason: `  ${reason} ` }).expect(201);
    const side = res.body as PlacementView;
    expect(side).toMatchObject({ concurrent: true, concurrentReason: reason, employer: { id: second.id } });
    expect((await t.http.get(`/api/placements/${side.id}`).set(staff.auth).expect(200)).body).toMatchObject({ concurrent: true, concurrentReason: reason });

    const [, added] = await auditNotes(elder);
    expect(added?.note).toContain(side.id);
    expect(added?.note).toContain('จ้างงานซ้อนกันโดยเจตนา');
    expect(added?.note).toContain(whole.id);
    expect(added?.note).toContain(reason);
    expect(added?.changes).toEqual({ concurrentReason: [null, reason], concurrentWith: [null, [whole.id]] });

    // Both count: one person, two placements, the full year plus the quarter.
    const quarter = side.days;
    expect(quarter).toBe(91);
    const items = await placementsOf(elder);
    expect(items.map((p) => p.id).sort()).toEqual([whole.id, side.id].sort());
    expect(items.reduce((sum, p) => sum + p.value, 0)).toBe(330 * 365 + 330 * quarter);
  });

  it('counts both in the LAO’s yearly figures: one person, two placements', async () => {
    const u = await t.user('staff', (await t.lao()).id);
    const [a, b] = [await newEmployer(u, 'ก การค้า'), await newEmployer(u, 'ข อุตสาหกรรม')];
    const elder = await newElder(u);
    await place({ residentId: elder, employerId: a.id, ...year2568 }, u).expect(201);
    await place({ residentId: elder, employerId: b.id, modality: 'training', startDate: '2025-10-01', endDate: '2025-12-31', concurrent: true, concurrentReason: 'ฝึกงานช่วงปลายปี' }, u).expect(201);
    const s = (await t.http.get('/api/section35/summary').query({ year: 2568, yearType: 'calendar' }).set(u.auth).expect(200)).body as Section35Summary;
    expect(s).toMatchObject({ persons: 1, placements: 2, value: 330 * 365 + 330 * 92 });
  });

  it('concurrent without a reason, or with one too long: 400 on concurrentReason, in Thai, nothing written', async () => {
    const elder = await newElder();
    await place({ residentId: elder, employerId: first.id, ...year2568 }).expect(201);
    const bodies = [
      { concurrent: true },
      { concurrent: true, concurrentReason: '   ' },
      { concurrent: 'true', concurrentReason: '' },
      { concurrent: true, concurrentReason: 'ก'.repeat(501) },
    ];
    for (const extra of bodies) {
      const res = await place({ residentId: elder, employerId: second.id, modality: 'training', startDate: '2025-02-01', endDate: '2025-02-28', ...extra }).expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'concurrentReason', message: 'กรุณาระบุเหตุผลที่จ้างงานซ้อนกันโดยเจตนา (ไม่เกิน 500 ตัวอักษร)' })]);
    }
    const notBoolean = await place({ residentId: elder, employerId: second.id, modality: 'training', startDate: '2025-02-01', endDate: '2025-02-28', concurrent: 'บางที', concurrentReason: 'เหตุผล' }).expect(400);
    expect(notBoolean.body.errors[0]).toMatchObject({ field: 'concurrent', message: 'ต้องเป็น ใช่ หรือ ไม่ใช่' });
    expect(await placementsOf(elder)).toHaveLength(1);
  });

  it('a placement after the other ended, or after it was terminated, is no overlap (201)', async () => {
    const elder = await newElder();
    await place({ residentId: elder, employerId: first.id, modality: 'training', startDate: '2025-01-01', endDate: '2025-03-31' }).expect(201);
    const next = await place({ residentId: elder, employerId: second.id, modality: 'training', startDate: '2025-04-01', endDate: '2025-06-30' }).expect(201);
    expect(next.body).toMatchObject({ concurrent: false, concurrentReason: null });

    const other = await newElder();
    const whole = (await place({ residentId: other, employerId: first.id, ...year2568 }).expect(201)).body as PlacementView;
    await t.http.patch(`/api/placements/${whole.id}`).set(staff.auth).send({ version: 1, status: 'active' }).expect(200);
    await t.http.patch(`/api/placements/${whole.id}`).set(staff.auth)
      .send({ version: 2, status: 'terminated', terminatedOn: '2025-05-31', terminationReason: 'ย้ายไปทำงานที่อื่น' }).expect(200);
    // The terminated placement counts up to 31 May: the day itself still overlaps, the next day does not.
    const onTheDay = await place({ residentId: other, employerId: second.id, modality: 'subcontract', startDate: '2025-05-31', endDate: '2025-12-31' }).expect(409);
    expect(onTheDay.body.errors[0].params).toEqual({ employer: first.name, start: '2025-01-01', end: '2025-05-31' });
    await place({ residentId: other, employerId: second.id, modality: 'subcontract', startDate: '2025-06-01', endDate: '2025-12-31' }).expect(201);
  });

  it('another LAO’s user can neither see nor use the placements (404), and their own elder is not blocked by ours', async () => {
    const elder = await newElder();
    const whole = (await place({ residentId: elder, employerId: first.id, ...year2568 }).expect(201)).body as PlacementView;
    const outsider = await t.user('staff', (await t.lao()).id);
    await t.http.get(`/api/placements/${whole.id}`).set(outsider.auth).expect(404);
    await t.http.patch(`/api/placements/${whole.id}`).set(outsider.auth).send({ version: 1, status: 'active' }).expect(404);
    expect((await t.http.get('/api/placements').query({ residentId: elder }).set(outsider.auth).expect(200)).body.total).toBe(0);
    const theirs = await newEmployer(outsider, 'บริษัท นอกเขต จำกัด');
    // Our elder, even marked concurrent: not found in their LAO, and nothing about our placement leaks.
    const res = await place({ residentId: elder, employerId: theirs.id, ...year2568, concurrent: true, concurrentReason: 'ทดลอง' }, outsider).expect(404);
    expect(res.body.errors[0].field).toBe('residentId');
    expect(JSON.stringify(res.body)).not.toContain(whole.id);
    // Their own elder at the same dates: nothing of ours overlaps it.
    await place({ residentId: await newElder(outsider), employerId: theirs.id, ...year2568 }, outsider).expect(201);
    expect(await placementsOf(elder)).toHaveLength(1);
  });
});
