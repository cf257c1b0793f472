import type { AccountChangeView, UserView } from '@elderwork/contracts';
import { linkIn, Mailbox } from './support/mailbox';
import { PASSWORD, TestApp, type TestLao, type TestUser } from './support/test-app';

const NEW_PASSWORD = 'ตะวันขึ้นที่แกลง-2569';

/** Activation, reset, forgot and own passwords through a real SMTP server (issue 13, decision 0023). */
describe('activation and reset links, own passwords', () => {
  let t: TestApp;
  let box: Mailbox;
  let lao: TestLao;
  let admin: TestUser;

  beforeAll(async () => {
    box = await Mailbox.start();
    t = await TestApp.start({ env: { SMTP_URL: box.url, APP_BASE_URL: 'https://elderwork.test' } });
    lao = await t.lao();
    admin = await t.user('lao_admin', lao.id);
  });
  afterAll(async () => {
    await t.close();
    await box.close();
  });

  const createStaff = async (email: string): Promise<UserView> =>
    (await t.http.post('/api/users').set(admin.auth).send({ email, displayName: 'เจ้าหน้าที่ใหม่', role: 'staff' }).expect(201)).body as UserView;

  it('a new account gets no password but a mailed activation link that works once', async () => {
    const user = await createStaff('Activate.Me@Test.Example');
    const { rows } = await t.owner.query(`SELECT password_hash FROM app_user WHERE id = $1`, [user.id]);
    expect(rows[0].password_hash).toBeNull();
    const mail = await box.next('activate.me@test.example');
    expect(mail.subject).toContain('เปิดใช้งานบัญชี');
    const link = linkIn(mail);
    expect(link.url.startsWith('https://elderwork.test/activate?token=')).toBe(true);
    // The table holds the token's SHA-256, never the token.
    const stored = await t.owner.query(`SELECT token_hash, expires_at - created_at AS ttl FROM account_link WHERE user_id = $1`, [user.id]);
    expect(stored.rows[0].token_hash).not.toBe(link.token);
    expect(stored.rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.rows[0].ttl).toMatchObject({ days: 3 });
    // No password, no login before activation.
    await t.http.post('/api/auth/login').send({ email: 'activate.me@test.example', password: NEW_PASSWORD }).expect(401);

    await t.http.post('/api/auth/activate').send({ token: link.token, password: NEW_PASSWORD }).expect(204);
    await t.login('activate.me@test.example', NEW_PASSWORD);
    const again = await t.http.post('/api/auth/activate').send({ token: link.token, password: 'อีกรหัสหนึ่ง-ยาวพอ' }).expect(400);
    expect(again.body).toMatchObject({ code: 'LINK_INVALID', message: expect.stringContaining('ลิงก์นี้ใช้ไม่ได้แล้ว') });
    // An activation token is not a reset token.
    await t.http.post('/api/auth/reset').send({ token: link.token, password: 'อีกรหัสหนึ่ง-ยาวพอ' }).expect(400);
    const history = (await t.http.get(`/api/users/${user.id}/history`).set(admin.auth).expect(200)).body as AccountChangeView[];
    expect(history.map((h) => h.action)).toEqual(['create', 'activate']);
  });

  it('the creator can no longer set a password', async () => {
    const res = await t.http.post('/api/users').set(admin.auth)
      .send({ email: 'with.password@test.example', displayName: 'ก', role: 'staff', password: 'a-long-password-x' }).expect(400);
    expect(res.body.errors[0]).toMatchObject({ field: 'password', code: 'unknownField' });
    const staff = await t.user('staff', lao.id);
    await t.http.patch(`/api/users/${staff.id}`).set(admin.auth).send({ password: 'a-long-password-x' }).expect(400);
  });

  it('an expired link is refused', async () => {
    await createStaff('expired@test.example');
    const { token } = linkIn(await box.next('expired@test.example'));
    await t.owner.query(
      `UPDATE account_link SET expires_at = now() - interval '1 second' WHERE user_id = (SELECT id FROM app_user WHERE email = 'expired@test.example')`,
    );
    const res = await t.http.post('/api/auth/activate').send({ token, password: NEW_PASSWORD }).expect(400);
    expect(res.body.code).toBe('LINK_INVALID');
  });

  it('a weak password is refused with the rule in Thai and the link stays usable', async () => {
    await createStaff('weak@test.example');
    const { token } = linkIn(await box.next('weak@test.example'));
    const short = await t.http.post('/api/auth/activate').send({ token, password: 'short' }).expect(400);
    expect(short.body.errors[0]).toMatchObject({ field: 'password', message: 'รหัสผ่านต้องมีอย่างน้อย 12 ตัวอักษร' });
    const email = await t.http.post('/api/auth/activate').send({ token, password: 'Weak@Test.Example' }).expect(400);
    expect(email.body.errors[0]).toMatchObject({ field: 'password', code: 'passwordIsEmail', message: 'รหัสผ่านต้องไม่ซ้ำกับอีเมลของบัญชี' });
    const common = await t.http.post('/api/auth/activate').send({ token, password: 'Password1234' }).expect(400);
    expect(common.body.errors[0]).toMatchObject({ field: 'password', code: 'passwordCommon' });
    await t.http.post('/api/auth/activate').send({ token, password: NEW_PASSWORD }).expect(204);
  });

  it('a malformed token is 400 on token, never a 500', async () => {
    const res = await t.http.post('/api/auth/reset').send({ token: 'x', password: NEW_PASSWORD }).expect(400);
    expect(res.body.errors[0].field).toBe('token');
    await t.http.post('/api/auth/reset').send({ token: 'A'.repeat(43), password: NEW_PASSWORD }).expect(400);
  });

  it('forgot: the same answer for an unknown address; the known one gets a 1-hour reset link that ends every session', async () => {
    const staff = await t.user('staff', lao.id);
    const second = await t.login(staff.email);
    const unknown = await t.http.post('/api/auth/forgot').send({ email: 'nobody-here@test.example' }).expect(202);
    const known = await t.http.post('/api/auth/forgot').send({ email: staff.email.toUpperCase() }).expect(202);
    expect(known.body).toEqual(unknown.body);
    expect(known.body).toMatchObject({ code: 'forgotSent', message: expect.stringContaining('หากอีเมลนี้มีบัญชีในระบบ') });

    const mail = await box.next(staff.email);
    expect(mail.subject).toContain('ตั้งรหัสผ่านใหม่');
    const link = linkIn(mail);
    expect(link.path).toBe('reset');
    expect(box.to('nobody-here@test.example')).toEqual([]);
    const stored = await t.owner.query(`SELECT expires_at - created_at AS ttl FROM account_link WHERE user_id = $1`, [staff.id]);
    expect(stored.rows[0].ttl).toMatchObject({ hours: 1 });

    // Until the link is used the old password still works.
    await t.http.get('/api/me').set(staff.auth).expect(200);
    await t.http.post('/api/auth/reset').send({ token: link.token, password: NEW_PASSWORD }).expect(204);
    await t.http.get('/api/me').set(staff.auth).expect(401);
    await t.http.get('/api/me').set({ authorization: `Bearer ${second}` }).expect(401);
    await t.http.post('/api/auth/login').send({ email: staff.email, password: PASSWORD }).expect(401);
    await t.login(staff.email, NEW_PASSWORD);
    await t.http.post('/api/auth/reset').send({ token: link.token, password: 'อีกรหัสหนึ่ง-ยาวพอ' }).expect(400);
  });

  it('a newer link voids the older one', async () => {
    const staff = await t.user('staff', lao.id);
    await t.http.post('/api/auth/forgot').send({ email: staff.email }).expect(202);
    const first = linkIn(await box.next(staff.email));
    await t.http.post('/api/auth/forgot').send({ email: staff.email }).expect(202);
    const second = linkIn(await box.next(staff.email));
    await t.http.post('/api/auth/reset').send({ token: first.token, password: NEW_PASSWORD }).expect(400);
    await t.http.post('/api/auth/reset').send({ token: second.token, password: NEW_PASSWORD }).expect(204);
  });

  it('a link of an account deactivated since stops working', async () => {
    const staff = await t.user('staff', lao.id);
    await t.http.post('/api/auth/forgot').send({ email: staff.email }).expect(202);
    const { token } = linkIn(await box.next(staff.email));
    await t.http.patch(`/api/users/${staff.id}`).set(admin.auth).send({ active: false }).expect(200);
    await t.http.post('/api/auth/reset').send({ token, password: NEW_PASSWORD }).expect(400);
  });

  describe('POST /api/me/password', () => {
    it('checks the current password and the rules, and ends every other session', async () => {
      const staff = await t.user('staff', lao.id);
      const other = await t.login(staff.email);
      const wrong = await t.http.post('/api/me/password').set(staff.auth).send({ currentPassword: 'not-my-password', newPassword: NEW_PASSWORD }).expect(400);
      expect(wrong.body.errors[0]).toMatchObject({ field: 'currentPassword', message: 'รหัสผ่านปัจจุบันไม่ถูกต้อง' });
      // An empty current password is a missing one (it once reached argon2 and answered 500).
      const empty = await t.http.post('/api/me/password').set(staff.auth).send({ currentPassword: '', newPassword: NEW_PASSWORD }).expect(400);
      expect(empty.body.errors[0].field).toBe('currentPassword');
      const short = await t.http.post('/api/me/password').set(staff.auth).send({ currentPassword: PASSWORD, newPassword: 'short' }).expect(400);
      expect(short.body.errors[0].field).toBe('newPassword');
      const email = await t.http.post('/api/me/password').set(staff.auth).send({ currentPassword: PASSWORD, newPassword: staff.email }).expect(400);
      expect(email.body.errors[0]).toMatchObject({ field: 'newPassword', code: 'passwordIsEmail' });
      const common = await t.http.post('/api/me/password').set(staff.auth).send({ currentPassword: PASSWORD, newPassword: 'QWERTYUIOP123' }).expect(400);
      expect(common.body.errors[0]).toMatchObject({ field: 'newPassword', code: 'passwordCommon', message: 'รหัสผ่านนี้ถูกใช้บ่อยและเดาได้ง่าย กรุณาตั้งรหัสผ่านอื่น' });
      // Nothing changed so far: the other session still works.
      await t.http.get('/api/me').set({ authorization: `Bearer ${other}` }).expect(200);

      await t.http.post('/api/me/password').set(staff.auth).send({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD }).expect(204);
      await t.http.get('/api/me').set(staff.auth).expect(200);
      await t.http.get('/api/me').set({ authorization: `Bearer ${other}` }).expect(401);
      await t.http.post('/api/auth/login').send({ email: staff.email, password: PASSWORD }).expect(401);
      await t.login(staff.email, NEW_PASSWORD);
      const history = (await t.http.get(`/api/users/${staff.id}/history`).set(admin.auth).expect(200)).body as AccountChangeView[];
      expect(history.at(-1)).toMatchObject({ action: 'password', actor: { id: staff.id } });
    });

    it('needs a token', async () => {
      await t.http.post('/api/me/password').send({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD }).expect(401);
    });
  });

  describe('a manager’s reset link and unlock', () => {
    it('the LAO admin sends a staff member a reset link and unlocks them', async () => {
      const staff = await t.user('staff', lao.id);
      const sent = await t.http.post(`/api/users/${staff.id}/reset-link`).set(admin.auth).expect(202);
      expect(sent.body).toMatchObject({ code: 'resetLinkSent', message: expect.stringMatching(/[ก-๙]/) });
      const link = linkIn(await box.next(staff.email));
      expect(link.path).toBe('reset');
      // Sending a link ends nothing; using it does.
      await t.http.get('/api/me').set(staff.auth).expect(200);
      await t.http.post('/api/auth/reset').send({ token: link.token, password: NEW_PASSWORD }).expect(204);
      await t.http.get('/api/me').set(staff.auth).expect(401);

      const unlocked = await t.http.post(`/api/users/${staff.id}/unlock`).set(admin.auth).expect(200);
      expect(unlocked.body.code).toBe('unlocked');
      const history = (await t.http.get(`/api/users/${staff.id}/history`).set(admin.auth).expect(200)).body as AccountChangeView[];
      expect(history.map((h) => h.action)).toEqual(['reset_link', 'reset', 'unlock']);
    });

    it('unlock lets a throttled account log in again at once', async () => {
      const staff = await t.user('staff', lao.id);
      for (let i = 0; i < 5; i += 1) await t.http.post('/api/auth/login').send({ email: staff.email, password: 'wrong-password-123' }).expect(401);
      await t.http.post('/api/auth/login').send({ email: staff.email, password: PASSWORD }).expect(429);
      await t.http.post(`/api/users/${staff.id}/unlock`).set(admin.auth).expect(200);
      await t.login(staff.email);
    });

    it('an account not yet activated gets a new activation link instead', async () => {
      const user = await createStaff('lost.mail@test.example');
      const first = linkIn(await box.next('lost.mail@test.example'));
      await t.http.post(`/api/users/${user.id}/reset-link`).set(admin.auth).expect(202);
      const second = linkIn(await box.next('lost.mail@test.example'));
      expect(second.path).toBe('activate');
      await t.http.post('/api/auth/activate').send({ token: first.token, password: NEW_PASSWORD }).expect(400);
      await t.http.post('/api/auth/activate').send({ token: second.token, password: NEW_PASSWORD }).expect(204);
    });

    it('a deactivated account gets no link (400 on active)', async () => {
      const staff = await t.user('staff', lao.id);
      await t.http.patch(`/api/users/${staff.id}`).set(admin.auth).send({ active: false }).expect(200);
      const res = await t.http.post(`/api/users/${staff.id}/reset-link`).set(admin.auth).expect(400);
      expect(res.body.errors[0].field).toBe('active');
    });

    it('outside the scope is 404: another LAO’s admin, another province’s officer, the DLA for staff', async () => {
      const staff = await t.user('staff', lao.id);
      const otherLao = await t.lao();
      const otherAdmin = await t.user('lao_admin', otherLao.id);
      const provinceCode = otherLao.provinceCode === lao.provinceCode ? null : otherLao.provinceCode;
      const dla = await t.user('dla_officer', await t.orgUnit('dla', 'DLA'));
      for (const path of ['reset-link', 'unlock']) {
        await t.http.post(`/api/users/${staff.id}/${path}`).set(otherAdmin.auth).expect(404);
        // Person-level accounts stay with their LAO: the DLA does not manage staff.
        await t.http.post(`/api/users/${staff.id}/${path}`).set(dla.auth).expect(404);
        if (provinceCode) {
          const officer = await t.user('province_officer', await t.orgUnit('province', provinceCode));
          await t.http.post(`/api/users/${admin.id}/${path}`).set(officer.auth).expect(404);
        }
        await t.http.post(`/api/users/00000000-0000-0000-0000-000000000000/${path}`).set(admin.auth).expect(404);
      }
      expect(box.to(staff.email)).toEqual([]);
      const history = await t.owner.query(`SELECT count(*)::int AS n FROM account_change WHERE user_id = $1`, [staff.id]);
      expect(history.rows[0].n).toBe(0);
    });

    it('the province’s officer and the DLA reach an LAO’s admin; staff may not', async () => {
      const target = await t.user('lao_admin', lao.id);
      const officer = await t.user('province_officer', await t.orgUnit('province', lao.provinceCode));
      const dla = await t.user('dla_officer', await t.orgUnit('dla', 'DLA'));
      await t.http.post(`/api/users/${target.id}/reset-link`).set(officer.auth).expect(202);
      expect(linkIn(await box.next(target.email)).path).toBe('reset');
      await t.http.post(`/api/users/${target.id}/unlock`).set(dla.auth).expect(200);
      const staff = await t.user('staff', lao.id);
      await t.http.post(`/api/users/${target.id}/reset-link`).set(staff.auth).expect(403);
      await t.http.post(`/api/users/${target.id}/unlock`).set(staff.auth).expect(403);
    });
  });
});
