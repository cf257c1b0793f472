import { TestApp, type TestLao, type TestUser } from './support/test-app';

describe('staff accounts, managed by the LAO administrator', () => {
  let t: TestApp;
  let lao: TestLao;
  let admin: TestUser;
  let staff: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    lao = await t.lao();
    admin = await t.user('lao_admin', lao.id);
    staff = await t.user('staff', lao.id);
  });
  afterAll(() => t.close());

  it('the admin creates a staff account of their LAO (activated through its link: account-links.spec.ts)', async () => {
    const res = await t.http.post('/api/users').set(admin.auth)
      .send({ email: 'New.Staff@Test.Example', displayName: 'เจ้าหน้าที่ใหม่', role: 'staff' }).expect(201);
    expect(res.body).toMatchObject({ email: 'new.staff@test.example', role: 'staff', active: true, orgUnit: { id: lao.id } });
    const list = await t.http.get('/api/users').set(admin.auth).expect(200);
    expect(list.body.map((u: { email: string }) => u.email)).toContain('new.staff@test.example');
  });

  it('duplicate emails are refused', async () => {
    const dup = await t.http.post('/api/users').set(admin.auth).send({ email: staff.email, displayName: 'ก', role: 'staff' }).expect(409);
    expect(dup.body.code).toBe('DUPLICATE_EMAIL');
  });

  it('an admin may not make provincial or DLA accounts', async () => {
    const res = await t.http.post('/api/users').set(admin.auth).send({ email: 'p@test.example', displayName: 'ก', role: 'dla_officer' }).expect(400);
    expect(res.body.errors[0].field).toBe('role');
  });

  it('a deactivated account can no longer log in, and its open session ends at once', async () => {
    const leaving = await t.user('staff', lao.id);
    await t.http.get('/api/residents').set(leaving.auth).expect(200);
    await t.http.patch(`/api/users/${leaving.id}`).set(admin.auth).send({ active: false }).expect(200);
    const ended = await t.http.get('/api/residents').set(leaving.auth).expect(401);
    expect(ended.body.message).toContain('เข้าสู่ระบบใหม่');
    await t.http.post('/api/auth/login').send({ email: leaving.email, password: 'correct-horse-battery' }).expect(401);
  });

  it('an admin cannot make a second admin, by creation or by promotion (four eyes by person)', async () => {
    const res = await t.http.post('/api/users').set(admin.auth).send({ email: 'second.admin@test.example', displayName: 'ก', role: 'lao_admin' }).expect(400);
    expect(res.body.errors[0].field).toBe('role');
    const promoted = await t.user('staff', lao.id);
    await t.http.patch(`/api/users/${promoted.id}`).set(admin.auth).send({ role: 'lao_admin' }).expect(400);
    const { rows } = await t.owner.query(`SELECT count(*)::int AS n FROM app_user WHERE org_unit_id = $1 AND role = 'lao_admin'`, [lao.id]);
    expect(rows[0].n).toBe(1);
  });

  it('an admin cannot deactivate themself', async () => {
    const res = await t.http.patch(`/api/users/${admin.id}`).set(admin.auth).send({ active: false }).expect(400);
    expect(res.body.errors[0].field).toBe('active');
  });

  it('staff cannot manage accounts', async () => {
    await t.http.get('/api/users').set(staff.auth).expect(403);
    await t.http.post('/api/users').set(staff.auth).send({}).expect(403);
    await t.http.patch(`/api/users/${staff.id}`).set(staff.auth).send({ role: 'lao_admin' }).expect(403);
  });

  it('an unknown or malformed id is 404', async () => {
    await t.http.patch('/api/users/00000000-0000-0000-0000-000000000000').set(admin.auth).send({ active: false }).expect(404);
    await t.http.patch('/api/users/abc').set(admin.auth).send({ active: false }).expect(404);
  });
});
