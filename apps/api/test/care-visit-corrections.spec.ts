import type { CareVisitView, CaregiverDetailView, CaregiverMonthSummary, StipendGeneration } from '@elderwork/contracts';
import { TestApp, type TestLao, type TestUser } from './support/test-app';

/** Issue 15, decision 0060: a care visit is corrected or deleted, with a trace, until its month's stipend is paid. */
describe('correcting and deleting care visits', () => {
  let t: TestApp;
  let lao: TestLao;
  let staff: TestUser;
  let caregiver: CaregiverDetailView;
  let recipient: string;

  const visit = async (visitedOn: string, minutes = 60): Promise<CareVisitView> =>
    (await t.http.post('/api/care-visits').set(staff.auth).send({ caregiverId: caregiver.id, recipientId: recipient, visitedOn, minutes, activities: ['feeding'] }).expect(201)).body;
  const visits = async (month: string): Promise<CareVisitView[]> =>
    (await t.http.get('/api/care-visits').query({ caregiverId: caregiver.id, month }).set(staff.auth).expect(200)).body;
  const row = async (id: string): Promise<unknown> =>
    (await t.owner.query(`SELECT visited_on::text, minutes, activities::text[], note, version FROM care_visit WHERE id = $1`, [id])).rows[0] ?? null;
  const audit = async (): Promise<{ changes: Record<string, [unknown, unknown]> | null; note: string }[]> =>
    (await t.owner.query(`SELECT changes, note FROM audit_entry WHERE lao_id = $1 AND resident_id = $2 AND note LIKE '%การเยี่ยม%' ORDER BY at, id`, [lao.id, recipient])).rows;

  beforeAll(async () => {
    t = await TestApp.start();
    lao = await t.lao();
    staff = await t.user('staff', lao.id);
    caregiver = (await t.http.post('/api/caregivers').set(staff.auth).send({ residentId: (await t.resident(staff)).id, startDate: '2025-01-01', trainingHours: 70, careManager: 'นางสาวพยาบาล ใจดี' }).expect(201)).body;
    recipient = (await t.resident(staff)).id;
    await t.http.post(`/api/residents/${recipient}/adl-assessments`).set(staff.auth).send({ assessedOn: '2025-01-01', total: 8 }).expect(201);
    await t.http.post(`/api/caregivers/${caregiver.id}/recipients`).set(staff.auth).send({ recipientId: recipient, from: '2025-03-01' }).expect(201);
  });
  afterAll(() => t.close());

  it('a correction changes the visit, moves its version, shows in the month and leaves what changed in the elder’s audit trail', async () => {
    const v = await visit('2025-06-03', 60);
    const res = await t.http.patch(`/api/care-visits/${v.id}`).set(staff.auth).send({ version: v.version, visitedOn: '4/6/2568', minutes: 150, activities: ['feeding', 'medication'], note: 'พิมพ์เวลาผิด' }).expect(200);
    const corrected = res.body as CareVisitView;
    expect(corrected).toMatchObject({ id: v.id, visitedOn: '2025-06-04', minutes: 150, activities: ['feeding', 'medication'], note: 'พิมพ์เวลาผิด', version: v.version + 1 });
    expect(corrected.updatedAt).not.toBeNull();
    expect((await visits('2025-06')).find((x) => x.id === v.id)).toEqual(corrected);
    const month = (await t.http.get(`/api/caregivers/${caregiver.id}/months/2025-06`).set(staff.auth).expect(200)).body as CaregiverMonthSummary;
    expect(month).toMatchObject({ visits: 1, daysWorked: 1, minutes: 150, hours: 2.5 });
    const [entry] = (await audit()).filter((a) => a.note.includes(v.id) && a.note.includes('แก้ไข'));
    expect(entry!.changes).toEqual({
      'visit.visitedOn': ['2025-06-03', '2025-06-04'],
      'visit.minutes': [60, 150],
      'visit.activities': [['feeding'], ['feeding', 'medication']],
      'visit.note': [null, 'พิมพ์เวลาผิด'],
    });
  });

  it('bad input, a stale version or a day outside the care is refused with the field and a Thai message, and nothing changes', async () => {
    const v = await visit('2025-06-10', 60);
    const before = await row(v.id);
    const body = { version: v.version, visitedOn: '2025-06-10', minutes: 60, activities: ['feeding'] };
    const bad = await t.http.patch(`/api/care-visits/${v.id}`).set(staff.auth).send({ ...body, minutes: 0, activities: [] }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['activities', 'minutes']);
    expect(bad.body.errors.every((e: { message: string }) => /[ก-๙]/.test(e.message))).toBe(true);
    const stale = await t.http.patch(`/api/care-visits/${v.id}`).set(staff.auth).send({ ...body, version: v.version + 5, minutes: 90 }).expect(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    // Care started on 1 March 2025: a visit cannot be moved before it.
    const outside = await t.http.patch(`/api/care-visits/${v.id}`).set(staff.auth).send({ ...body, visitedOn: '2025-02-20' }).expect(400);
    expect(outside.body.errors).toEqual([expect.objectContaining({ field: 'visitedOn', code: 'noCurrentAssignment', message: expect.stringContaining('20 กุมภาพันธ์ 2568') })]);
    const noReason = await t.http.delete(`/api/care-visits/${v.id}`).set(staff.auth).send({ version: v.version }).expect(400);
    expect(noReason.body.errors).toEqual([expect.objectContaining({ field: 'reason', message: 'กรุณาระบุเหตุผลที่ลบ (ไม่เกิน 500 ตัวอักษร)' })]);
    expect(await row(v.id)).toEqual(before);
  });

  it('a deleted visit is gone from the lists and the month, and the audit trail keeps it with the reason', async () => {
    const v = await visit('2025-07-02', 45);
    await t.http.delete(`/api/care-visits/${v.id}`).set(staff.auth).send({ version: v.version, reason: 'บันทึกซ้ำ' }).expect(204);
    expect((await visits('2025-07')).map((x) => x.id)).not.toContain(v.id);
    expect(await row(v.id)).toBeNull();
    const month = (await t.http.get(`/api/caregivers/${caregiver.id}/months/2025-07`).set(staff.auth).expect(200)).body as CaregiverMonthSummary;
    expect(month.visits).toBe(0);
    const [entry] = (await audit()).filter((a) => a.note.includes(v.id));
    expect(entry!.note).toContain('เหตุผล: บันทึกซ้ำ');
    expect(entry!.changes).toEqual({ 'visit.deleted': [{ visitedOn: '2025-07-02', minutes: 45, activities: ['feeding'], caregiver: caregiver.resident.name }, null] });
    await t.http.delete(`/api/care-visits/${v.id}`).set(staff.auth).send({ version: v.version, reason: 'อีกครั้ง' }).expect(404);
  });

  it('once the month’s stipend is paid, its visits cannot be changed, deleted, added or moved into it (409 in Thai)', async () => {
    const paid = await visit('2025-05-06', 60);
    const june = await visit('2025-06-20', 60);
    const generation = (await t.http.post('/api/stipends/generate').set(staff.auth).send({ month: '2025-05' }).expect(200)).body as StipendGeneration;
    const stipend = [...generation.created, ...generation.existing].find((s) => s.caregiver.id === caregiver.id)!;
    await t.http.post(`/api/stipends/${stipend.id}/paid`).set(staff.auth).send({ paidOn: '2025-06-05', confirmBelowNorm: true }).expect(200);
    const before = [await row(paid.id), await row(june.id)];
    const message = 'ค่าตอบแทนเดือน พฤษภาคม 2568 ของอาสาสมัครรายนี้จ่ายแล้ว จึงบันทึก แก้ไข หรือลบการเยี่ยมของเดือนนั้นไม่ได้';
    const refusals = [
      t.http.patch(`/api/care-visits/${paid.id}`).set(staff.auth).send({ version: paid.version, visitedOn: '2025-05-06', minutes: 90, activities: ['feeding'] }),
      t.http.delete(`/api/care-visits/${paid.id}`).set(staff.auth).send({ version: paid.version, reason: 'ผิด' }),
      t.http.patch(`/api/care-visits/${june.id}`).set(staff.auth).send({ version: june.version, visitedOn: '2025-05-20', minutes: 60, activities: ['feeding'] }),
      t.http.post('/api/care-visits').set(staff.auth).send({ caregiverId: caregiver.id, recipientId: recipient, visitedOn: '2025-05-21', minutes: 60, activities: ['feeding'] }),
    ];
    for (const res of await Promise.all(refusals)) {
      expect(res.status).toBe(409);
      expect(res.body.errors).toEqual([{ field: 'visitedOn', code: 'visitMonthPaid', message, params: { month: '2025-05' } }]);
    }
    expect([await row(paid.id), await row(june.id)]).toEqual(before);
    expect((await visits('2025-05')).map((x) => x.id)).toEqual([paid.id]);
  });

  it('another LAO’s staff get 404 and change nothing; provincial and DLA officers read no visit and change none', async () => {
    const v = await visit('2025-08-04', 60);
    const before = await row(v.id);
    const other = await t.user('staff', (await t.lao()).id);
    await t.http.patch(`/api/care-visits/${v.id}`).set(other.auth).send({ version: v.version, visitedOn: '2025-08-04', minutes: 99, activities: ['feeding'] }).expect(404);
    await t.http.delete(`/api/care-visits/${v.id}`).set(other.auth).send({ version: v.version, reason: 'ลอง' }).expect(404);
    const province = await t.user('province_officer', await t.orgUnit('province', lao.provinceCode));
    const dla = await t.user('dla_officer', await t.orgUnit('dla', 'DLA'));
    for (const officer of [province, dla]) {
      await t.http.get('/api/care-visits').query({ caregiverId: caregiver.id }).set(officer.auth).expect(403);
      await t.http.patch(`/api/care-visits/${v.id}`).set(officer.auth).send({ version: v.version, visitedOn: '2025-08-04', minutes: 99, activities: ['feeding'] }).expect(403);
      await t.http.delete(`/api/care-visits/${v.id}`).set(officer.auth).send({ version: v.version, reason: 'ลอง' }).expect(403);
    }
    expect(await row(v.id)).toEqual(before);
  });
});
