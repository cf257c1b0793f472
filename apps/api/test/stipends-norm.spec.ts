import type { CaregiverDetailView, StipendGeneration, StipendView } from '@elderwork/contracts';
import { TestApp, type TestLao, type TestUser } from './support/test-app';

/** Decision 0039: stipends below the visit norm are reported, and paid in full only on confirmation. */
describe('stipends below the visit norm', () => {
  let t: TestApp;
  let lao: TestLao;
  let staff: TestUser;
  let idle: CaregiverDetailView;
  let busy: CaregiverDetailView;
  let generation: StipendGeneration;

  const caregiver = async (): Promise<CaregiverDetailView> =>
    (await t.http.post('/api/caregivers').set(staff.auth).send({ residentId: (await t.resident(staff)).id, startDate: '2025-01-01', trainingHours: 70, careManager: 'นางสาวพยาบาล ใจดี' }).expect(201)).body;
  const stipendOf = (caregiverId: string): StipendView => {
    const found = [...generation.created, ...generation.existing].find((s) => s.caregiver.id === caregiverId);
    if (!found) throw new Error(`no stipend for ${caregiverId}`);
    return found;
  };
  const listed = async (caregiverId: string): Promise<StipendView | undefined> =>
    ((await t.http.get('/api/stipends').query({ month: '2025-06', caregiverId }).set(staff.auth).expect(200)).body as StipendView[])[0];
  const notes = async (residentId: string): Promise<string[]> =>
    (await t.owner.query<{ note: string }>(`SELECT note FROM audit_entry WHERE lao_id = $1 AND resident_id = $2 AND note LIKE '%จ่ายค่าตอบแทน%' ORDER BY at`, [lao.id, residentId])).rows.map((r) => r.note);

  beforeAll(async () => {
    t = await TestApp.start();
    lao = await t.lao();
    staff = await t.user('staff', lao.id);
    idle = await caregiver();
    busy = await caregiver();
    const recipient = (await t.resident(staff)).id;
    await t.http.post(`/api/residents/${recipient}/adl-assessments`).set(staff.auth).send({ assessedOn: '2025-01-01', total: 8 }).expect(201);
    await t.http.post(`/api/caregivers/${busy.id}/recipients`).set(staff.auth).send({ recipientId: recipient, from: '2025-01-01' }).expect(201);
    // June 2025 (30 days, active all month): the norm is 20 days. `busy` visits on 1–20 June, 90 minutes each.
    for (let day = 1; day <= 20; day++) {
      const visitedOn = `2025-06-${String(day).padStart(2, '0')}`;
      await t.http.post('/api/care-visits').set(staff.auth).send({ caregiverId: busy.id, recipientId: recipient, visitedOn, minutes: 90, activities: ['feeding'] }).expect(201);
    }
    generation = (await t.http.post('/api/stipends/generate').set(staff.auth).send({ month: '2025-06' }).expect(200)).body;
  });
  afterAll(() => t.close());

  it('generate reports the volunteer with 0 visit days, with the norm; the one at the norm is not reported', () => {
    expect(generation.belowNorm).toEqual([
      { stipendId: stipendOf(idle.id).id, caregiver: { id: idle.id, name: idle.resident.name }, days: 0, minutes: 0, hours: 0, norm: { days: 20, hours: 160 }, paidOn: null },
    ]);
    expect(stipendOf(idle.id)).toMatchObject({ visits: { days: 0, minutes: 0, hours: 0 }, norm: { days: 20, hours: 160 }, belowNorm: true, paidVisits: null, amount: 5000 });
    expect(stipendOf(busy.id)).toMatchObject({ visits: { days: 20, minutes: 1800, hours: 30 }, norm: { days: 20, hours: 160 }, belowNorm: false, paidVisits: null });
  });

  it('a second run reports the same volunteers among the existing stipends', async () => {
    const again = (await t.http.post('/api/stipends/generate').set(staff.auth).send({ month: '2025-06' }).expect(200)).body as StipendGeneration;
    expect(again.created).toEqual([]);
    expect(again.belowNorm.map((b) => b.caregiver.id)).toEqual([idle.id]);
  });

  it('paying below the norm without confirmation is refused with 409 in Thai, and nothing changes', async () => {
    const stipend = stipendOf(idle.id);
    const before = await notes(idle.resident.id);
    for (const body of [{ paidOn: '2025-07-05' }, { paidOn: '2025-07-05', confirmBelowNorm: false }]) {
      const res = await t.http.post(`/api/stipends/${stipend.id}/paid`).set(staff.auth).send(body).expect(409);
      expect(res.body.message).toBe('เดือนนี้มีวันเยี่ยมบ้าน 0 วัน ต่ำกว่าเกณฑ์ 20 วัน กรุณายืนยันก่อนจ่ายค่าตอบแทนเต็มจำนวน');
      expect(res.body.errors).toEqual([{ field: 'confirmBelowNorm', code: 'stipendBelowNorm', message: res.body.message, params: { days: 0, norm: 20 } }]);
    }
    expect(await listed(idle.id)).toMatchObject({ paidOn: null, paidVisits: null, belowNorm: true });
    expect(await notes(idle.resident.id)).toEqual(before);
    const { rows } = await t.owner.query(`SELECT paid_on, paid_by, paid_visit_days, paid_visit_minutes FROM stipend WHERE id = $1`, [stipend.id]);
    expect(rows).toEqual([{ paid_on: null, paid_by: null, paid_visit_days: null, paid_visit_minutes: null }]);
    // Not a yes/no: 400 on the field.
    expect((await t.http.post(`/api/stipends/${stipend.id}/paid`).set(staff.auth).send({ paidOn: '2025-07-05', confirmBelowNorm: 'maybe' }).expect(400)).body.errors[0].field).toBe('confirmBelowNorm');
  });

  it('with confirmation it is paid in full, keeps the counts it was paid on and audits them', async () => {
    const stipend = stipendOf(idle.id);
    const paid = (await t.http.post(`/api/stipends/${stipend.id}/paid`).set(staff.auth).send({ paidOn: '2025-07-05', confirmBelowNorm: true }).expect(200)).body as StipendView;
    expect(paid).toMatchObject({ id: stipend.id, paidOn: '2025-07-05', amount: 5000, paidVisits: { days: 0, minutes: 0, hours: 0 }, norm: { days: 20, hours: 160 } });
    expect(await listed(idle.id)).toMatchObject({ paidOn: '2025-07-05', amount: 5000, paidVisits: { days: 0, minutes: 0, hours: 0 } });
    expect(await notes(idle.resident.id)).toEqual([
      'อาสาสมัครบริบาล: จ่ายค่าตอบแทนเดือน 2025-06 5000 บาท วันที่ 2025-07-05 เยี่ยมบ้าน 0 วัน 0 ชั่วโมง (เกณฑ์ 20 วัน 160 ชั่วโมง) ต่ำกว่าเกณฑ์ จ่ายเต็มจำนวนตามที่ อปท. ยืนยัน',
    ]);
    // Idempotency of payment is unchanged: a second payment is 409 already paid, confirmed or not.
    expect((await t.http.post(`/api/stipends/${stipend.id}/paid`).set(staff.auth).send({ paidOn: '2025-07-06', confirmBelowNorm: true }).expect(409)).body.code).toBe('STIPEND_ALREADY_PAID');
  });

  it('a volunteer at the norm is paid without confirmation, with the counts it was paid on', async () => {
    const stipend = stipendOf(busy.id);
    const paid = (await t.http.post(`/api/stipends/${stipend.id}/paid`).set(staff.auth).send({ paidOn: '2025-07-05' }).expect(200)).body as StipendView;
    expect(paid).toMatchObject({ paidOn: '2025-07-05', amount: 5000, belowNorm: false, paidVisits: { days: 20, minutes: 1800, hours: 30 } });
    const [note] = await notes(busy.resident.id);
    expect(note).toBe('อาสาสมัครบริบาล: จ่ายค่าตอบแทนเดือน 2025-06 5000 บาท วันที่ 2025-07-05 เยี่ยมบ้าน 20 วัน 30 ชั่วโมง (เกณฑ์ 20 วัน 160 ชั่วโมง)');
  });

  it('another LAO’s user gets 404 on pay and sees none of the stipends or their counts', async () => {
    const other = await t.user('staff', (await t.lao()).id);
    expect((await t.http.post('/api/stipends/generate').set(other.auth).send({ month: '2025-06' }).expect(200)).body).toEqual({ month: '2025-06', created: [], existing: [], belowNorm: [] });
    const july = (await t.http.post('/api/stipends/generate').set(staff.auth).send({ month: '2025-07' }).expect(200)).body as StipendGeneration;
    const [ours] = july.created.filter((s) => s.caregiver.id === idle.id);
    if (!ours) throw new Error('no July stipend');
    expect(ours).toMatchObject({ belowNorm: true, paidOn: null });
    await t.http.post(`/api/stipends/${ours.id}/paid`).set(other.auth).send({ paidOn: '2025-08-05' }).expect(404);
    await t.http.post(`/api/stipends/${ours.id}/paid`).set(other.auth).send({ paidOn: '2025-08-05', confirmBelowNorm: true }).expect(404);
    expect((await t.http.get('/api/stipends').set(other.auth).expect(200)).body).toEqual([]);
    expect((await t.http.get('/api/stipends').query({ month: '2025-07', caregiverId: idle.id }).set(staff.auth).expect(200)).body).toMatchObject([{ id: ours.id, paidOn: null, paidVisits: null }]);
  });
});
