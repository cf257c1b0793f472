import { AUTH_MESSAGES, type LoginResponse, type TotpRequiredResponse } from '@elderwork/contracts';
import { account, codeAt, enrol, passwordStep } from './support/second-factor';
import { PASSWORD, TestApp, type TestLao } from './support/test-app';

const THROTTLE_ENV = {
  // Three free attempts per account at one address (thirty per address), then ten minutes; one failure
  // forgiven every 8 hours (per address every 48 minutes): no test outlives either.
  LOGIN_MAX_FAILURES: '3',
  LOGIN_DELAY_SECONDS: '600',
  LOGIN_WINDOW_SECONDS: '86400',
  TRUST_PROXY: 'loopback',
  ELDERWORK_REQUIRE_2FA: '1',
};
const from = (address: string) => ({ 'x-forwarded-for': address });
let addressSeq = Math.floor(Math.random() * 200);
/** A documentation address (RFC 5737) no other test of this file has used. */
const freshAddress = (): string => `203.0.${113 + Math.floor(addressSeq / 250)}.${(addressSeq++ % 250) + 1}`;

/**
 * Failed-login throttling lives in PostgreSQL (issue 13, decision 0024): two API instances on one
 * database (each with its own providers, as two processes would be) see the same counts.
 */
describe('login throttling across two API instances', () => {
  let a: TestApp;
  let b: TestApp;
  let lao: TestLao;

  beforeAll(async () => {
    [a, b] = await Promise.all([TestApp.start({ env: THROTTLE_ENV }), TestApp.start({ env: THROTTLE_ENV })]);
    lao = await a.lao();
  });
  afterAll(async () => {
    await a.close();
    await b.close();
  });

  const wrong = (t: TestApp, email: string, address: string) =>
    t.http.post('/api/auth/login').set(from(address)).send({ email, password: 'wrong-password-123' });
  const right = (t: TestApp, email: string, address: string) =>
    t.http.post('/api/auth/login').set(from(address)).send({ email, password: PASSWORD });

  it('failures counted by one instance slow the other; the right user from another address still gets in', async () => {
    const staff = await account(a, 'staff', lao.id);
    const attacker = freshAddress();
    await wrong(a, staff.email, attacker).expect(401);
    await wrong(b, staff.email, attacker).expect(401);
    await wrong(a, staff.email, attacker).expect(401);
    const blocked = await right(b, staff.email, attacker).expect(429);
    expect(blocked.body).toEqual({ statusCode: 429, code: 'TOO_MANY_ATTEMPTS', message: AUTH_MESSAGES.tooManyAttempts.th.replace('{minutes}', '10') });
    await right(a, staff.email, attacker).expect(429);
    // Not a lock on the account: the owner at their own desk signs in.
    const ok = await right(b, staff.email, freshAddress()).expect(200);
    expect((ok.body as LoginResponse).user.id).toBe(staff.id);
    // The table keeps hashes of what it counts, not the address or the email.
    const { rows } = await a.owner.query<{ key: string }>(`SELECT key FROM login_throttle`);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.key).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a right password clears the account’s count at that address', async () => {
    const staff = await account(a, 'staff', lao.id);
    const desk = freshAddress();
    await wrong(a, staff.email, desk).expect(401);
    await wrong(b, staff.email, desk).expect(401);
    await right(a, staff.email, desk).expect(200);
    await wrong(b, staff.email, desk).expect(401);
    await wrong(a, staff.email, desk).expect(401);
    await right(b, staff.email, desk).expect(200);
  });

  it('a burst of parallel guesses on both instances gets no more tries than the limit', async () => {
    const staff = await account(a, 'staff', lao.id);
    const attacker = freshAddress();
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => wrong(i % 2 ? a : b, staff.email, attacker)));
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(7);
  });

  it('one address guessing many accounts is slowed for every account from it, and for none elsewhere', async () => {
    const sprayer = freshAddress();
    // Thirty attempts per address (ten times an account's); each email a different one, so only the address key fills.
    for (let i = 0; i < 30; i += 1) await wrong(i % 2 ? a : b, `nobody-${i}-${sprayer}@test.example`, sprayer).expect(401);
    const staff = await account(a, 'staff', lao.id);
    await right(b, staff.email, sprayer).expect(429);
    await right(a, staff.email, freshAddress()).expect(200);
  }, 120_000);

  it('wrong authenticator codes count against the account at that address like wrong passwords', async () => {
    const admin = await account(a, 'lao_admin', lao.id);
    const { secret } = await enrol(a, admin.email);
    const attacker = freshAddress();
    // The password is known to the attacker; the code is not. Password (1), two wrong codes (2, 3): the limit.
    const challenge = (await passwordStep(a, admin.email, from(attacker))) as TotpRequiredResponse;
    const good = await codeAt(secret, 1);
    const bad = good === '123456' ? '654321' : '123456';
    await b.http.post('/api/auth/totp').set(from(attacker)).send({ challengeToken: challenge.challengeToken, code: bad }).expect(401);
    await a.http.post('/api/auth/totp').set(from(attacker)).send({ challengeToken: challenge.challengeToken, code: bad }).expect(401);
    const slowed = await b.http.post('/api/auth/totp').set(from(attacker)).send({ challengeToken: challenge.challengeToken, code: good }).expect(429);
    expect(slowed.body.code).toBe('TOO_MANY_ATTEMPTS');
    await right(a, admin.email, attacker).expect(429);
    // The owner, elsewhere, is not held up.
    const own = (await passwordStep(b, admin.email, from(freshAddress()))) as TotpRequiredResponse;
    await a.http.post('/api/auth/totp').send({ challengeToken: own.challengeToken, code: good }).expect(200);
  });
});

describe('X-Forwarded-For without TRUST_PROXY', () => {
  let t: TestApp;
  let lao: TestLao;

  beforeAll(async () => {
    t = await TestApp.start({ env: { LOGIN_MAX_FAILURES: '3', LOGIN_DELAY_SECONDS: '600', LOGIN_WINDOW_SECONDS: '86400' } });
    lao = await t.lao();
  });
  afterAll(() => t.close());

  it('is ignored: a client cannot pick a fresh throttle key by sending another address', async () => {
    const staff = await account(t, 'staff', lao.id);
    for (const address of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) {
      await t.http.post('/api/auth/login').set(from(address)).send({ email: staff.email, password: 'wrong-password-123' }).expect(401);
    }
    await t.http.post('/api/auth/login').set(from('198.51.100.4')).send({ email: staff.email, password: PASSWORD }).expect(429);
    // Sessions record the socket's address, not the header's.
    const other = await account(t, 'staff', lao.id);
    const login = await t.http.post('/api/auth/login').set(from('198.51.100.9')).send({ email: other.email, password: PASSWORD }).expect(200);
    const { rows } = await t.owner.query<{ ip: string }>(`SELECT ip FROM user_session WHERE user_id = $1`, [(login.body as LoginResponse).user.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.ip).not.toBe('198.51.100.9');
    expect(rows[0]!.ip).toMatch(/127\.0\.0\.1|::1/);
  });
});
