import { Client } from 'pg';
import { candidateHash, hashPassword } from '../src/auth/passwords';
import { appUrlFrom } from '../src/database/database-urls';
import { PASSWORD, TestApp, type TestLao, type TestUser } from './support/test-app';
import { TEST_APP_PASSWORD, testOwnerUrl } from './support/test-env';

/**
 * Decision 0027: as the API's own database role (what an SQL injection or a leaked app password
 * gets), password hashes cannot be read and roles, org units and hashes cannot be written except
 * through the elderwork_* functions, which check the rules themselves.
 */
describe('account rights of the app role', () => {
  let t: TestApp;
  let app: Client;
  let lao: TestLao;
  let other: TestLao;
  let dla: TestUser;
  let admin: TestUser;
  let staff: TestUser;

  const stored = async (id: string): Promise<{ password_hash: string | null; role: string; org_unit_id: string }> =>
    (await t.owner.query(`SELECT password_hash, role, org_unit_id FROM app_user WHERE id = $1`, [id])).rows[0];

  const settingsOf = async (id: string): Promise<string> =>
    (await app.query<{ s: string }>(`SELECT elderwork_password_settings($1) AS s`, [id])).rows[0]!.s;

  const matches = async (id: string, candidate: string | null): Promise<boolean> =>
    (await app.query<{ ok: boolean }>(`SELECT elderwork_password_matches($1, $2) AS ok`, [id, candidate])).rows[0]!.ok;

  beforeAll(async () => {
    t = await TestApp.start();
    app = new Client({ connectionString: appUrlFrom(testOwnerUrl(), TEST_APP_PASSWORD) });
    await app.connect();
    lao = await t.lao();
    other = await t.lao();
    dla = await t.user('dla_officer', await t.orgUnit('dla', 'DLA'));
    admin = await t.user('lao_admin', lao.id);
    staff = await t.user('staff', lao.id);
  });

  afterAll(async () => {
    await app.end();
    await t.close();
  });

  describe('direct SQL is refused', () => {
    it('password_hash cannot be selected, by name or by *, nor the function-only table', async () => {
      await expect(app.query(`SELECT password_hash FROM app_user`)).rejects.toThrow(/permission denied/);
      await expect(app.query(`SELECT * FROM app_user`)).rejects.toThrow(/permission denied/);
      await expect(app.query(`SELECT id FROM app_user WHERE password_hash IS NOT NULL`)).rejects.toThrow(/permission denied/);
      await expect(app.query(`SELECT * FROM password_check`)).rejects.toThrow(/permission denied/);
      // What the API does read is still there.
      const { rows } = await app.query(`SELECT id, email, display_name, role, org_unit_id, active, created_at FROM app_user WHERE id = $1`, [staff.id]);
      expect(rows).toEqual([expect.objectContaining({ id: staff.id, email: staff.email, role: 'staff', org_unit_id: lao.id, active: true })]);
    });

    it('role, org unit and hash cannot be updated, nor an account inserted', async () => {
      await expect(app.query(`UPDATE app_user SET role = 'dla_officer' WHERE id = $1`, [staff.id])).rejects.toThrow(/permission denied/);
      await expect(app.query(`UPDATE app_user SET org_unit_id = $2 WHERE id = $1`, [staff.id, other.id])).rejects.toThrow(/permission denied/);
      await expect(app.query(`UPDATE app_user SET password_hash = $2 WHERE id = $1`, [dla.id, await hashPassword('attacker-password-1')])).rejects.toThrow(/permission denied/);
      await expect(
        app.query(`INSERT INTO app_user (email, display_name, role, org_unit_id) VALUES ('mallory@test.example', 'ม', 'dla_officer', $1)`, [dla.orgUnitId]),
      ).rejects.toThrow(/permission denied/);
      await expect(app.query(`SELECT elderwork_may_manage('dla_officer', NULL, NULL, 'staff', 'lao', NULL, NULL)`)).rejects.toThrow(/permission denied/);
      expect(await stored(staff.id)).toMatchObject({ role: 'staff', org_unit_id: lao.id });
      // The columns the API changes stay writable.
      await app.query(`UPDATE app_user SET display_name = display_name, active = active WHERE id = $1`, [staff.id]);
    });
  });

  describe('passwords through the functions', () => {
    it('the settings are the stored hash without its hash part, and only the right candidate matches', async () => {
      const settings = await settingsOf(staff.id);
      const hash = (await stored(staff.id)).password_hash!;
      expect(hash.startsWith(`${settings}$`)).toBe(true);
      expect(hash.length - settings.length).toBeGreaterThan(40);
      expect(settings).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$[A-Za-z0-9+/]+$/);
      expect(await matches(staff.id, await candidateHash(settings, PASSWORD))).toBe(true);
      expect(await matches(staff.id, await candidateHash(settings, 'not-the-password-1'))).toBe(false);
      expect(await matches(staff.id, null)).toBe(false);
    });

    it('past 100 wrong checks in an hour an account matches nothing, however it is asked; the hour over, it does again', async () => {
      const victim = await t.user('staff', lao.id);
      const right = await candidateHash(await settingsOf(victim.id), PASSWORD);
      for (let i = 0; i < 100; i++) expect(await matches(victim.id, `wrong-${i}`)).toBe(false);
      expect(await matches(victim.id, right)).toBe(false);
      expect((await t.http.post('/api/auth/login').send({ email: victim.email, password: PASSWORD })).status).toBe(401);
      await t.owner.query(`UPDATE password_check SET since = now() - interval '61 minutes' WHERE user_id = $1`, [victim.id]);
      expect(await matches(victim.id, right)).toBe(true);
      expect((await t.owner.query(`SELECT 1 FROM password_check WHERE user_id = $1`, [victim.id])).rows).toHaveLength(0);
    });

    it('the own change needs the current password and an argon2id hash; then the new password logs in', async () => {
      const user = await t.user('staff', lao.id);
      const settings = await settingsOf(user.id);
      const before = (await stored(user.id)).password_hash;
      const next = await hashPassword('a-brand-new-password-2');
      const wrong = await app.query(`SELECT elderwork_change_password($1, $2, $3) AS ok`, [user.id, await candidateHash(settings, 'not-the-password-1'), next]);
      expect(wrong.rows[0].ok).toBe(false);
      expect((await stored(user.id)).password_hash).toBe(before);
      await expect(app.query(`SELECT elderwork_change_password($1, $2, $3)`, [user.id, await candidateHash(settings, PASSWORD), 'plain-text'])).rejects.toThrow(
        /argon2id/,
      );
      const ok = await app.query(`SELECT elderwork_change_password($1, $2, $3) AS ok`, [user.id, await candidateHash(settings, PASSWORD), next]);
      expect(ok.rows[0].ok).toBe(true);
      expect((await t.http.post('/api/auth/login').send({ email: user.email, password: 'a-brand-new-password-2' })).status).toBe(200);
      const history = await t.owner.query(`SELECT action, actor_id FROM account_change WHERE user_id = $1`, [user.id]);
      expect(history.rows).toEqual([{ action: 'password', actor_id: user.id }]);
    });

    it('a password is set through a link only with an open link of that token', async () => {
      const owner = await app.query(`SELECT elderwork_set_password_by_link($1, 'reset', $2) AS id`, ['0'.repeat(64), await hashPassword('attacker-password-1')]);
      expect(owner.rows[0].id).toBeNull();
    });
  });

  describe('roles and new accounts through the functions', () => {
    const setRole = (id: string, role: string, actor: string): Promise<unknown> => app.query(`SELECT elderwork_set_role($1, $2, $3)`, [id, role, actor]);

    it('nobody changes their own role, whoever they are', async () => {
      for (const [user, role] of [
        [staff, 'lao_admin'],
        [admin, 'dla_officer'],
        [dla, 'province_officer'],
      ] as const) {
        await expect(setRole(user.id, role, user.id)).rejects.toThrow(/own role/);
      }
      expect((await stored(staff.id)).role).toBe('staff');
      expect((await stored(admin.id)).role).toBe('lao_admin');
      expect((await stored(dla.id)).role).toBe('dla_officer');
    });

    it('a role outside the actor’s scope or the account’s kind of org unit is refused, naming any actor', async () => {
      // The LAO's admin would make their staff a second admin (issue 12's four-eyes rule).
      await expect(setRole(staff.id, 'lao_admin', admin.id)).rejects.toThrow(/not the actor's/);
      // The DLA does not manage staff; an LAO account is never a DLA officer.
      await expect(setRole(staff.id, 'lao_admin', dla.id)).rejects.toThrow(/not the actor's/);
      await expect(setRole(admin.id, 'dla_officer', dla.id)).rejects.toThrow(/not the actor's/);
      // Staff manage nothing; an unknown actor is nobody.
      await expect(setRole(admin.id, 'staff', staff.id)).rejects.toThrow(/not the actor's/);
      await expect(setRole(staff.id, 'lao_admin', '00000000-0000-4000-8000-000000000000')).rejects.toThrow(/not the actor's/);
      expect((await stored(staff.id)).role).toBe('staff');
      expect((await stored(admin.id)).role).toBe('lao_admin');
      // The manager giving the role the account has is allowed, and changes (and records) nothing.
      await setRole(staff.id, 'staff', admin.id);
      expect((await t.owner.query(`SELECT 1 FROM account_change WHERE user_id = $1 AND action = 'role'`, [staff.id])).rows).toHaveLength(0);
    });

    it('accounts are created within the actor’s scope only, with their history; none without an actor once a DLA officer exists', async () => {
      const create = (actor: string | null, email: string, role: string, org: string): Promise<{ rows: { id: string | null }[] }> =>
        app.query(`SELECT elderwork_create_account($1, $2, 'ผู้ทดสอบ', $3, $4) AS id`, [actor, email, role, org]);
      const made = await create(admin.id, `made-${lao.code}@test.example`, 'staff', lao.id);
      const id = made.rows[0]!.id!;
      expect(await stored(id)).toEqual({ password_hash: null, role: 'staff', org_unit_id: lao.id });
      const history = await t.owner.query(`SELECT action, actor_id, changes FROM account_change WHERE user_id = $1`, [id]);
      expect(history.rows).toEqual([
        { action: 'create', actor_id: admin.id, changes: { email: [null, `made-${lao.code}@test.example`], displayName: [null, 'ผู้ทดสอบ'], role: [null, 'staff'], orgUnit: [null, lao.id] } },
      ]);
      // A taken address: no account, no error (the API answers DUPLICATE_EMAIL).
      expect((await create(admin.id, staff.email, 'staff', lao.id)).rows[0]!.id).toBeNull();
      await expect(create(admin.id, `second-admin-${lao.code}@test.example`, 'lao_admin', lao.id)).rejects.toThrow(/not the actor's/);
      await expect(create(admin.id, `elsewhere-${other.code}@test.example`, 'staff', other.id)).rejects.toThrow(/not the actor's/);
      await expect(create(staff.id, `by-staff-${lao.code}@test.example`, 'staff', lao.id)).rejects.toThrow(/not the actor's/);
      await expect(create(null, `no-actor-${lao.code}@test.example`, 'dla_officer', dla.orgUnitId)).rejects.toThrow(/first DLA officer/);
      const none = await t.owner.query(`SELECT count(*)::int AS n FROM app_user WHERE email LIKE ANY($1)`, [
        [`second-admin-${lao.code}%`, `elsewhere-${other.code}%`, `by-staff-${lao.code}%`, `no-actor-${lao.code}%`],
      ]);
      expect(none.rows[0].n).toBe(0);
    });
  });
});
