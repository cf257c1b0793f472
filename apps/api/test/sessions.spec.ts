import jwt from 'jsonwebtoken';
import type { RenewedSession, SessionView } from '@elderwork/contracts';
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

  it('a role outside the account’s kind is refused and ends nothing (a manager sets no password: account-links.spec.ts)', async () => {
    const dla = await t.user('dla_officer', await t.orgUnit('dla', 'DLA'));
    const target = await t.user('dla_officer', dla.orgUnitId);
    await t.http.get('/api/me').set(target.auth).expect(200);
    // DLA officers are managed by other DLA officers; an officer's role stays within the DLA kinds.
    await t.http.patch(`/api/users/${target.id}`).set(dla.auth).send({ role: 'province_officer' }).expect(400);
    await t.http.get('/api/me').set(target.auth).expect(200);
  });
  it('"stay signed in" renews the same session up to its maximum life; an ended session cannot be renewed', async () => {
    const staff = await t.user('staff', lao.id);
    const before = (jwt.verify(staff.token, SECRET) as { exp: number; sid: string });
    // Push the session towards its end, as if the user had been working for hours.
    await t.owner.query(`UPDATE user_session SET expires_at = now() + interval '2 minutes' WHERE id = $1`, [before.sid]);
    const renewed = (await t.http.post('/api/auth/refresh').set(staff.auth).expect(200)).body as RenewedSession;
    const after = jwt.verify(renewed.accessToken, SECRET) as { exp: number; sid: string };
    expect(after.sid).toBe(before.sid);
    expect(after.exp).toBeGreaterThan(Date.now() / 1000 + 3600);
    expect(Math.abs(after.exp * 1000 - Date.parse(renewed.expiresAt))).toBeLessThan(2000);
    await t.http.get('/api/me').set(bearer(renewed.accessToken)).expect(200);
    const [row] = (await t.owner.query(`SELECT expires_at FROM user_session WHERE id = $1`, [before.sid])) .rows as { expires_at: Date }[];
    expect(row!.expires_at.toISOString()).toBe(renewed.expiresAt);

    // Logged in 12 hours ago: renewal cannot pass login + 12 h.
    await t.owner.query(`UPDATE user_session SET created_at = now() - interval '11 hours 59 minutes', expires_at = now() + interval '30 seconds' WHERE id = $1`, [before.sid]);
    const capped = (await t.http.post('/api/auth/refresh').set(bearer(renewed.accessToken)).expect(200)).body as RenewedSession;
    expect(Date.parse(capped.expiresAt)).toBeLessThanOrEqual(Date.parse(capped.maxExpiresAt));
    expect(Date.parse(capped.maxExpiresAt) - Date.now()).toBeLessThan(2 * 60 * 1000);

    await t.http.post('/api/auth/logout').set(bearer(capped.accessToken)).expect(204);
    const refused = await t.http.post('/api/auth/refresh').set(bearer(capped.accessToken)).expect(401);
    expect((refused.body as { message: string }).message).toMatch(/[\u0E00-\u0E7F]/);
  });
});
