import type { SecondFactorEnrolled, SecondFactorSetup, TotpLoginResponse, TotpRequiredResponse } from '@elderwork/contracts';
import { AUTH_MESSAGES, VALIDATION_MESSAGES } from '@elderwork/contracts';
import { codeAt, passwordStep } from './support/second-factor';
import { PASSWORD, TestApp, type TestLao, type TestUser } from './support/test-app';

/** The owner turns on their own authenticator (decision 0026), with ELDERWORK_REQUIRE_2FA off as in the demo. */
describe('own second factor (POST /api/me/second-factor)', () => {
  let t: TestApp;
  let lao: TestLao;

  beforeAll(async () => {
    t = await TestApp.start();
    lao = await t.lao();
  });
  afterAll(() => t.close());

  async function start(user: TestUser): Promise<SecondFactorSetup> {
    return (await t.http.post('/api/me/second-factor').set(user.auth).send({ currentPassword: PASSWORD }).expect(200)).body as SecondFactorSetup;
  }

  it('staff turn it on with their password and a first code; other sessions end; every later login asks for a code', async () => {
    const staff = await t.user('staff', lao.id);
    const otherDevice = await t.login(staff.email);
    expect((await t.http.get('/api/me/second-factor').set(staff.auth).expect(200)).body).toEqual({ enrolled: false, recoveryCodesLeft: 0 });

    const wrongPassword = await t.http.post('/api/me/second-factor').set(staff.auth).send({ currentPassword: 'not-the-password' }).expect(400);
    expect(wrongPassword.body.errors).toEqual([expect.objectContaining({ field: 'currentPassword', message: VALIDATION_MESSAGES.currentPassword.th })]);
    await t.http.post('/api/me/second-factor').set(staff.auth).send({}).expect(400);

    const setup = await start(staff);
    expect(setup).toEqual({
      otpauthUrl: expect.stringMatching(/^otpauth:\/\/totp\/Elderwork:/),
      qrCodeDataUrl: expect.stringMatching(/^data:image\/png;base64,/),
      secret: expect.stringMatching(/^[A-Z2-7]{32}$/),
    });
    expect(new URL(setup.otpauthUrl).searchParams.get('secret')).toBe(setup.secret);
    // Started, not on: the password alone still signs in until the first code.
    expect((await passwordStep(t, staff.email)) as object).toHaveProperty('accessToken');

    const right = await codeAt(setup.secret);
    const wrong = await t.http.post('/api/me/second-factor/confirm').set(staff.auth).send({ code: right === '000000' ? '111111' : '000000' }).expect(400);
    expect(wrong.body).toMatchObject({ code: 'SECOND_FACTOR_INVALID', message: AUTH_MESSAGES.secondFactorInvalid.th });
    const garbage = await t.http.post('/api/me/second-factor/confirm').set(staff.auth).send({ code: 'abc' }).expect(400);
    expect(garbage.body.errors).toEqual([expect.objectContaining({ field: 'code', message: VALIDATION_MESSAGES.totpCode.th })]);

    const done = (await t.http.post('/api/me/second-factor/confirm').set(staff.auth).send({ code: `${right.slice(0, 3)} ${right.slice(3)}` }).expect(200)).body as SecondFactorEnrolled;
    expect(done.recoveryCodes).toHaveLength(10);
    expect(new Set(done.recoveryCodes).size).toBe(10);

    // This session goes on; the one opened elsewhere with the password alone is over.
    await t.http.get('/api/me').set(staff.auth).expect(200);
    await t.http.get('/api/me').set({ authorization: `Bearer ${otherDevice}` }).expect(401);
    expect((await t.http.get('/api/me/second-factor').set(staff.auth).expect(200)).body).toEqual({ enrolled: true, recoveryCodesLeft: 10 });
    const history = await t.owner.query<{ action: string; actor_id: string }>(`SELECT action, actor_id FROM account_change WHERE user_id = $1`, [staff.id]);
    expect(history.rows).toContainEqual({ action: 'totp_enrol', actor_id: staff.id });

    // Staff, 2FA off: still asked, because an enrolled factor is never skipped.
    const challenge = (await passwordStep(t, staff.email)) as TotpRequiredResponse;
    expect(challenge.status).toBe('totp_required');
    await t.http.post('/api/auth/totp').send({ challengeToken: challenge.challengeToken, code: right }).expect(401);
    const next = await t.http.post('/api/auth/totp').send({ challengeToken: challenge.challengeToken, code: await codeAt(setup.secret, 1) }).expect(200);
    expect((next.body as TotpLoginResponse).user.id).toBe(staff.id);
    // A recovery code works too, once.
    const byRecovery = (await passwordStep(t, staff.email)) as TotpRequiredResponse;
    await t.http.post('/api/auth/totp').send({ challengeToken: byRecovery.challengeToken, code: done.recoveryCodes[0] }).expect(200);

    // On is on: a second start (a new phone) goes through whoever manages the account.
    const again = await t.http.post('/api/me/second-factor').set(staff.auth).send({ currentPassword: PASSWORD }).expect(409);
    expect(again.body).toMatchObject({ code: 'SECOND_FACTOR_ENROLLED', message: AUTH_MESSAGES.secondFactorEnrolled.th });
    await t.http.post('/api/me/second-factor/confirm').set(staff.auth).send({ code: await codeAt(setup.secret, 2) }).expect(409);
  });

  it('a code without a start is refused; a start does not touch an enrolled account', async () => {
    const staff = await t.user('staff', lao.id);
    const res = await t.http.post('/api/me/second-factor/confirm').set(staff.auth).send({ code: '123456' }).expect(409);
    expect(res.body).toMatchObject({ code: 'SECOND_FACTOR_NOT_STARTED', message: AUTH_MESSAGES.secondFactorNotStarted.th });
    await t.http.get('/api/me/second-factor').expect(401);
    await t.http.post('/api/me/second-factor').send({ currentPassword: PASSWORD }).expect(401);
  });

  it("one account's enrolment is its own: another LAO's user, an officer and the account's admin are unaffected, the secret is in no list", async () => {
    const admin = await t.user('lao_admin', lao.id);
    const staff = await t.user('staff', lao.id);
    const other = await t.user('staff', (await t.lao()).id);
    const officer = await t.user('province_officer', await t.orgUnit('province', lao.provinceCode));
    const setup = await start(staff);
    await t.http.post('/api/me/second-factor/confirm').set(staff.auth).send({ code: await codeAt(setup.secret) }).expect(200);

    for (const u of [admin, other, officer]) {
      expect((await t.http.get('/api/me/second-factor').set(u.auth).expect(200)).body).toEqual({ enrolled: false, recoveryCodesLeft: 0 });
      // Their own code would have to be started by themselves: the staff member's does not count for them.
      await t.http.post('/api/me/second-factor/confirm').set(u.auth).send({ code: await codeAt(setup.secret, 1) }).expect(409);
      expect((await passwordStep(t, u.email)) as object).toHaveProperty('accessToken');
    }
    const list = await t.http.get('/api/users').set(admin.auth).expect(200);
    expect(JSON.stringify(list.body)).not.toContain(setup.secret);
    // Another LAO's admin cannot reset it (404); the account's own admin can, and the password alone signs in again.
    const otherAdmin = await t.user('lao_admin', other.orgUnitId);
    await t.http.delete(`/api/users/${staff.id}/second-factor`).set(otherAdmin.auth).expect(404);
    await t.http.delete(`/api/users/${staff.id}/second-factor`).set(admin.auth).expect(204);
    expect((await passwordStep(t, staff.email)) as object).toHaveProperty('accessToken');
  });

  it('an administrator with 2FA off may turn it on, and is asked from then on', async () => {
    const admin = await t.user('lao_admin', lao.id);
    const setup = await start(admin);
    const { body } = await t.http.post('/api/me/second-factor/confirm').set(admin.auth).send({ code: await codeAt(setup.secret) }).expect(200);
    expect((body as SecondFactorEnrolled).recoveryCodes).toHaveLength(10);
    expect(((await passwordStep(t, admin.email)) as TotpRequiredResponse).status).toBe('totp_required');
  });
});
