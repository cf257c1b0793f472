import jwt from 'jsonwebtoken';
import { TestApp, type TestLao, type TestUser } from './support/test-app';

/** The secret TestApp.start gives the API: an attacker who has it can sign anything. */
const SECRET = 'test-secret-test-secret-test-secret!';
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/**
 * A token carries nothing the server does not check (issue 13, decisions 0022 and 0024): even
 * signed with the real secret, every claim must match the open session and its account.
 */
describe('tokens forged with the secret', () => {
  let t: TestApp;
  let lao: TestLao;
  let other: TestLao;
  let staff: TestUser;
  let claims: Record<string, unknown>;

  beforeAll(async () => {
    t = await TestApp.start();
    lao = await t.lao();
    other = await t.lao();
    staff = await t.user('staff', lao.id);
    const { iat: _iat, exp: _exp, ...rest } = jwt.verify(staff.token, SECRET) as Record<string, unknown>;
    claims = rest;
  });
  afterAll(() => t.close());

  const forge = (change: Record<string, unknown>) => jwt.sign({ ...claims, ...change }, SECRET, { expiresIn: 600 });

  it('the unchanged claims re-signed pass (so the refusals below are about the claim changed)', async () => {
    await t.http.get('/api/residents').set(bearer(forge({}))).expect(200);
  });

  it.each([
    ['lao: another LAO', () => ({ lao: other.id })],
    ['org: another LAO', () => ({ org: other.id, lao: other.id, prov: other.provinceCode })],
    ['role: staff raised to lao_admin', () => ({ role: 'lao_admin' })],
    ['prov: another province', () => ({ prov: lao.provinceCode === '10' ? '11' : '10' })],
    ['sub: another account with this session', () => ({ sub: '00000000-0000-4000-8000-000000000000' })],
    ['sid: no such session', () => ({ sid: '00000000-0000-4000-8000-000000000000' })],
    ['sid: not a uuid', () => ({ sid: 'x' })],
    ['lao: removed', () => ({ lao: null })],
  ])('%s is 401', async (_name, change) => {
    const res = await t.http.get('/api/residents').set(bearer(forge(change()))).expect(401);
    expect(res.body.code).toBe('UNAUTHENTICATED');
    expect(res.body.message).toMatch(/[\u0e00-\u0e7f]/);
  });

  it('a token of another algorithm, another secret or past its time is 401', async () => {
    const none = jwt.sign(claims, '', { algorithm: 'none' } as jwt.SignOptions);
    await t.http.get('/api/residents').set(bearer(none)).expect(401);
    await t.http.get('/api/residents').set(bearer(jwt.sign(claims, 'another-secret-another-secret-another', { expiresIn: 600 }))).expect(401);
    await t.http.get('/api/residents').set(bearer(jwt.sign({ ...claims, exp: Math.floor(Date.now() / 1000) - 5 }, SECRET))).expect(401);
  });
});
