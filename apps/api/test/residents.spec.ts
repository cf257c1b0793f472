import fc from 'fast-check';
import type { ErrorBody, Page, ResidentView } from '@elderwork/contracts';
import { TestApp, residentInput, type TestLao, type TestUser } from './support/test-app';

describe('elder registry (ทะเบียนผู้สูงอายุ)', () => {
  let t: TestApp;
  let lao: TestLao;
  let staff: TestUser;
  let admin: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    lao = await t.lao();
    staff = await t.user('staff', lao.id);
    admin = await t.user('lao_admin', lao.id);
  });
  afterAll(() => t.close());

  describe('POST /api/residents', () => {
    it('registers an elder and returns the record with its version', async () => {
      const input = residentInput({ firstName: 'บุญมี', lastName: 'ศรีสุข', disabilityType: 'visual', disabilityCardIssuedOn: '2020-06-01' });
      const res = await t.http.post('/api/residents').set(staff.auth).send(input).expect(201);
      const body = res.body as ResidentView;
      expect(body).toMatchObject({ nationalId: input.nationalId, firstName: 'บุญมี', lastName: 'ศรีสุข', version: 1, removedAt: null });
      expect(body.disabilityCardExpiresOn).toBe('2028-06-01');
      const stored = await t.http.get(`/api/residents/${body.id}`).set(staff.auth).expect(200);
      expect(stored.body).toMatchObject({ nationalId: input.nationalId, birthDate: '1950-05-01' });
    });

    it('accepts a Buddhist-Era birth date and stores it in CE', async () => {
      const res = await t.http.post('/api/residents').set(staff.auth).send(residentInput({ birthDate: '15/03/2500' })).expect(201);
      expect(res.body.birthDate).toBe('1957-03-15');
      const iso = await t.http.post('/api/residents').set(staff.auth).send(residentInput({ birthDate: '2490-01-31' })).expect(201);
      expect(iso.body.birthDate).toBe('1947-01-31');
    });

    it('refuses a national ID with a wrong check digit, in Thai, and writes nothing', async () => {
      const before = await t.count('resident', lao.id);
      const res = await t.http.post('/api/residents').set(staff.auth).send(residentInput({ nationalId: '1234567890123' })).expect(400);
      const body = res.body as ErrorBody;
      expect(body.code).toBe('VALIDATION_FAILED');
      expect(body.errors).toEqual([expect.objectContaining({ field: 'nationalId', message: expect.stringContaining('เลขประจำตัวประชาชน') })]);
      expect(await t.count('resident', lao.id)).toBe(before);
    });

    it('refuses a person younger than 60 who does not turn 60 this fiscal year', async () => {
      const res = await t.http.post('/api/residents').set(staff.auth).send(residentInput({ birthDate: '1990-01-01' })).expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'birthDate', code: 'elderAge' })]);
    });

    it('names every missing or malformed field at once', async () => {
      const res = await t.http.post('/api/residents').set(staff.auth).send({ nationalId: '12', sex: 'x', firstName: 'John', moo: 'abc' }).expect(400);
      const fields = (res.body as ErrorBody).errors!.map((e) => e.field).sort();
      expect(fields).toEqual(['birthDate', 'firstName', 'lastName', 'legalBasis', 'moo', 'nationalId', 'prefix', 'sex']);
      for (const error of (res.body as ErrorBody).errors!) expect(error.message).toMatch(/[\u0E00-\u0E7F]/);
    });

    it('refuses an impossible date with 400 on the date field', async () => {
      const res = await t.http.post('/api/residents').set(staff.auth).send(residentInput({ birthDate: '31/02/2493' })).expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'birthDate', code: 'thaiDate' })]);
    });

    it('never answers arbitrary input with a 500 (property test)', async () => {
      const value = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.array(fc.string(), { maxLength: 2 }));
      const body = fc.record(
        { nationalId: value, prefix: value, firstName: value, lastName: value, sex: value, birthDate: value, moo: value, phone: value,
          disabilityType: value, disabilityCardIssuedOn: value, livingAlone: value, legalBasis: value },
        { requiredKeys: [] },
      );
      await fc.assert(
        fc.asyncProperty(body, async (input) => {
          const res = await t.http.post('/api/residents').set(staff.auth).send(input);
          expect([201, 400, 409]).toContain(res.status);
        }),
        { numRuns: 60 },
      );
    });

    it('refuses unknown fields and malformed JSON with 400', async () => {
      const extra = await t.http.post('/api/residents').set(staff.auth).send({ ...residentInput(), salary: 1 }).expect(400);
      expect(extra.body.errors).toEqual([expect.objectContaining({ field: 'salary', code: 'unknownField' })]);
      await t.http.post('/api/residents').set(staff.auth).set('content-type', 'application/json').send('{"nationalId": ').expect(400);
    });

    it('refuses the same national ID twice in one LAO with 409 naming the existing record', async () => {
      const first = await t.resident(staff, { firstName: 'ทองดี' });
      const res = await t.http.post('/api/residents').set(staff.auth).send(residentInput({ nationalId: first.nationalId })).expect(409);
      expect(res.body).toMatchObject({ code: 'DUPLICATE_NATIONAL_ID', existingId: first.id });
      expect(res.body.message).toContain('ทองดี');
    });
  });

  describe('GET /api/residents', () => {
    it('searches by Thai name or national ID and pages with a total', async () => {
      const a = await t.resident(staff, { firstName: 'ประไพพรรณ', lastName: 'ค้นหาได้' });
      await t.resident(staff, { firstName: 'ประไพพรรณ', lastName: 'อีกคน' });
      const byName = await t.http.get('/api/residents').query({ q: 'ประไพพรรณ', pageSize: 1 }).set(staff.auth).expect(200);
      const page = byName.body as Page<ResidentView>;
      expect(page.total).toBe(2);
      expect(page.items).toHaveLength(1);
      const second = await t.http.get('/api/residents').query({ q: 'ประไพพรรณ', pageSize: 1, page: 2 }).set(staff.auth).expect(200);
      expect(second.body.items[0].id).not.toBe(page.items[0]!.id);
      const byId = await t.http.get('/api/residents').query({ q: a.nationalId }).set(staff.auth).expect(200);
      expect(byId.body.items.map((r: ResidentView) => r.id)).toEqual([a.id]);
      const byFullName = await t.http.get('/api/residents').query({ q: 'ประไพพรรณ ค้นหาได้' }).set(staff.auth).expect(200);
      expect(byFullName.body.items.map((r: ResidentView) => r.id)).toEqual([a.id]);
    });

    it('the registry total follows every registration and removal, though it is kept between them', async () => {
      const own = await t.lao();
      const clerk = await t.user('staff', own.id);
      for (let i = 0; i < 3; i += 1) await t.resident(clerk);
      const total = async () => ((await t.http.get('/api/residents').query({ pageSize: 2 }).set(clerk.auth).expect(200)).body as Page<ResidentView>).total;
      expect(await total()).toBe(3);
      expect(await total()).toBe(3);
      const added = await t.resident(clerk);
      expect(await total()).toBe(4);
      await t.http.delete(`/api/residents/${added.id}`).set(clerk.auth).send({ reason: 'moved' }).expect(200);
      expect(await total()).toBe(3);
      // Past the last page the count is still right.
      expect(((await t.http.get('/api/residents').query({ pageSize: 2, page: 5 }).set(clerk.auth).expect(200)).body as Page<ResidentView>).total).toBe(3);
    });

    it('rejects a bad page size with 400', async () => {
      const res = await t.http.get('/api/residents').query({ pageSize: 5000 }).set(staff.auth).expect(400);
      expect(res.body.errors[0].field).toBe('pageSize');
    });
  });

  describe('PATCH /api/residents/:id', () => {
    it('changes fields, bumps the version and refuses a stale version with 409', async () => {
      const r = await t.resident(staff);
      const changed = await t.http.patch(`/api/residents/${r.id}`).set(staff.auth).send({ version: 1, phone: '0812345678', moo: 3 }).expect(200);
      expect(changed.body).toMatchObject({ phone: '0812345678', moo: 3, version: 2 });
      const stale = await t.http.patch(`/api/residents/${r.id}`).set(staff.auth).send({ version: 1, phone: '0899999999' }).expect(409);
      expect(stale.body.code).toBe('STALE_VERSION');
      const now = await t.http.get(`/api/residents/${r.id}`).set(staff.auth).expect(200);
      expect(now.body.phone).toBe('0812345678');
    });

    it('requires the version and validates changed fields', async () => {
      const r = await t.resident(staff);
      const noVersion = await t.http.patch(`/api/residents/${r.id}`).set(staff.auth).send({ phone: '0812345678' }).expect(400);
      expect(noVersion.body.errors[0].field).toBe('version');
      const nullName = await t.http.patch(`/api/residents/${r.id}`).set(staff.auth).send({ version: 1, firstName: null }).expect(400);
      expect(nullName.body.errors[0].field).toBe('firstName');
      // Yes/no fields have no "unknown": null is refused, not a 500 from the NOT NULL column (found by hostile-input.spec).
      for (const field of ['livingAlone', 'caresForDisabledPerson']) {
        const res = await t.http.patch(`/api/residents/${r.id}`).set(staff.auth).send({ version: 1, [field]: null }).expect(400);
        expect(res.body.errors).toEqual([expect.objectContaining({ field, message: expect.stringMatching(/[\u0E00-\u0E7F]/) })]);
      }
      await t.http.post('/api/residents').set(staff.auth).send(residentInput({ livingAlone: null as unknown as boolean })).expect(400);
    });

    it('refuses taking another record’s national ID', async () => {
      const a = await t.resident(staff);
      const b = await t.resident(staff);
      const res = await t.http.patch(`/api/residents/${b.id}`).set(staff.auth).send({ version: 1, nationalId: a.nationalId }).expect(409);
      expect(res.body.existingId).toBe(a.id);
    });
  });

  describe('DELETE /api/residents/:id', () => {
    it('takes the record out of current lists but keeps it for past reports', async () => {
      const r = await t.resident(staff, { firstName: 'ย้ายออกแล้ว' });
      await t.http.delete(`/api/residents/${r.id}`).set(staff.auth).send({}).expect(400);
      const removed = await t.http.delete(`/api/residents/${r.id}`).set(staff.auth).send({ reason: 'moved', note: 'ย้ายไปอยู่กับลูก' }).expect(200);
      expect(removed.body).toMatchObject({ removalReason: 'moved' });
      expect(removed.body.removedAt).not.toBeNull();
      const list = await t.http.get('/api/residents').query({ q: 'ย้ายออกแล้ว' }).set(staff.auth).expect(200);
      expect(list.body.total).toBe(0);
      await t.http.get(`/api/residents/${r.id}`).set(staff.auth).expect(200);
      await t.http.patch(`/api/residents/${r.id}`).set(staff.auth).send({ version: 2, phone: '0812345678' }).expect(404);
      // The national ID may be registered again (the person came back).
      await t.http.post('/api/residents').set(staff.auth).send(residentInput({ nationalId: r.nationalId })).expect(201);
    });
  });

  describe('removed records: listed and restored (issue 15)', () => {
    const remove = (r: ResidentView) => t.http.delete(`/api/residents/${r.id}`).set(staff.auth).send({ reason: 'moved', note: 'ย้ายไปต่างจังหวัด' }).expect(200);

    it('lists removed records apart, newest removal first, and restores one with an audit entry', async () => {
      const first = await t.resident(staff, { firstName: 'คืนทะเบียนหนึ่ง' });
      const second = await t.resident(staff, { firstName: 'คืนทะเบียนสอง' });
      await remove(first);
      const removedSecond = (await remove(second)).body as ResidentView;
      const removed = (await t.http.get('/api/residents').query({ removed: true }).set(staff.auth).expect(200)).body as Page<ResidentView>;
      const ids = removed.items.map((r) => r.id);
      expect(ids.indexOf(second.id)).toBeLessThan(ids.indexOf(first.id));
      expect(removed.items.every((r) => r.removedAt !== null)).toBe(true);
      const current = (await t.http.get('/api/residents').query({ q: 'คืนทะเบียน' }).set(staff.auth).expect(200)).body as Page<ResidentView>;
      expect(current.total).toBe(0);

      const restored = (await t.http.post(`/api/residents/${second.id}/restore`).set(staff.auth).send({ version: removedSecond.version }).expect(200)).body as ResidentView;
      expect(restored).toMatchObject({ id: second.id, removedAt: null, removalReason: null, version: removedSecond.version + 1 });
      const back = (await t.http.get('/api/residents').query({ q: 'คืนทะเบียนสอง' }).set(staff.auth).expect(200)).body as Page<ResidentView>;
      expect(back.items.map((r) => r.id)).toEqual([second.id]);
      await t.http.patch(`/api/residents/${second.id}`).set(staff.auth).send({ version: restored.version, phone: '0812345678' }).expect(200);
      const trail = (await t.http.get(`/api/residents/${second.id}/audit`).set(admin.auth).expect(200)).body as { action: string; note: string | null }[];
      expect(trail.map((e) => e.action)).toEqual(expect.arrayContaining(['remove', 'restore']));
      expect(trail.find((e) => e.action === 'restore')?.note).toContain('เหตุผล: ย้ายออก');
    });

    it('refuses a record in the registry (409), a stale version (409), and a national ID registered again since (409 naming it)', async () => {
      const r = await t.resident(staff);
      await t.http.post(`/api/residents/${r.id}/restore`).set(staff.auth).send({ version: r.version }).expect(409);
      const removed = (await remove(r)).body as ResidentView;
      await t.http.post(`/api/residents/${r.id}/restore`).set(staff.auth).send({ version: removed.version - 1 }).expect(409);
      await t.http.post(`/api/residents/${r.id}/restore`).set(staff.auth).send({}).expect(400);
      const again = (await t.http.post('/api/residents').set(staff.auth).send(residentInput({ nationalId: r.nationalId })).expect(201)).body as ResidentView;
      const clash = await t.http.post(`/api/residents/${r.id}/restore`).set(staff.auth).send({ version: removed.version }).expect(409);
      expect(clash.body).toMatchObject({ code: 'DUPLICATE_NATIONAL_ID', existingId: again.id });
      expect((await t.http.get(`/api/residents/${r.id}`).set(staff.auth).expect(200)).body.removedAt).not.toBeNull();
    });

    it('another LAO can neither list nor restore them (404)', async () => {
      const r = await t.resident(staff);
      const removed = (await remove(r)).body as ResidentView;
      const other = await t.user('staff', (await t.lao()).id);
      const list = (await t.http.get('/api/residents').query({ removed: true }).set(other.auth).expect(200)).body as Page<ResidentView>;
      expect(list.items.map((x) => x.id)).not.toContain(r.id);
      await t.http.post(`/api/residents/${r.id}/restore`).set(other.auth).send({ version: removed.version }).expect(404);
      expect((await t.http.get(`/api/residents/${r.id}`).set(staff.auth).expect(200)).body.removedAt).not.toBeNull();
    });
  });

  describe('audit log', () => {
    it('records who created, changed, opened and removed a record; the LAO admin reads it', async () => {
      const r = await t.resident(staff);
      await t.http.patch(`/api/residents/${r.id}`).set(staff.auth).send({ version: 1, village: 'บ้านใหม่' }).expect(200);
      await t.http.get(`/api/residents/${r.id}`).set(staff.auth).expect(200);
      await t.http.delete(`/api/residents/${r.id}`).set(staff.auth).send({ reason: 'deceased' }).expect(200);
      await t.http.get(`/api/residents/${r.id}/audit`).set(staff.auth).expect(403);
      const res = await t.http.get(`/api/residents/${r.id}/audit`).set(admin.auth).expect(200);
      const actions = (res.body as { action: string; actor: { email: string }; changes: unknown }[]).map((e) => e.action).sort();
      expect(actions).toEqual(['create', 'read', 'remove', 'update']);
      const update = res.body.find((e: { action: string }) => e.action === 'update');
      expect(update.changes).toEqual({ village: [null, 'บ้านใหม่'] });
      expect(update.actor.email).toBe(staff.email);
    });
  });

  it('summarises the registry by age band and sex for the home page', async () => {
    const other = await t.lao();
    const u = await t.user('staff', other.id);
    await t.resident(u, { sex: 'male', birthDate: '1940-01-01', disabilityType: 'physical' });
    await t.resident(u, { sex: 'female', birthDate: '1960-01-01', livingAlone: true });
    const res = await t.http.get('/api/residents/summary').set(u.auth).expect(200);
    expect(res.body.total).toBe(2);
    expect(res.body.withDisability).toBe(1);
    expect(res.body.livingAlone).toBe(1);
    const band = (b: string) => res.body.byAgeBand.find((x: { ageBand: string }) => x.ageBand === b);
    expect(band('80-89')).toEqual({ ageBand: '80-89', male: 1, female: 0 });
    expect(band('60-69')).toEqual({ ageBand: '60-69', male: 0, female: 1 });
  });
});
