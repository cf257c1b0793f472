import type { LoginResponse, TotpEnrolResponse, TotpLoginResponse, TotpRequiredResponse, UserView } from '@elderwork/contracts';
import { AUTH_MESSAGES } from '@elderwork/contracts';
import { account, codeAt, enrol, loginWithCode, passwordStep } from './support/second-factor';
import { PASSWORD, TestApp, type TestLao } from './support/test-app';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** TOTP for lao_admin, province_officer and dla_officer (issue 13, decision 0024). */
describe('second factor', () => {
  let t: TestApp;
  let lao: TestLao;

  beforeAll(async () => {
    // Wrong codes count like wrong passwords; room enough here for the tests of one account (throttling: login-throttle.spec.ts).
    t = await TestApp.start({ env: { ELDERWORK_REQUIRE_2FA: '1', LOGIN_MAX_FAILURES: '20' } });
    lao = await t.lao();
  });
  afterAll(() => t.close());

  it('enrolment at the first login: a QR code and an otpauth URL, a wrong code refused in Thai, the right one gives a session and ten recovery codes once', async () => {
    const admin = await account(t, 'lao_admin', lao.id);
    const first = (await passwordStep(t, admin.email)) as TotpEnrolResponse;
    expect(first).toEqual({
      status: 'totp_enrol_required',
      challengeToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      expiresAt: expect.any(String),
      otpauthUrl: expect.stringMatching(/^otpauth:\/\/totp\/Elderwork:/),
      qrCodeDataUrl: expect.stringMatching(/^data:image\/png;base64,/),
      secret: expect.stringMatching(/^[A-Z2-7]{32}$/),
    });
    expect(first).not.toHaveProperty('accessToken');
    expect(new URL(first.otpauthUrl).searchParams.get('secret')).toBe(first.secret);
    const png = Buffer.from(first.qrCodeDataUrl.split(',')[1]!, 'base64');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');

    // Stored encrypted, in a table of its own.
    const stored = await t.owner.query<{ secret_enc: string; confirmed_at: Date | null }>(`SELECT secret_enc, confirmed_at FROM user_totp WHERE user_id = $1`, [admin.id]);
    expect(stored.rows[0]!.secret_enc).not.toContain(first.secret);
    expect(stored.rows[0]!.confirmed_at).toBeNull();

    const wrong = await t.http.post('/api/auth/totp').send({ challengeToken: first.challengeToken, code: '000000' === (await codeAt(first.secret)) ? '111111' : '000000' }).expect(401);
    expect(wrong.body).toMatchObject({ code: 'SECOND_FACTOR_INVALID', message: AUTH_MESSAGES.secondFactorInvalid.th });
    const missing = await t.http.post('/api/auth/totp').send({ challengeToken: first.challengeToken }).expect(400);
    expect(missing.body.errors).toEqual([expect.objectContaining({ field: 'code', message: 'กรุณากรอกรหัส 6 หลักจากแอปยืนยันตัวตน หรือรหัสสำรอง' })]);

    const ok = await t.http.post('/api/auth/totp').send({ challengeToken: first.challengeToken, code: await codeAt(first.secret) }).expect(200);
    const body = ok.body as TotpLoginResponse;
    expect(body.user).toMatchObject({ id: admin.id, role: 'lao_admin' });
    expect(body.recoveryCodes).toHaveLength(10);
    expect(new Set(body.recoveryCodes).size).toBe(10);
    for (const code of body.recoveryCodes!) expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){3}$/);
    await t.http.get('/api/me').set(bearer(body.accessToken)).expect(200);

    // The challenge is used up; the codes are kept hashed only; the enrolment is in the account's history.
    const again = await t.http.post('/api/auth/totp').send({ challengeToken: first.challengeToken, code: await codeAt(first.secret, 1) }).expect(401);
    expect(again.body).toMatchObject({ code: 'CHALLENGE_EXPIRED', message: AUTH_MESSAGES.challengeExpired.th });
    const hashes = await t.owner.query<{ code_hash: string }>(`SELECT code_hash FROM totp_recovery_code WHERE user_id = $1`, [admin.id]);
    expect(hashes.rows).toHaveLength(10);
    const plain = body.recoveryCodes!.map((c) => c.replace(/-/g, ''));
    for (const row of hashes.rows) expect(plain).not.toContain(row.code_hash);
    const history = await t.owner.query<{ action: string }>(`SELECT action FROM account_change WHERE user_id = $1`, [admin.id]);
    expect(history.rows.map((r) => r.action)).toContain('totp_enrol');
  });

  it('afterwards a code is required at every login, each code is accepted once', async () => {
    const officer = await account(t, 'province_officer', await t.orgUnit('province', lao.provinceCode));
    const { secret } = await enrol(t, officer.email);
    const challenge = (await passwordStep(t, officer.email)) as TotpRequiredResponse;
    expect(Object.keys(challenge).sort()).toEqual(['challengeToken', 'expiresAt', 'status']);
    expect(challenge.status).toBe('totp_required');
    // The enrolment's code (this 30-second step) is spent.
    const replay = await t.http.post('/api/auth/totp').send({ challengeToken: challenge.challengeToken, code: await codeAt(secret) }).expect(401);
    expect(replay.body.code).toBe('SECOND_FACTOR_INVALID');
    // The next step's code (an app a little ahead) works, with the same challenge.
    const ok = await t.http.post('/api/auth/totp').send({ challengeToken: challenge.challengeToken, code: await codeAt(secret, 1) }).expect(200);
    const body = ok.body as TotpLoginResponse;
    expect(body).not.toHaveProperty('recoveryCodes');
    expect((await t.http.get('/api/me').set(bearer(body.accessToken)).expect(200)).body.email).toBe(officer.email);
  });

  it('a recovery code signs in once; typed in lower case with spaces it still counts', async () => {
    const dla = await account(t, 'dla_officer', await t.orgUnit('dla', 'DLA'));
    const { recoveryCodes } = await enrol(t, dla.email);
    const [firstCode, secondCode] = recoveryCodes as [string, string];
    const typed = firstCode.toLowerCase().replace(/-/g, ' ');
    const c1 = (await passwordStep(t, dla.email)) as TotpRequiredResponse;
    const ok = await t.http.post('/api/auth/totp').send({ challengeToken: c1.challengeToken, code: typed }).expect(200);
    await t.http.get('/api/me').set(bearer((ok.body as LoginResponse).accessToken)).expect(200);

    const c2 = (await passwordStep(t, dla.email)) as TotpRequiredResponse;
    const reused = await t.http.post('/api/auth/totp').send({ challengeToken: c2.challengeToken, code: firstCode }).expect(401);
    expect(reused.body).toMatchObject({ code: 'SECOND_FACTOR_INVALID', message: AUTH_MESSAGES.secondFactorInvalid.th });
    await t.http.post('/api/auth/totp').send({ challengeToken: c2.challengeToken, code: secondCode }).expect(200);
    const left = await t.owner.query<{ n: string }>(`SELECT count(*) AS n FROM totp_recovery_code WHERE user_id = $1 AND used_at IS NULL`, [dla.id]);
    expect(Number(left.rows[0]!.n)).toBe(8);
  });

  it('a recovery code is not accepted in place of the enrolment code, nor another account’s', async () => {
    const a = await account(t, 'lao_admin', (await t.lao()).id);
    const { recoveryCodes } = await enrol(t, a.email);
    const b = await account(t, 'lao_admin', (await t.lao()).id);
    const enrolB = (await passwordStep(t, b.email)) as TotpEnrolResponse;
    await t.http.post('/api/auth/totp').send({ challengeToken: enrolB.challengeToken, code: recoveryCodes[0] }).expect(401);
    const { recoveryCodes: codesB, secret: secretB } = await enrol(t, b.email);
    const c = (await passwordStep(t, b.email)) as TotpRequiredResponse;
    await t.http.post('/api/auth/totp').send({ challengeToken: c.challengeToken, code: recoveryCodes[1] }).expect(401);
    await t.http.post('/api/auth/totp').send({ challengeToken: c.challengeToken, code: codesB[0] }).expect(200);
    expect(secretB).toMatch(/^[A-Z2-7]{32}$/);
  });

  it('a challenge takes five codes at most, then the password is asked again', async () => {
    const admin = await account(t, 'lao_admin', (await t.lao()).id);
    const { secret } = await enrol(t, admin.email);
    const c = (await passwordStep(t, admin.email)) as TotpRequiredResponse;
    const right = await codeAt(secret, 1);
    const wrong = right === '123456' ? '654321' : '123456';
    for (let i = 0; i < 5; i += 1) await t.http.post('/api/auth/totp').send({ challengeToken: c.challengeToken, code: wrong }).expect(401);
    const dead = await t.http.post('/api/auth/totp').send({ challengeToken: c.challengeToken, code: right }).expect(401);
    expect(dead.body.code).toBe('CHALLENGE_EXPIRED');
    expect(await loginWithCode(t, admin.email, secret, 1)).toEqual(expect.any(String));
  });

  it('an unknown or malformed challenge is 401 or 400, never 500', async () => {
    const unknown = await t.http.post('/api/auth/totp').send({ challengeToken: 'A'.repeat(43), code: '123456' }).expect(401);
    expect(unknown.body).toMatchObject({ code: 'CHALLENGE_EXPIRED', message: AUTH_MESSAGES.challengeExpired.th });
    const bad = await t.http.post('/api/auth/totp').send({ challengeToken: 'x', code: 123456 }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['challengeToken', 'code']);
  });

  it('an enrolled authenticator is asked for even where ELDERWORK_REQUIRE_2FA is off; an unenrolled admin there signs in with a password', async () => {
    const admin = await account(t, 'lao_admin', (await t.lao()).id);
    const { secret } = await enrol(t, admin.email);
    const off = await TestApp.start();
    try {
      expect(await passwordStep(off, admin.email)).toMatchObject({ status: 'totp_required' });
      expect(await loginWithCode(off, admin.email, secret, 1)).toEqual(expect.any(String));
      const fresh = await account(off, 'lao_admin', (await off.lao()).id);
      expect(Object.keys(await passwordStep(off, fresh.email)).sort()).toEqual(['accessToken', 'user']);
    } finally {
      await off.close();
    }
  });

  it('staff need no second factor: the login answers a session as before', async () => {
    const staff = await account(t, 'staff', lao.id);
    const body = (await passwordStep(t, staff.email)) as LoginResponse;
    expect(Object.keys(body).sort()).toEqual(['accessToken', 'user']);
    await t.http.get('/api/me').set(bearer(body.accessToken)).expect(200);
  });

  it('a wrong password is still the same 401, second factor or not', async () => {
    const admin = await account(t, 'lao_admin', (await t.lao()).id);
    const res = await t.http.post('/api/auth/login').send({ email: admin.email, password: `${PASSWORD}x` }).expect(401);
    expect(res.body).toMatchObject({ code: 'UNAUTHENTICATED', message: 'อีเมลหรือรหัสผ่านไม่ถูกต้อง' });
    expect(res.body).not.toHaveProperty('status');
  });

  it('no account answer carries the authenticator secret or the recovery codes', async () => {
    const dla = await account(t, 'dla_officer', await t.orgUnit('dla', 'DLA'));
    const { token } = await enrol(t, dla.email);
    const admin = await account(t, 'lao_admin', lao.id);
    const { secret, recoveryCodes } = await enrol(t, admin.email);
    const list = await t.http.get(`/api/users?orgUnitCode=${lao.code}`).set(bearer(token)).expect(200);
    expect((list.body as UserView[]).map((u) => u.id)).toContain(admin.id);
    const one = await t.http.get(`/api/users/${admin.id}`).set(bearer(token)).expect(200);
    const history = await t.http.get(`/api/users/${admin.id}/history`).set(bearer(token)).expect(200);
    for (const text of [JSON.stringify(list.body), JSON.stringify(one.body), JSON.stringify(history.body)]) {
      expect(text).not.toContain(secret);
      expect(text).not.toMatch(/secret|totp_enc|recovery/i);
      for (const code of recoveryCodes) expect(text).not.toContain(code);
    }
  });

  describe('a manager resets a lost authenticator', () => {
    it('the DLA resets an LAO admin: sessions end, recovery codes die, the next login enrols afresh, the history says who', async () => {
      const dla = await account(t, 'dla_officer', await t.orgUnit('dla', 'DLA'));
      const { token: dlaToken } = await enrol(t, dla.email);
      const admin = await account(t, 'lao_admin', (await t.lao()).id);
      const { token, recoveryCodes } = await enrol(t, admin.email);
      await t.http.delete(`/api/users/${admin.id}/second-factor`).set(bearer(dlaToken)).expect(204);
      await t.http.get('/api/me').set(bearer(token)).expect(401);
      const next = await passwordStep(t, admin.email);
      expect(next).toMatchObject({ status: 'totp_enrol_required' });
      await t.http.post('/api/auth/totp').send({ challengeToken: (next as TotpEnrolResponse).challengeToken, code: recoveryCodes[0] }).expect(401);
      const history = await t.http.get(`/api/users/${admin.id}/history`).set(bearer(dlaToken)).expect(200);
      expect(history.body).toContainEqual(expect.objectContaining({ action: 'totp_reset', actor: expect.objectContaining({ id: dla.id }), changes: { enrolled: [true, false] } }));
    });

    it('outside the scope it is 404 (another province’s admin; an LAO admin for another admin); staff 403; one’s own 400', async () => {
      const lao2 = await t.lao();
      const admin = await account(t, 'lao_admin', lao2.id);
      await enrol(t, admin.email);
      const elsewhere = await t.owner.query<{ id: string }>(`SELECT id FROM org_unit WHERE type = 'province' AND code <> $1 LIMIT 1`, [lao2.provinceCode]);
      const officer = await account(t, 'province_officer', elsewhere.rows[0]!.id);
      const { token: officerToken } = await enrol(t, officer.email);
      await t.http.delete(`/api/users/${admin.id}/second-factor`).set(bearer(officerToken)).expect(404);
      const peer = await account(t, 'lao_admin', lao2.id);
      const { token: peerToken } = await enrol(t, peer.email);
      await t.http.delete(`/api/users/${admin.id}/second-factor`).set(bearer(peerToken)).expect(404);
      const staff = await account(t, 'staff', lao2.id);
      const staffToken = ((await passwordStep(t, staff.email)) as LoginResponse).accessToken;
      await t.http.delete(`/api/users/${admin.id}/second-factor`).set(bearer(staffToken)).expect(403);
      const own = await t.http.delete(`/api/users/${officer.id}/second-factor`).set(bearer(officerToken)).expect(400);
      expect(own.body).toMatchObject({ code: 'VALIDATION_FAILED', message: AUTH_MESSAGES.ownSecondFactor.th });
      // Still enrolled after all of these.
      const { rows } = await t.owner.query(`SELECT confirmed_at FROM user_totp WHERE user_id = $1 AND confirmed_at IS NOT NULL`, [admin.id]);
      expect(rows).toHaveLength(1);
      // The admin's own province resets it.
      const home = await account(t, 'province_officer', await t.orgUnit('province', lao2.provinceCode));
      const { token: homeToken } = await enrol(t, home.email);
      await t.http.delete(`/api/users/${admin.id}/second-factor`).set(bearer(homeToken)).expect(204);
      expect((await t.owner.query(`SELECT 1 FROM user_totp WHERE user_id = $1`, [admin.id])).rows).toHaveLength(0);
    });
  });
});
