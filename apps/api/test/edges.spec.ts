import { MONEY_LIMITS } from '@elderwork/contracts';
import { nationalIdCheckDigit } from '@elderwork/thai';
import { TestApp, type TestLao, type TestUser } from './support/test-app';

/** Issue #11's seven classes of hostile input: each a 4xx with a Thai message, and nothing changed. */
const THAI = /[\u0e00-\u0e7f]/;

describe('edges: what the API accepts before any handler runs', () => {
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

  const residents = () => t.count('resident', lao.id);
  const expectThai = (body: { message: string; errors?: { message: string }[] }) => {
    expect(body.message).toMatch(THAI);
    for (const e of body.errors ?? []) expect(e.message).toMatch(THAI);
  };

  it('a JSON body over 1 MB is 413 PAYLOAD_TOO_LARGE in Thai, with or without a token', async () => {
    const before = await residents();
    const big = JSON.stringify({ village: 'ก'.repeat(400_000) }); // 1.2 MB as UTF-8
    for (const req of [t.http.post('/api/residents').set(staff.auth), t.http.post('/api/auth/login')]) {
      const res = await req.set('Content-Type', 'application/json').send(big).expect(413);
      expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
      expectThai(res.body);
    }
    expect(await residents()).toBe(before);
  });

  it('an array of 5,001 ids (under 1 MB) is no longer refused for its size', async () => {
    const ids = Array.from({ length: 5001 }, () => '00000000-0000-4000-8000-000000000000');
    const res = await t.http.post('/api/stipends/generate').set(staff.auth).send({ ids });
    expect(res.status).toBeLessThan(500);
    expect(res.status).not.toBe(413);
  });

  it('1,400 levels of nesting are 400 (tooDeep), also on login, and never reach the validator', async () => {
    const deep = `{"name":${'['.repeat(1400)}1${']'.repeat(1400)}}`;
    for (const req of [t.http.post('/api/residents').set(staff.auth), t.http.post('/api/auth/login')]) {
      const res = await req.set('Content-Type', 'application/json').send(deep).expect(400);
      expect(res.body.errors[0]).toMatchObject({ field: 'name', code: 'tooDeep' });
      expectThai(res.body);
    }
  });

  it('JSON in latin1 is 415 UNSUPPORTED_MEDIA_TYPE; utf-8 declared is fine', async () => {
    const res = await t.http.post('/api/auth/login').set('Content-Type', 'application/json; charset=latin1')
      .send(JSON.stringify({ email: 'a@b.co', password: 'x' })).expect(415);
    expect(res.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expectThai(res.body);
    await t.http.post('/api/auth/login').set('Content-Type', 'application/json; charset=utf-8')
      .send(JSON.stringify({ email: 'nobody@example.com', password: 'x' })).expect(401);
  });

  it('malformed JSON is 400 in Thai', async () => {
    const res = await t.http.post('/api/auth/login').set('Content-Type', 'application/json').send('{"email":').expect(400);
    expectThai(res.body);
  });

  it('a NUL in a body field and in ?q= is 400 naming the field; nothing is written', async () => {
    const before = await residents();
    const res = await t.http.post('/api/residents').set(staff.auth).send({ village: 'a\u0000b' }).expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'village', code: 'badCharacter' })]);
    expectThai(res.body);
    for (const path of ['/api/residents', '/api/courses', '/api/wisdom', '/api/products', '/api/jobs']) {
      const q = await t.http.get(`${path}?q=a%00b`).set(staff.auth).expect(400);
      expect(q.body.errors[0]).toMatchObject({ field: 'q', code: 'badCharacter' });
      expectThai(q.body);
    }
    const inPath = await t.http.get('/api/residents/a%00b').set(staff.auth).expect(400);
    expect(inPath.body.errors[0].field).toBe('path');
    expect(await residents()).toBe(before);
  });

  it('a lone surrogate in email is 400 on login and on user creation', async () => {
    const login = await t.http.post('/api/auth/login').send({ email: '\ud800', password: 'x' }).expect(400);
    expect(login.body.errors[0]).toMatchObject({ field: 'email' });
    expectThai(login.body);
    const user = await t.http.post('/api/users').set(admin.auth)
      .send({ email: 'a\udc00@example.com', displayName: 'ทดสอบ', role: 'staff' }).expect(400);
    expect(user.body.errors[0]).toMatchObject({ field: 'email' });
    expectThai(user.body);
  });

  it('{"yearType":null} on submit, approve and reopen is 400 yearType; no report is created', async () => {
    for (const step of ['submit', 'approve', 'reopen']) {
      const res = await t.http.post(`/api/reports/yearly/2569/${step}`).set(admin.auth).send({ yearType: null, ...(step === 'reopen' ? { reason: 'ทดสอบ' } : {}) }).expect(400);
      expect(res.body.errors[0]).toMatchObject({ field: 'yearType' });
      expectThai(res.body);
    }
    const rows = await t.owner.query('SELECT count(*)::int AS n FROM yearly_report WHERE lao_id = $1', [lao.id]);
    expect(rows.rows[0].n).toBe(0);
  });

  it('amounts above their column are 400 on the field, at the limit they pass validation', async () => {
    const cases: [string, string, string, number][] = [
      ['post', '/api/placements', 'dailyRate', MONEY_LIMITS.dailyRate],
      ['post', '/api/placements/00000000-0000-4000-8000-000000000000/payments', 'amount', MONEY_LIMITS.paymentAmount],
      ['post', '/api/caregivers', 'monthlyStipend', MONEY_LIMITS.monthlyStipend],
      ['post', '/api/income-records', 'amount', MONEY_LIMITS.incomeAmount],
      ['post', '/api/products', 'price', MONEY_LIMITS.price],
    ];
    for (const [, path, field, max] of cases) {
      const over = await t.http.post(path).set(staff.auth).send({ [field]: Math.round((max + 0.01) * 100) / 100 }).expect(400);
      const error = over.body.errors.find((e: { field: string }) => e.field === field);
      expect(error).toBeDefined();
      expect(error.message).toMatch(THAI);
      const at = await t.http.post(path).set(staff.auth).send({ [field]: max });
      expect((at.body.errors ?? []).map((e: { field: string }) => e.field)).not.toContain(field);
    }
    const grid = await t.http.put('/api/income-records/month/2026-01').set(staff.auth)
      .send({ rows: [{ residentId: '00000000-0000-4000-8000-000000000000', amount: 1e10, source: 'other', channel: 'other' }] });
    expect(grid.status).toBe(400);
    expect(JSON.stringify(grid.body.errors)).toMatch(/amount/);
  });

  it('"constructor", "__proto__" and "prototype" are unknown fields like any other', async () => {
    const before = await residents();
    for (const key of ['constructor', 'prototype', '__proto__']) {
      const res = await t.http.post('/api/employers').set(staff.auth).set('Content-Type', 'application/json')
        .send(`{"name":"บริษัท ก จำกัด","${key}":{"x":1}}`).expect(400);
      expect(res.body.errors).toContainEqual(expect.objectContaining({ field: key, code: 'unknownField' }));
      expectThai(res.body);
    }
    expect(await residents()).toBe(before);
  });

  it('a [] body answers in Thai (isObject)', async () => {
    const res = await t.http.post('/api/reports/yearly/2569/submit').set(staff.auth).send([]).expect(400);
    expectThai(res.body);
  });

  it('the yearly export says its own formats: xlsx or pdf', async () => {
    const res = await t.http.get('/api/reports/yearly/export').query({ year: 2569, format: 'csv' }).set(staff.auth).expect(400);
    const msg = res.body.errors.find((e: { field: string }) => e.field === 'format').message as string;
    expect(msg).toMatch(THAI);
    expect(msg).toContain('xlsx');
    expect(msg).toContain('pdf');
    expect(msg).not.toContain('csv');
  });

  it('?q=% and ?q=_ match literally in every search', async () => {
    await t.resident(staff, { firstName: 'สมปอง' });
    const all = (await t.http.get('/api/residents').set(staff.auth).expect(200)).body.total as number;
    expect(all).toBeGreaterThan(0);
    for (const q of ['%', '_']) {
      const res = await t.http.get('/api/residents').query({ q }).set(staff.auth).expect(200);
      expect(res.body.total).toBe(0);
      for (const path of ['/api/courses', '/api/wisdom', '/api/products', '/api/jobs']) {
        await t.http.get(path).query({ q }).set(staff.auth).expect(200);
      }
    }
    const product = await t.http.post('/api/products').set(staff.auth).send({ name: 'ผ้า_100%', category: 'other' });
    if (product.status === 201) {
      const hit = await t.http.get('/api/products').query({ q: '_100%' }).set(staff.auth).expect(200);
      expect(JSON.stringify(hit.body)).toContain('ผ้า_100%');
      const miss = await t.http.get('/api/products').query({ q: '%' + 'x' }).set(staff.auth).expect(200);
      expect(JSON.stringify(miss.body)).not.toContain('ผ้า_100%');
    }
  });
});

