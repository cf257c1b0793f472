import type { LoginResponse } from '@elderwork/contracts';
import { PASSWORD, TestApp, type TestLao, type TestUser } from './support/test-app';

describe('accounts and roles', () => {
  let t: TestApp;
  let lao: TestLao;
  let staff: TestUser;

  beforeAll(async () => {
    t = await TestApp.start({ env: { LOGIN_MAX_FAILURES: '3' } });
    lao = await t.lao();
    staff = await t.user('staff', lao.id);
  });
  afterAll(() => t.close());

  it('POST /api/auth/login returns a token and the user with their org unit', async () => {
    const res = await t.http.post('/api/auth/login').send({ email: staff.email.toUpperCase(), password: PASSWORD }).expect(200);
    const body = res.body as LoginResponse;
    expect(body.accessToken).toEqual(expect.any(String));
    expect(body.user).toMatchObject({ id: staff.id, email: staff.email, role: 'staff', orgUnit: { id: lao.id, code: lao.code, type: 'lao' } });
    expect(body.user.orgUnit.name).toMatch(/^(เทศบาล|องค์การบริหารส่วน|เมืองพัทยา)/);
  });

  it('stores passwords hashed with argon2id', async () => {
    const { rows } = await t.owner.query('SELECT password_hash FROM app_user WHERE id = $1', [staff.id]);
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$/);
    expect(rows[0].password_hash).not.toContain(PASSWORD);
  });

  it('GET /api/me needs a valid bearer token', async () => {
    await t.http.get('/api/me').expect(401);
    await t.http.get('/api/me').set('authorization', 'Bearer not-a-token').expect(401);
    const me = await t.http.get('/api/me').set(staff.auth).expect(200);
    expect(me.body.email).toBe(staff.email);
  });

  it('health answers without a token; everything else needs one', async () => {
    await t.http.get('/api/health').expect(200, { status: 'ok', database: 'ok' });
    const res = await t.http.get('/api/residents').expect(401);
    expect(res.body.code).toBe('UNAUTHENTICATED');
  });

  it('a wrong password is 401 in Thai; repeated failures are throttled with 429, even with the right password', async () => {
    const victim = await t.user('staff', lao.id);
    for (let i = 0; i < 3; i += 1) {
      const res = await t.http.post('/api/auth/login').send({ email: victim.email, password: 'wrong-password-123' }).expect(401);
      expect(res.body.message).toBe('อีเมลหรือรหัสผ่านไม่ถูกต้อง');
    }
    const blocked = await t.http.post('/api/auth/login').send({ email: victim.email, password: PASSWORD }).expect(429);
    expect(blocked.body.code).toBe('TOO_MANY_ATTEMPTS');
    // Another account from the same office is not blocked by one person's mistakes.
    await t.login(staff.email);
  });

  it('an unknown email gets the same answer as a wrong password', async () => {
    const res = await t.http.post('/api/auth/login').send({ email: 'nobody@test.example', password: 'whatever-password' }).expect(401);
    expect(res.body.message).toBe('อีเมลหรือรหัสผ่านไม่ถูกต้อง');
  });

  it('login input is validated', async () => {
    const res = await t.http.post('/api/auth/login').send({ email: 'not-an-email' }).expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['email', 'password']);
  });

  it('serves the OpenAPI document at /api/docs', async () => {
    const res = await t.http.get('/api/docs-json').expect(200);
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/api/residents', '/api/auth/login', '/api/residents/import']));
  });
});
