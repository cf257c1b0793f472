import { isNoLongerDependent, type AuditEntryView, type CaregiverDetailView, type CaregiverFollowUp } from '@elderwork/contracts';
import { addDays, todayInBangkok } from '@elderwork/thai';
import { TestApp, type TestLao, type TestUser } from './support/test-app';

/** Issue 15: an elder in care re-assessed above the dependent range is flagged until staff decide (decision 0034). */
describe('caregivers: an elder in care who is no longer dependent', () => {
  let t: TestApp;
  let lao: TestLao;
  let staff: TestUser;
  let other: TestUser;

  const assess = (user: TestUser, residentId: string, assessedOn: string, total: number) =>
    t.http.post(`/api/residents/${residentId}/adl-assessments`).set(user.auth).send({ assessedOn, total });
  const elder = async (user: TestUser, total = 8): Promise<string> => {
    const id = (await t.resident(user)).id;
    await assess(user, id, '2024-09-01', total).expect(201);
    return id;
  };
  const caregiver = async (user: TestUser): Promise<CaregiverDetailView> =>
    (await t.http.post('/api/caregivers').set(user.auth).send({ residentId: (await t.resident(user)).id, startDate: '2024-01-01', trainingHours: 70, careManager: 'นางสาวพยาบาล ใจดี' }).expect(201)).body;
  const assign = (user: TestUser, caregiverId: string, recipientId: string) =>
    t.http.post(`/api/caregivers/${caregiverId}/recipients`).set(user.auth).send({ recipientId, from: '2024-10-01' }).expect(201);
  const followUp = async (user: TestUser): Promise<CaregiverFollowUp> => (await t.http.get('/api/caregivers/follow-up').set(user.auth).expect(200)).body;
  const detail = async (user: TestUser, id: string): Promise<CaregiverDetailView> => (await t.http.get(`/api/caregivers/${id}`).set(user.auth).expect(200)).body;

  beforeAll(async () => {
    t = await TestApp.start();
    lao = await t.lao();
    staff = await t.user('staff', lao.id);
    other = await t.user('staff', (await t.lao()).id);
  });
  afterAll(() => t.close());

  it('re-assessed at ADL 15 (ติดสังคม): the assignment stays open, flagged in the follow-up with the date and score, until staff end it', async () => {
    const cg = await caregiver(staff);
    const [better, still] = [await elder(staff), await elder(staff, 9)];
    await assign(staff, cg.id, better);
    await assign(staff, cg.id, still);
    expect((await followUp(staff)).noLongerDependent).toEqual([]);

    const on = addDays(todayInBangkok(), -3);
    await assess(staff, better, on, 15).expect(201);
    await assess(staff, still, on, 11).expect(201); // the top of the dependent range: not flagged

    const flagged = (await followUp(staff)).noLongerDependent;
    expect(flagged).toEqual([{
      assignmentId: expect.any(String), recipient: { id: better, name: expect.any(String) }, caregiver: { id: cg.id, name: cg.resident.name },
      from: '2024-10-01', assessedOn: on, total: 15, group: 'social',
    }]);

    // Not ended by the system: still in care, and the caregiver's page reads the same flag.
    const rows = (await detail(staff, cg.id)).recipients;
    const row = rows.find((a) => a.recipient.id === better);
    const other = rows.find((a) => a.recipient.id === still);
    expect(row).toMatchObject({ id: flagged[0]?.assignmentId, to: null, current: true, latestAdl: { assessedOn: on, total: 15, group: 'social' } });
    expect(row && isNoLongerDependent(row)).toBe(true);
    expect(other && isNoLongerDependent(other)).toBe(false);

    // The assessment's audit entry says the care is waiting for staff.
    const admin = await t.user('lao_admin', lao.id);
    const audit = (await t.http.get(`/api/residents/${better}/audit`).set(admin.auth).expect(200)).body as AuditEntryView[];
    expect(audit.map((e) => e.note)).toContainEqual(expect.stringContaining(`คะแนน 15 (ไม่อยู่ในภาวะพึ่งพิงแล้ว ขณะอยู่ในความดูแลของอาสาสมัคร ${cg.resident.name}`));

    // Staff end the care on the assessment date, with the reason: the flag goes.
    const ended = await t.http.post(`/api/caregivers/${cg.id}/recipients/${better}/end`).set(staff.auth).send({ to: on, reason: 'ผลประเมิน ADL 15 คะแนน (ติดสังคม)' }).expect(200);
    expect(ended.body).toMatchObject({ to: on, endReason: 'ผลประเมิน ADL 15 คะแนน (ติดสังคม)' });
    expect((await followUp(staff)).noLongerDependent).toEqual([]);
  });

  it('a later assessment back in the dependent range clears the flag', async () => {
    const cg = await caregiver(staff);
    const e = await elder(staff);
    await assign(staff, cg.id, e);
    await assess(staff, e, addDays(todayInBangkok(), -10), 14).expect(201);
    expect((await followUp(staff)).noLongerDependent.map((f) => f.recipient.id)).toContain(e);
    await assess(staff, e, todayInBangkok(), 10).expect(201);
    expect((await followUp(staff)).noLongerDependent.map((f) => f.recipient.id)).not.toContain(e);
  });

  it('another LAO’s user gets 404 on the caregiver and the assessment, and sees none of the flags', async () => {
    const cg = await caregiver(staff);
    const e = await elder(staff);
    await assign(staff, cg.id, e);
    await assess(staff, e, todayInBangkok(), 16).expect(201);
    expect((await followUp(staff)).noLongerDependent.map((f) => f.recipient.id)).toContain(e);

    expect((await followUp(other)).noLongerDependent).toEqual([]);
    await t.http.get(`/api/caregivers/${cg.id}`).set(other.auth).expect(404);
    await t.http.get(`/api/residents/${e}/adl-assessments`).set(other.auth).expect(404);
    await t.http.post(`/api/caregivers/${cg.id}/recipients/${e}/end`).set(other.auth).send({ to: todayInBangkok() }).expect(404);
    // Their attempt ended nothing.
    expect((await detail(staff, cg.id)).recipients[0]).toMatchObject({ to: null, current: true });
  });
});