describe('edges: dates within a plausible range', () => {
  let t: TestApp;
  let staff: TestUser;
  beforeAll(async () => {
    t = await TestApp.start();
    const lao = await t.lao();
    staff = await t.user('staff', lao.id);
  });
  afterAll(() => t.close());

  it('a birth date before 1900 is 400 naming the range in BE', async () => {
    const res = await t.http.post('/api/residents').set(staff.auth).send({ birthDate: '1899-12-31' }).expect(400);
    const error = res.body.errors.find((e: { field: string }) => e.field === 'birthDate');
    expect(error.message).toMatch(THAI);
    expect(error.message).toContain('2443');
  });

  it('a payment dated 1900-01-01 on a 2025 placement is 400 on paidOn; a course session of 2024 on a 2026 course is 400', async () => {
    const employer = (await t.http.post('/api/employers').set(staff.auth).send({ name: 'บริษัท วันที่ จำกัด', registrationNumber: `010555600000${nationalIdCheckDigit('010555600000')}`, provinceCode: '21' }).expect(201)).body;
    const elder = await t.resident(staff, { disabilityType: 'physical' });
    const placement = (await t.http.post('/api/placements').set(staff.auth)
      .send({ residentId: elder.id, employerId: employer.id, modality: 'other_assistance', startDate: '2025-01-01', endDate: '2025-12-31' }).expect(201)).body;
    const early = await t.http.post(`/api/placements/${placement.id}/payments`).set(staff.auth).send({ paidOn: '1900-01-01', amount: 100 }).expect(400);
    expect(early.body.errors[0]).toMatchObject({ field: 'paidOn', code: 'dateOutOfRange' });
    expect(early.body.errors[0].message).toContain('2568');
    await t.http.post(`/api/placements/${placement.id}/payments`).set(staff.auth).send({ paidOn: '2025-06-30', amount: 100 }).expect(201);
    const paid = (await t.http.get(`/api/placements/${placement.id}`).set(staff.auth).expect(200)).body;
    expect(paid.paidToDate).toBe(100);

    const course = await t.http.post('/api/courses').set(staff.auth).send({
      kind: 'occupation_training', title: 'หลักสูตรวันที่', jobFields: ['agriculture'], startDate: '2026-06-01', endDate: '2026-12-31',
      weekdays: [2], startTime: '09:00', hoursPerSession: 3, completionThreshold: 0.8,
    });
    if (course.status === 201) {
      const session = await t.http.post(`/api/courses/${course.body.id}/sessions`).set(staff.auth).send({ date: '2024-01-01' }).expect(400);
      expect(session.body.errors[0]).toMatchObject({ field: 'date', code: 'dateOutOfRange' });
      expect(session.body.errors[0].message).toMatch(THAI);
    } else {
      throw new Error(`course not created: ${JSON.stringify(course.body)}`);
    }
  });
});
