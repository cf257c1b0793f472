import jwt from 'jsonwebtoken';
import type { SessionView } from '@elderwork/contracts';
import { PASSWORD, TestApp, type TestLao, type TestUser } from './support/test-app';

const SECRET = 'test-secret-test-secret-test-secret!';

/** Revocable sessions (issue 13, decision 0022). */
describe('sessions', () => {
  let t: TestApp;
  let lao: TestLao;
  let admin: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    lao = await t.lao();
    admin = await t.user('lao_admin', lao.id);
  });
  afterAll(() => t.close());

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  it('logout ends the token: the next request with it is 401', async () => {
    const staff = await t.user('staff', lao.id);
    await t.http.get('/api/me').set(staff.auth).expect(200);
    await t.http.post('/api/auth/logout').set(staff.auth).expect(204);
    await t.http.get('/api/me').set(staff.auth).expect(401);
  });

  it('a token forged with the secret and another LAO fails', async () => {
    const other = await t.lao();
    const { iat: _iat, exp: _exp, ...claims } = jwt.verify(admin.token, SECRET) as Record<string, unknown>;
    const forged = jwt.sign({ ...claims, lao: other.id}, SECRET, { expiresIn: 600 });
    await t.http.get('/api/residents').set(bearer(forged)).expect(401);
    const noSession = jwt.sign({ ...claims, sid: 'x'}, SECRET, { expiresIn: 600 });
    await t.http.get('/api/residents').set(bearer(noSession)).expect(401);
    await t.http.get('/api/residents').set(admin.auth).expect(200);
  });

  it('the user lists their sessions and ends another one', async () => {
    const staff = await t.user('staff', lao.id);
    const second = await t.login(staff.email, PASSWORD);
    const list = (await t.http.get('/api/me/sessions').set(staff.auth).expect(200)).body as SessionView[];
    expect(list).toHaveLength(2);
    const other = list.find((s) => !s.current)!;
    await t.http.delete(`/api/me/sessions/${other.id}`).set(staff.auth).expect(204);
    await t.http.get('/api/me').set(bearer(second)).expect(401);
    await t.http.get('/api/me').set(staff.auth).expect(200);
    // Someone else's session is 404.
    const mine = ((await t.http.get('/api/me/sessions').set(admin.auth).expect(200)).body as SessionView[])[0]!;
    await t.http.delete(`/api/me/sessions/${mine.id}`).set(staff.auth).expect(404);
  });

  it('deactivation ends every session at once and reactivation never revives them', async () => {
    const staff = await t.user('staff', lao.id);
    const second = await t.login(staff.email);
    await t.http.patch(`/api/users/${staff.id}`).set(admin.auth).send({ active: false }).expect(200);
    await t.http.get('/api/me').set(staff.auth).expect(401);
    await t.http.patch(`/api/users/${staff.id}`).set(admin.auth).send({ active: true }).expect(200);
    await t.http.get('/api/me').set(staff.auth).expect(401);
    await t.http.get('/api/me').set(bearer(second)).expect(401);
    await t.login(staff.email);
  });

  it('a role outside the account’s kind is refused; a password set by its manager ends its sessions', async () => {
    const dla = await t.user('dla_officer', await t.orgUnit('dla', 'DLA'));
    const target = await t.user('dla_officer', dla.orgUnitId);
    await t.http.get('/api/me').set(target.auth).expect(200);
    // DLA officers are managed by other DLA officers; an officer's role stays within the DLA kinds.
    await t.http.patch(`/api/users/${target.id}`).set(dla.auth).send({ role: 'province_officer' }).expect(400);
    await t.http.patch(`/api/users/${target.id}`).set(dla.auth).send({ password: 'another-long-password' }).expect(200);
    await t.http.get('/api/me').set(target.auth).expect(401);
    await t.login(target.email, 'another-long-password');
  });
});
