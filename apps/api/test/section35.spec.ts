import fc from 'fast-check';
import type { EmployerView, PaymentView, PlacementView, Section35RateView, Section35Summary } from '@elderwork/contracts';
import { countedDays } from '@elderwork/thai';
import { registrationNumber } from './support/factories';
import { TestApp, type TestLao, type TestUser } from './support/test-app';


describe('Section 35 disability employment', () => {
  let t: TestApp;
  let lao: TestLao;
  let staff: TestUser;
  let employer: EmployerView;
  let disabledElder: string;

  const newEmployer = async (user: TestUser, name = 'บริษัท ทดสอบ จำกัด'): Promise<EmployerView> =>
    (await t.http.post('/api/employers').set(user.auth).send({ name, registrationNumber: registrationNumber(), provinceCode: '21' }).expect(201)).body;
  const newDisabledElder = async (user: TestUser, overrides: object = {}): Promise<string> =>
    (await t.resident(user, { disabilityType: 'physical', ...overrides })).id;
  const place = (user: TestUser, body: object) => t.http.post('/api/placements').set(user.auth).send(body);

  beforeAll(async () => {
    t = await TestApp.start();
    lao = await t.lao();
    staff = await t.user('staff', lao.id);
    employer = await newEmployer(staff, 'บริษัท ระยองทดสอบ จำกัด');
    disabledElder = await newDisabledElder(staff);
  });
  afterAll(() => t.close());

  describe('employers', () => {
    it('registers an employer with its province', async () => {
      expect(employer).toMatchObject({ name: 'บริษัท ระยองทดสอบ จำกัด', provinceCode: '21', provinceName: 'ระยอง' });
      const list = await t.http.get('/api/employers').set(staff.auth).expect(200);
      expect(list.body.map((e: EmployerView) => e.id)).toContain(employer.id);
    });

    it('offers every province in Thai dictionary order, กรุงเทพมหานคร among them, and takes an employer in Bangkok', async () => {
      const provinces = (await t.http.get('/api/reference/provinces').set(staff.auth).expect(200)).body as { code: string; name: string }[];
      const names = provinces.map((p) => p.name);
      expect(provinces).toHaveLength(77);
      expect(provinces).toContainEqual({ code: '10', name: 'กรุงเทพมหานคร' });
      expect(names.slice(0, 2)).toEqual(['กระบี่', 'กรุงเทพมหานคร']);
      // A leading vowel is read after its consonant: เชียงใหม่ files under ช (before ตาก), แพร่ under พ (before ภูเก็ต).
      expect(names.indexOf('เชียงใหม่')).toBeLessThan(names.indexOf('ตาก'));
      expect(names.indexOf('แพร่')).toBeLessThan(names.indexOf('ภูเก็ต'));
      expect(names.at(-1)?.startsWith('อ')).toBe(true);
      const bangkok = (await t.http.post('/api/employers').set(staff.auth).send({ name: 'บริษัท กรุงเทพทดสอบ จำกัด', registrationNumber: registrationNumber(), provinceCode: '10' }).expect(201)).body as EmployerView;
      expect(bangkok).toMatchObject({ provinceCode: '10', provinceName: 'กรุงเทพมหานคร' });
    });

    it('checks the registration number and the province, in Thai', async () => {
      const bad = await t.http.post('/api/employers').set(staff.auth).send({ name: 'ก', registrationNumber: '0105555000001', provinceCode: '99' }).expect(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['registrationNumber']);
      const province = await t.http.post('/api/employers').set(staff.auth).send({ name: 'ก', registrationNumber: registrationNumber(), provinceCode: '99' }).expect(400);
      expect(province.body.errors[0]).toMatchObject({ field: 'provinceCode' });
    });

    it('one registration number once per LAO (409), and edits', async () => {
      const dup = await t.http.post('/api/employers').set(staff.auth).send({ name: 'ซ้ำ', registrationNumber: employer.registrationNumber, provinceCode: '21' }).expect(409);
      expect(dup.body).toMatchObject({ code: 'DUPLICATE_REGISTRATION_NUMBER', existingId: employer.id });
      const other = await newEmployer(staff);
      await t.http.patch(`/api/employers/${other.id}`).set(staff.auth).send({ registrationNumber: employer.registrationNumber }).expect(409);
      const edited = await t.http.patch(`/api/employers/${other.id}`).set(staff.auth).send({ contactPerson: 'คุณสมหญิง', phone: '038123456' }).expect(200);
      expect(edited.body).toMatchObject({ contactPerson: 'คุณสมหญิง', phone: '038123456' });
    });
  });

  describe('rate table (reference, national)', () => {
    it('everyone reads it; the seeded rates are 328, 330, 337', async () => {
      const dla = await t.user('dla_officer', await t.orgUnit('dla', 'DLA'));
      for (const user of [staff, dla]) {
        const res = await t.http.get('/api/reference/section35-rates').set(user.auth).expect(200);
        const byYear = Object.fromEntries((res.body as Section35RateView[]).map((r) => [r.year, [r.dailyRate, r.annualValue]]));
        expect(byYear).toMatchObject({ 2567: [328, 119720], 2568: [330, 120450], 2569: [337, 123005] });
      }
    });

    it('only DLA officers change it', async () => {
      const dla = await t.user('dla_officer', await t.orgUnit('dla', 'DLA'));
      const province = await t.user('province_officer', await t.orgUnit('province', '21'));
      const admin = await t.user('lao_admin', lao.id);
      for (const user of [staff, admin, province]) await t.http.put('/api/reference/section35-rates/2650').set(user.auth).send({ dailyRate: 400 }).expect(403);
      const res = await t.http.put('/api/reference/section35-rates/2650').set(dla.auth).send({ dailyRate: '400.50' }).expect(200);
      expect(res.body).toMatchObject({ year: 2650, dailyRate: 400.5, annualValue: 146182.5 });
      await t.http.put('/api/reference/section35-rates/2650').set(dla.auth).send({ dailyRate: -1 }).expect(400);
      await t.http.put('/api/reference/section35-rates/1999').set(dla.auth).send({ dailyRate: 300 }).expect(400);
      await t.http.put('/api/reference/section35-rates/2650').set(dla.auth).send({ dailyRate: 300.123 }).expect(400);
    });
  });

  describe('placements', () => {
    it('values a whole calendar year at the year’s rate: 330 × 365 = 120,450.00', async () => {
      const elder = await newDisabledElder(staff);
      const res = await place(staff, { residentId: elder, employerId: employer.id, modality: 'other_assistance', startDate: '2025-01-01', endDate: '2025-12-31' }).expect(201);
      const p = res.body as PlacementView;
      expect(p).toMatchObject({ status: 'planned', dailyRate: 330, days: 365, value: 120450, paidToDate: 0, modality: 'other_assistance' });
      expect(p.resident.id).toBe(elder);
    });

    it('never counts 29 February: a leap year is 365 days too (2567 → 328 × 365)', async () => {
      const elder = await newDisabledElder(staff);
      const res = await place(staff, { residentId: elder, employerId: employer.id, modality: 'training', startDate: '2024-01-01', endDate: '2024-12-31' }).expect(201);
      expect(res.body).toMatchObject({ dailyRate: 328, days: 365, value: 119720 });
    });

    it('a placement split across years adds up: the parts in 2567 and 2568 make the whole', async () => {
      const elder = await newDisabledElder(staff, { firstName: 'แบ่งปี' });
      const whole = (await place(staff, { residentId: elder, employerId: employer.id, modality: 'subcontract', startDate: '2024-07-01', endDate: '2025-06-30', dailyRate: 330 }).expect(201)).body as PlacementView;
      const parts = await Promise.all([2567, 2568].map(async (year) => {
        const list = await t.http.get('/api/placements').query({ year, yearType: 'calendar', residentId: elder }).set(staff.auth).expect(200);
        return list.body.items[0] as PlacementView;
      }));
      expect(parts[0]!.daysInPeriod + parts[1]!.daysInPeriod).toBe(whole.days);
      expect(Math.round((parts[0]!.valueInPeriod + parts[1]!.valueInPeriod) * 100)).toBe(Math.round(whole.value * 100));
      const fiscal = await t.http.get('/api/placements').query({ year: 2568, yearType: 'fiscal', residentId: elder }).set(staff.auth).expect(200);
      // FY2568 = 2024-10-01 … 2025-09-30 holds 2024-10-01 … 2025-06-30 of it.
      expect(fiscal.body.items[0].daysInPeriod).toBe(countedDays({ start: '2024-10-01', end: '2025-06-30' }));
    });

    it('refuses an elder without a recorded disability, unless a registered carer', async () => {
      const plain = (await t.resident(staff)).id;
      const res = await place(staff, { residentId: plain, employerId: employer.id, modality: 'training', startDate: '2025-01-01', endDate: '2025-03-31' }).expect(400);
      expect(res.body.errors[0]).toMatchObject({ field: 'residentId', code: 'notEligible' });
      expect(res.body.errors[0].message).toContain('ความพิการ');
      const carer = (await t.resident(staff, { caresForDisabledPerson: true })).id;
      await place(staff, { residentId: carer, employerId: employer.id, modality: 'training', startDate: '2025-01-01', endDate: '2025-03-31' }).expect(201);
    });

    it('refuses an end before the start, an unknown modality, and a year without a rate', async () => {
      const bad = await place(staff, { residentId: disabledElder, employerId: employer.id, modality: 'lottery', startDate: '2025-05-01', endDate: '2025-04-30' }).expect(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['endDate', 'modality']);
      const noRate = await place(staff, { residentId: disabledElder, employerId: employer.id, modality: 'training', startDate: '2030-01-01', endDate: '2030-12-31' }).expect(400);
      expect(noRate.body.errors[0]).toMatchObject({ field: 'dailyRate', code: 'noRate' });
      expect(noRate.body.errors[0].message).toContain('2573');
      const given = await place(staff, { residentId: disabledElder, employerId: employer.id, modality: 'training', startDate: '2030-01-01', endDate: '2030-12-31', dailyRate: 350 }).expect(201);
      expect(given.body.value).toBe(350 * 365);
    });

    it('refuses overlapping placements of one person, with the same employer or another (409; decision 0033)', async () => {
      const elder = await newDisabledElder(staff);
      const first = (await place(staff, { residentId: elder, employerId: employer.id, modality: 'training', startDate: '2025-01-01', endDate: '2025-06-30' }).expect(201)).body;
      const clash = await place(staff, { residentId: elder, employerId: employer.id, modality: 'concession', startDate: '2025-06-30', endDate: '2025-12-31' }).expect(409);
      expect(clash.body).toMatchObject({ code: 'OVERLAPPING_PLACEMENT', existingId: first.id });
      await place(staff, { residentId: elder, employerId: employer.id, modality: 'concession', startDate: '2025-07-01', endDate: '2025-12-31' }).expect(201);
      const other = await newEmployer(staff);
      const elsewhere = await place(staff, { residentId: elder, employerId: other.id, modality: 'concession', startDate: '2025-03-01', endDate: '2025-03-31' }).expect(409);
      expect(elsewhere.body).toMatchObject({ code: 'OVERLAPPING_PLACEMENT', existingId: first.id, errors: [{ field: 'startDate', code: 'overlappingPlacementElsewhere' }] });
    });

    it('moves planned → active → completed, refuses other moves, and terminates with a date and reason', async () => {
      const elder = await newDisabledElder(staff);
      const p = (await place(staff, { residentId: elder, employerId: employer.id, modality: 'equipment', startDate: '2025-01-01', endDate: '2025-12-31' }).expect(201)).body as PlacementView;
      await t.http.patch(`/api/placements/${p.id}`).set(staff.auth).send({ version: 1, status: 'completed' }).expect(400);
      const active = await t.http.patch(`/api/placements/${p.id}`).set(staff.auth).send({ version: 1, status: 'active' }).expect(200);
      expect(active.body).toMatchObject({ status: 'active', version: 2 });
      await t.http.patch(`/api/placements/${p.id}`).set(staff.auth).send({ version: 1, status: 'completed' }).expect(409);
      const missing = await t.http.patch(`/api/placements/${p.id}`).set(staff.auth).send({ version: 2, status: 'terminated' }).expect(400);
      expect(missing.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['terminatedOn', 'terminationReason']);
      const ended = await t.http.patch(`/api/placements/${p.id}`).set(staff.auth)
        .send({ version: 2, status: 'terminated', terminatedOn: '2025-03-31', terminationReason: 'ย้ายไปอยู่ต่างจังหวัด' }).expect(200);
      // Value stops at the termination date: 1 Jan – 31 Mar 2025 is 90 days.
      expect(ended.body).toMatchObject({ status: 'terminated', terminatedOn: '2025-03-31', days: 90, value: 330 * 90 });
      await t.http.patch(`/api/placements/${p.id}`).set(staff.auth).send({ version: 3, status: 'active' }).expect(400);
    });
  });

  describe('payments', () => {
    it('records payments with the placement and never lets paid-to-date exceed the value', async () => {
      const elder = await newDisabledElder(staff);
      const p = (await place(staff, { residentId: elder, employerId: employer.id, modality: 'sales_space', startDate: '2025-01-01', endDate: '2025-01-31' }).expect(201)).body as PlacementView;
      expect(p.value).toBe(330 * 31);
      const pay = await t.http.post(`/api/placements/${p.id}/payments`).set(staff.auth).send({ paidOn: '31/01/2568', amount: '5,000.00', reference: 'PV-001' }).expect(201);
      expect(pay.body as PaymentView).toMatchObject({ paidOn: '2025-01-31', amount: 5000, reference: 'PV-001' });
      const over = await t.http.post(`/api/placements/${p.id}/payments`).set(staff.auth).send({ paidOn: '2025-02-01', amount: 5230.01 }).expect(400);
      expect(over.body.errors[0]).toMatchObject({ field: 'amount', code: 'exceedsValue' });
      await t.http.post(`/api/placements/${p.id}/payments`).set(staff.auth).send({ paidOn: '2025-02-01', amount: 5230 }).expect(201);
      const now = await t.http.get(`/api/placements/${p.id}`).set(staff.auth).expect(200);
      expect(now.body).toMatchObject({ paidToDate: 10230, value: 10230 });
      expect(now.body.payments.map((x: PaymentView) => x.amount)).toEqual([5000, 5230]);
    });

    it('refuses bad amounts and future dates', async () => {
      const p = (await place(staff, { residentId: await newDisabledElder(staff), employerId: employer.id, modality: 'training', startDate: '2025-01-01', endDate: '2025-12-31' }).expect(201)).body;
      for (const amount of [0, -5, 10.001, 'abc']) {
        const res = await t.http.post(`/api/placements/${p.id}/payments`).set(staff.auth).send({ paidOn: '2025-02-01', amount }).expect(400);
        expect(res.body.errors[0].field).toBe('amount');
      }
      const future = await t.http.post(`/api/placements/${p.id}/payments`).set(staff.auth).send({ paidOn: '2099-01-01', amount: 10 }).expect(400);
      expect(future.body.errors[0]).toMatchObject({ field: 'paidOn', code: 'paidInFuture' });
    });
  });

  describe('filters and figures', () => {
    it('filters placements by modality, employer and status', async () => {
      const u = await t.user('staff', (await t.lao()).id);
      const [a, b] = [await newEmployer(u), await newEmployer(u)];
      const e1 = await newDisabledElder(u);
      const e2 = await newDisabledElder(u);
      await place(u, { residentId: e1, employerId: a.id, modality: 'training', startDate: '2025-01-01', endDate: '2025-12-31' }).expect(201);
      const second = (await place(u, { residentId: e2, employerId: b.id, modality: 'concession', startDate: '2025-01-01', endDate: '2025-12-31' }).expect(201)).body;
      await t.http.patch(`/api/placements/${second.id}`).set(u.auth).send({ version: 1, status: 'active' }).expect(200);
      const ids = async (query: object) => ((await t.http.get('/api/placements').query(query).set(u.auth).expect(200)).body.items as PlacementView[]).map((p) => p.resident.id);
      expect(await ids({ modality: 'training' })).toEqual([e1]);
      expect(await ids({ employerId: b.id })).toEqual([e2]);
      expect(await ids({ status: 'active' })).toEqual([e2]);
      expect(await ids({ year: 2569, yearType: 'calendar' })).toEqual([]);
      await t.http.get('/api/placements').query({ modality: 'x', yearType: 'lunar' }).set(u.auth).expect(400);
    });

    it('sums a year by modality, employer, sex, age band and disability type', async () => {
      const u = await t.user('staff', (await t.lao()).id);
      const [a, b] = [await newEmployer(u, 'ก การค้า'), await newEmployer(u, 'ข อุตสาหกรรม')];
      const man = await newDisabledElder(u, { sex: 'male', birthDate: '1950-01-01', disabilityType: 'visual' });
      const woman = await newDisabledElder(u, { sex: 'female', birthDate: '1940-06-01', disabilityType: 'hearing' });
      const full = (await place(u, { residentId: man, employerId: a.id, modality: 'training', startDate: '2025-01-01', endDate: '2025-12-31' }).expect(201)).body;
      await place(u, { residentId: woman, employerId: b.id, modality: 'concession', startDate: '2025-07-01', endDate: '2026-06-30' }).expect(201);
      await t.http.post(`/api/placements/${full.id}/payments`).set(u.auth).send({ paidOn: '2025-06-30', amount: 60000 }).expect(201);
      const res = await t.http.get('/api/section35/summary').query({ year: 2568, yearType: 'calendar' }).set(u.auth).expect(200);
      const s = res.body as Section35Summary;
      const half = countedDays({ start: '2025-07-01', end: '2025-12-31' });
      expect(s).toMatchObject({ persons: 2, placements: 2, value: 330 * 365 + 330 * half, paid: 60000 });
      expect(s.byModality).toEqual([
        { modality: 'training', persons: 1, placements: 1, value: 120450, paid: 60000 },
        { modality: 'concession', persons: 1, placements: 1, value: 330 * half, paid: 0 },
      ]);
      expect(s.byEmployer.map((e) => [e.name, e.value])).toEqual([['ก การค้า', 120450], ['ข อุตสาหกรรม', 330 * half]]);
      expect(s.bySex.sort((x, y) => x.sex.localeCompare(y.sex)).map((g) => [g.sex, g.persons])).toEqual([['female', 1], ['male', 1]]);
      expect(s.byAgeBand.map((g) => [g.ageBand, g.persons])).toEqual([['70-79', 1], ['80-89', 1]]);
      expect(s.byDisabilityType.map((g) => g.disabilityType).sort()).toEqual(['hearing', 'visual']);
      const fiscal = await t.http.get('/api/section35/summary').query({ year: 2569, yearType: 'fiscal' }).set(u.auth).expect(200);
      expect(fiscal.body.period).toEqual({ start: '2025-10-01', end: '2026-09-30' });
      await t.http.get('/api/section35/summary').query({ year: 68 }).set(u.auth).expect(400);
    });
  });

  describe('isolation', () => {
    let other: TestUser;
    let placement: PlacementView;
    beforeAll(async () => {
      other = await t.user('staff', (await t.lao()).id);
      placement = (await place(staff, { residentId: await newDisabledElder(staff), employerId: employer.id, modality: 'training', startDate: '2025-01-01', endDate: '2025-12-31' }).expect(201)).body;
    });

    it('another LAO gets 404 on employers and placements, and their lists stay empty', async () => {
      await t.http.get(`/api/employers/${employer.id}`).set(other.auth).expect(404);
      await t.http.patch(`/api/employers/${employer.id}`).set(other.auth).send({ name: 'ยึด' }).expect(404);
      await t.http.get(`/api/placements/${placement.id}`).set(other.auth).expect(404);
      await t.http.patch(`/api/placements/${placement.id}`).set(other.auth).send({ version: 1, status: 'active' }).expect(404);
      await t.http.post(`/api/placements/${placement.id}/payments`).set(other.auth).send({ paidOn: '2025-02-01', amount: 1 }).expect(404);
      expect((await t.http.get('/api/employers').set(other.auth).expect(200)).body).toEqual([]);
      expect((await t.http.get('/api/placements').set(other.auth).expect(200)).body.total).toBe(0);
      expect((await t.http.get('/api/section35/summary').query({ year: 2568 }).set(other.auth).expect(200)).body.persons).toBe(0);
      const still = await t.http.get(`/api/placements/${placement.id}`).set(staff.auth).expect(200);
      expect(still.body).toMatchObject({ status: 'planned', paidToDate: 0 });
    });

    it('cannot place another LAO’s elder or use another LAO’s employer (404)', async () => {
      const theirEmployer = await newEmployer(other);
      const res = await place(other, { residentId: disabledElder, employerId: theirEmployer.id, modality: 'training', startDate: '2025-01-01', endDate: '2025-01-31' }).expect(404);
      expect(res.body.errors[0].field).toBe('residentId');
      const theirElder = await newDisabledElder(other);
      const res2 = await place(other, { residentId: theirElder, employerId: employer.id, modality: 'training', startDate: '2025-01-01', endDate: '2025-01-31' }).expect(404);
      expect(res2.body.errors[0].field).toBe('employerId');
    });

    it('provincial and DLA officers get 403 on every Section 35 endpoint of an LAO', async () => {
      const officers = [await t.user('province_officer', await t.orgUnit('province', lao.provinceCode)), await t.user('dla_officer', await t.orgUnit('dla', 'DLA'))];
      for (const o of officers) {
        await t.http.get('/api/employers').set(o.auth).expect(403);
        await t.http.post('/api/employers').set(o.auth).send({}).expect(403);
        await t.http.get(`/api/employers/${employer.id}`).set(o.auth).expect(403);
        await t.http.get('/api/placements').set(o.auth).expect(403);
        await t.http.post('/api/placements').set(o.auth).send({}).expect(403);
        await t.http.get(`/api/placements/${placement.id}`).set(o.auth).expect(403);
        await t.http.post(`/api/placements/${placement.id}/payments`).set(o.auth).send({}).expect(403);
        await t.http.get('/api/section35/summary').query({ year: 2568 }).set(o.auth).expect(403);
      }
    });
  });

  it('PostgreSQL’s counted_days() agrees with packages/thai for any period (property test)', async () => {
    const day = fc.integer({ min: Date.UTC(2018, 0, 1) / 864e5, max: Date.UTC(2034, 11, 31) / 864e5 }).map((d) => new Date(d * 864e5).toISOString().slice(0, 10));
    await fc.assert(
      fc.asyncProperty(day, day, async (a, b) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        const { rows } = await t.owner.query<{ n: number }>('SELECT counted_days($1::date, $2::date) AS n', [start, end]);
        expect(rows[0]!.n).toBe(countedDays({ start, end }));
      }),
      { numRuns: 300 },
    );
  });
});
