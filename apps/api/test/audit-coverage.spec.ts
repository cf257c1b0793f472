import { Client } from 'pg';
import { VISIT_ACTIVITIES } from '@elderwork/contracts';
import { nationalIdCheckDigit } from '@elderwork/thai';
import { appUrlFrom } from '../src/database/database-urls';
import { TestApp, type TestLao, type TestUser } from './support/test-app';
import { TEST_APP_PASSWORD, testOwnerUrl } from './support/test-env';

/** Decision 0018: every change of person data has an audit entry with its actor; list reads of personal data are logged. */
describe('audit coverage', () => {
  let t: TestApp;
  let lao: TestLao;
  let staff: TestUser;
  let admin: TestUser;
  let otherAdmin: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    lao = await t.lao();
    staff = await t.user('staff', lao.id);
    admin = await t.user('lao_admin', lao.id);
    otherAdmin = await t.user('lao_admin', (await t.lao()).id);
  });
  afterAll(() => t.close());

  /** The entries written for a resident (or a subject) after `since`, as the owner reads them. */
  async function entries(where: { residentId?: string; subjectId?: string }, since: Date): Promise<{ actor_id: string; action: string; note: string | null; changes: unknown }[]> {
    const { rows } = await t.owner.query<{ actor_id: string; action: string; note: string | null; changes: unknown }>(
      `SELECT actor_id, action, note, changes FROM audit_entry
       WHERE lao_id = $1 AND (resident_id = $2 OR subject_id = $3) AND at >= $4 ORDER BY at`,
      [lao.id, where.residentId ?? null, where.subjectId ?? null, since],
    );
    return rows;
  }
  const now = async (): Promise<Date> => (await t.owner.query<{ now: Date }>('SELECT clock_timestamp() AS now')).rows[0]!.now;
  const post = async (path: string, body: object, status = 201) => (await t.http.post(path).set(staff.auth).send(body).expect(status)).body;

  it('income: create, delete and a month written are audited per elder, with the actor', async () => {
    const elder = await t.resident(staff);
    const since = await now();
    const record = await post('/api/income-records', { residentId: elder.id, month: '2025-05', amount: 120, source: 'other', channel: 'market' });
    await t.http.delete(`/api/income-records/${record.id}`).set(staff.auth).expect(204);
    await t.http.put('/api/income-records/month/2025-06').set(staff.auth).send({ rows: [{ residentId: elder.id, amount: 10, source: 'other', channel: 'market' }] }).expect(200);
    const got = await entries({ residentId: elder.id }, since);
    expect(got.map((e) => [e.actor_id, e.action])).toEqual([[staff.id, 'update'], [staff.id, 'update'], [staff.id, 'update']]);
    expect(got.map((e) => e.note)).toEqual([expect.stringContaining('เพิ่ม 2025-05'), expect.stringContaining('ลบ 2025-05'), expect.stringContaining('เดือน 2025-06')]);
  });

  it('courses: enrolment, attendance marked and cleared, follow-up and unenrolment are audited', async () => {
    const elder = await t.resident(staff);
    const course = await post('/api/courses', { kind: 'elderly_school', title: 'หลักสูตรตรวจสอบ', startDate: '2025-06-04', endDate: '2025-06-25', weekdays: [3], startTime: '09:00', hoursPerSession: 3 });
    const session = course.sessions[0].id as string;
    const since = await now();
    await post(`/api/courses/${course.id}/enrolments`, { residentIds: [elder.id] }, 200);
    await post(`/api/courses/${course.id}/sessions/${session}/attendance`, { residentIds: [elder.id] }, 200);
    await post(`/api/courses/${course.id}/sessions/${session}/attendance`, { residentIds: [] }, 200);
    await t.http.patch(`/api/courses/${course.id}/enrolments/${elder.id}`).set(staff.auth).send({ followUp: null }).expect(200);
    await t.http.delete(`/api/courses/${course.id}/enrolments/${elder.id}`).set(staff.auth).expect(200);
    const notes = (await entries({ residentId: elder.id }, since)).map((e) => `${e.actor_id === staff.id ? 'staff' : e.actor_id}:${e.action}:${e.note}`);
    expect(notes).toEqual([
      expect.stringMatching(/^staff:update:หลักสูตร: ลงทะเบียน/),
      expect.stringMatching(/^staff:update:หลักสูตร: เข้าเรียนวันที่ 2025-06-04/),
      expect.stringMatching(/^staff:update:หลักสูตร: ลบการเข้าเรียนวันที่ 2025-06-04/),
      expect.stringMatching(/^staff:update:หลักสูตร: ผลการติดตาม/),
      expect.stringMatching(/^staff:update:หลักสูตร: ถอนชื่อ/),
    ]);
  });

  it('Section 35: a payment is audited on the elder; an employer created and edited is audited on the employer', async () => {
    const stem = String(100000000000 + Math.floor(Math.random() * 899999999999)).slice(0, 12);
    const since = await now();
    const employer = await post('/api/employers', { name: 'บริษัท ตรวจสอบ จำกัด', registrationNumber: stem + nationalIdCheckDigit(stem), provinceCode: '21' });
    await t.http.patch(`/api/employers/${employer.id}`).set(staff.auth).send({ contactPerson: 'นายติดต่อ ใหม่' }).expect(200);
    const employerEntries = await entries({ subjectId: employer.id }, since);
    expect(employerEntries.map((e) => [e.actor_id, e.action])).toEqual([[staff.id, 'create'], [staff.id, 'update']]);
    expect(employerEntries[1]!.changes).toEqual({ contactPerson: [null, 'นายติดต่อ ใหม่'] });

    const elder = await t.resident(staff, { disabilityType: 'physical' });
    const placement = await post('/api/placements', { residentId: elder.id, employerId: employer.id, modality: 'other_assistance', startDate: '2025-01-01', endDate: '2025-12-31' });
    const beforePayment = await now();
    await post(`/api/placements/${placement.id}/payments`, { paidOn: '2025-06-30', amount: 100 });
    const paid = await entries({ residentId: elder.id }, beforePayment);
    expect(paid).toEqual([expect.objectContaining({ actor_id: staff.id, action: 'update', note: expect.stringContaining('จ่ายเงิน 100 บาท') })]);
  });

  it('caregivers: a care visit, stipends generated and paid are audited', async () => {
    const volunteer = await t.resident(staff);
    const recipient = await t.resident(staff);
    await post(`/api/residents/${recipient.id}/adl-assessments`, { assessedOn: '2025-01-01', total: 8 });
    const caregiver = await post('/api/caregivers', { residentId: volunteer.id, startDate: '2025-01-01', trainingHours: 70, careManager: 'นางสาวพยาบาล ใจดี', monthlyStipend: 1000 });
    await post(`/api/caregivers/${caregiver.id}/recipients`, { recipientId: recipient.id, from: '2025-01-01' });
    const since = await now();
    await post('/api/care-visits', { caregiverId: caregiver.id, recipientId: recipient.id, visitedOn: '2025-03-03', minutes: 30, activities: [VISIT_ACTIVITIES[0]] });
    expect(await entries({ residentId: recipient.id }, since)).toEqual([expect.objectContaining({ actor_id: staff.id, action: 'update', note: expect.stringContaining('เยี่ยมวันที่ 2025-03-03') })]);
    const generated = await post('/api/stipends/generate', { month: '2025-03' }, 200);
    await post(`/api/stipends/${generated.created[0].id}/paid`, { paidOn: '2025-04-01', confirmBelowNorm: true }, 200);
    const notes = (await entries({ residentId: volunteer.id }, since)).map((e) => [e.actor_id, e.action, e.note]);
    expect(notes).toEqual([
      [staff.id, 'update', expect.stringContaining('ค่าตอบแทนเดือน 2025-03')],
      [staff.id, 'update', expect.stringContaining('จ่ายค่าตอบแทนเดือน 2025-03')],
    ]);
  });

  it('occupations: product makers added and removed, wisdom and job-placement edits are audited', async () => {
    const maker = await t.resident(staff);
    const second = await t.resident(staff);
    const since = await now();
    const product = await post('/api/products', { name: `สินค้า ${Date.now()}`, category: 'food', makerIds: [maker.id] });
    await t.http.patch(`/api/products/${product.id}`).set(staff.auth).send({ version: product.version, makerIds: [second.id] }).expect(200);
    expect((await entries({ residentId: maker.id }, since)).map((e) => e.note)).toEqual([expect.stringContaining('เป็นผู้ผลิต'), expect.stringContaining('ไม่เป็นผู้ผลิต')]);
    expect(await entries({ residentId: second.id }, since)).toEqual([expect.objectContaining({ actor_id: staff.id, note: expect.stringContaining('เป็นผู้ผลิต') })]);

    const wisdom = await post('/api/wisdom', { residentId: maker.id, branch: 'agriculture', title: 'ทำนา' });
    const beforeEdit = await now();
    await t.http.patch(`/api/wisdom/${wisdom.id}`).set(staff.auth).send({ version: wisdom.version, title: 'ทำไร่' }).expect(200);
    expect(await entries({ residentId: maker.id }, beforeEdit)).toEqual([expect.objectContaining({ actor_id: staff.id, action: 'update', changes: { title: ['ทำนา', 'ทำไร่'] } })]);

    const job = await post('/api/jobs', { title: 'งานตรวจสอบ', field: 'food', organisation: 'ครัวกลาง', weekdays: [1], startTime: '08:00', endTime: '12:00', physicalDemand: 'light', slots: 3 });
    const placement = await post(`/api/jobs/${job.id}/placements`, { residentId: second.id, from: '2025-01-01' });
    const beforeEnd = await now();
    await t.http.patch(`/api/jobs/${job.id}/placements/${placement.id}`).set(staff.auth).send({ to: '2025-03-31' }).expect(200);
    expect(await entries({ residentId: second.id }, beforeEnd)).toEqual([expect.objectContaining({ actor_id: staff.id, action: 'update', changes: { to: [null, '2025-03-31'] } })]);
  });

  it('a registry list read writes an access-log row (who, list, filters, count) and leaves the data version alone', async () => {
    await t.resident(staff, { lastName: 'ค้นหาบันทึก' });
    const version = async () => (await t.owner.query<{ v: string | null }>(`SELECT version::text AS v FROM lao_data_version WHERE lao_id = $1`, [lao.id])).rows[0]?.v ?? null;
    const before = await version();
    const since = await now();
    const res = await t.http.get('/api/residents?q=ค้นหาบันทึก&page=1').set(staff.auth).expect(200);
    expect(res.body.items).toHaveLength(1);
    const { rows } = await t.owner.query<{ actor_id: string; list: string; filters: unknown; count: number }>(
      `SELECT actor_id, list, filters, count FROM access_log WHERE lao_id = $1 AND at >= $2`, [lao.id, since],
    );
    expect(rows).toEqual([{ actor_id: staff.id, list: 'GET /api/residents', filters: { q: 'ค้นหาบันทึก', page: 1, pageSize: 20 }, count: 1 }]);
    expect(await version()).toBe(before);
  });

  it('another LAO cannot read these entries: the audit endpoint is 404, and RLS hides the rows from the app role', async () => {
    const elder = await t.resident(staff);
    await t.http.get('/api/residents').set(staff.auth).expect(200);
    await t.http.get(`/api/residents/${elder.id}/audit`).set(admin.auth).expect(200);
    await t.http.get(`/api/residents/${elder.id}/audit`).set(otherAdmin.auth).expect(404);
    const app = new Client({ connectionString: appUrlFrom(testOwnerUrl(), TEST_APP_PASSWORD) });
    await app.connect();
    try {
      await app.query('BEGIN');
      await app.query(`SELECT set_config('app.lao_id', $1, true)`, [otherAdmin.orgUnitId]);
      const seen = await app.query(`SELECT (SELECT count(*) FROM audit_entry WHERE lao_id = $1)::int AS audit, (SELECT count(*) FROM access_log WHERE lao_id = $1)::int AS access`, [lao.id]);
      expect(seen.rows[0]).toEqual({ audit: 0, access: 0 });
      await app.query(`SELECT set_config('app.lao_id', $1, true)`, [lao.id]);
      const own = await app.query(`SELECT (SELECT count(*) FROM access_log)::int AS access`);
      expect(own.rows[0].access).toBeGreaterThan(0);
      await app.query('ROLLBACK');
    } finally {
      await app.end();
    }
  });
});
