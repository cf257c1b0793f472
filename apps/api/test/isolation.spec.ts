import { Client } from 'pg';
import type { Page, ResidentView } from '@elderwork/contracts';
import { appUrlFrom } from '../src/database/database-urls';
import { TEST_APP_PASSWORD, testOwnerUrl } from './support/test-env';
import { TestApp, type TestLao, type TestUser } from './support/test-app';


describe('LAO isolation, enforced by PostgreSQL', () => {
  let t: TestApp;
  let laoA: TestLao;
  let laoB: TestLao;
  let staffA: TestUser;
  let adminA: TestUser;
  let staffB: TestUser;
  let adminB: TestUser;
  let residentB: ResidentView;

  beforeAll(async () => {
    // A small pool, so concurrent requests of different LAOs share connections.
    t = await TestApp.start({ poolSize: 2 });
    laoA = await t.lao();
    laoB = await t.lao();
    staffA = await t.user('staff', laoA.id);
    adminA = await t.user('lao_admin', laoA.id);
    staffB = await t.user('staff', laoB.id);
    adminB = await t.user('lao_admin', laoB.id);
    residentB = await t.resident(staffB, { firstName: 'ของบี' });
    await t.resident(staffA, { firstName: 'ของเอ' });
  });
  afterAll(() => t.close());

  describe("a user of LAO A cannot reach LAO B's records (404, nothing changes)", () => {
    it('GET /api/residents/:id', async () => {
      await t.http.get(`/api/residents/${residentB.id}`).set(staffA.auth).expect(404);
    });
    it('PATCH /api/residents/:id', async () => {
      await t.http.patch(`/api/residents/${residentB.id}`).set(staffA.auth).send({ version: 1, firstName: 'แก้ไข' }).expect(404);
    });
    it('DELETE /api/residents/:id', async () => {
      await t.http.delete(`/api/residents/${residentB.id}`).set(adminA.auth).send({ reason: 'other' }).expect(404);
    });
    it('GET /api/residents/:id/audit', async () => {
      await t.http.get(`/api/residents/${residentB.id}/audit`).set(adminA.auth).expect(404);
    });
    it('PATCH /api/users/:id', async () => {
      await t.http.patch(`/api/users/${staffB.id}`).set(adminA.auth).send({ active: false }).expect(404);
    });
    afterAll(async () => {
      const still = await t.http.get(`/api/residents/${residentB.id}`).set(staffB.auth).expect(200);
      expect(still.body).toMatchObject({ firstName: 'ของบี', version: 1, removedAt: null });
      await t.login(staffB.email);
    });
  });

  it("lists, searches and summaries never show another LAO's rows", async () => {
    const list = await t.http.get('/api/residents').query({ pageSize: 200 }).set(staffA.auth).expect(200);
    const page = list.body as Page<ResidentView>;
    expect(page.items.map((r) => r.firstName)).toEqual(['ของเอ']);
    const search = await t.http.get('/api/residents').query({ q: residentB.nationalId }).set(staffA.auth).expect(200);
    expect(search.body.total).toBe(0);
    const summary = await t.http.get('/api/residents/summary').set(staffA.auth).expect(200);
    expect(summary.body.total).toBe(1);
    const users = await t.http.get('/api/users').set(adminA.auth).expect(200);
    // An LAO admin manages the LAO's staff (admins are managed from above, decision 0022): B's never appear.
    expect(users.body.map((u: { email: string }) => u.email)).toEqual([staffA.email]);
  });

  it('the same person may be registered in two LAOs; importing in A does not touch B', async () => {
    const csv = `nationalId,prefix,firstName,lastName,sex,birthDate\n${residentB.nationalId},นาง,ของเอเอง,ทดสอบ,female,1950-01-01\n`;
    const res = await t.http.post('/api/residents/import').set(staffA.auth).attach('file', Buffer.from(csv), 'a.csv').expect(200);
    expect(res.body).toMatchObject({ inserted: 1, updated: 0 });
    const b = await t.http.get(`/api/residents/${residentB.id}`).set(staffB.auth).expect(200);
    expect(b.body.firstName).toBe('ของบี');
  });

  it('concurrent requests of different LAOs on a small pool never see each other’s rows', async () => {
    const rounds = Array.from({ length: 30 }, (_, i) => (i % 2 === 0 ? staffA : staffB));
    const results = await Promise.all(
      rounds.map(async (user) => ({ user, body: (await t.http.get('/api/residents').query({ pageSize: 200 }).set(user.auth).expect(200)).body as Page<ResidentView> })),
    );
    for (const { user, body } of results) {
      const names = body.items.map((r) => r.firstName);
      if (user === staffA) expect(names).not.toContain('ของบี');
      else expect(names).toEqual(['ของบี']);
    }
  });

  describe('provincial and DLA officers see aggregates only', () => {
    let province: TestUser;
    let dla: TestUser;
    beforeAll(async () => {
      province = await t.user('province_officer', await t.orgUnit('province', laoA.provinceCode));
      dla = await t.user('dla_officer', await t.orgUnit('dla', 'DLA'));
    });

    it.each([
      ['get', '/api/residents'],
      ['get', '/api/residents/summary'],
      ['get', '/api/residents/import/template'],
      ['post', '/api/residents'],
      ['post', '/api/residents/import'],
      // /api/users is theirs too, within their scope: accounts-scope.spec.ts (decision 0022).
    ] as const)('%s %s → 403 for both', async (method, path) => {
      for (const officer of [province, dla]) {
        const res = await t.http[method](path).set(officer.auth).send({});
        expect(res.status).toBe(403);
        expect(res.body.code).toBe('FORBIDDEN');
      }
    });

    it.each(['get', 'patch', 'delete'] as const)('%s /api/residents/:id → 403 for both', async (method) => {
      for (const officer of [province, dla]) {
        await t.http[method](`/api/residents/${residentB.id}`).set(officer.auth).send({ version: 1 }).expect(403);
      }
      await t.http.get(`/api/residents/${residentB.id}/audit`).set(dla.auth).expect(403);
    });

    it('GET /api/me works for officers and names their org unit', async () => {
      const me = await t.http.get('/api/me').set(province.auth).expect(200);
      expect(me.body.orgUnit).toMatchObject({ type: 'province', code: laoA.provinceCode });
    });
  });

  describe('the database itself', () => {
    /** Every table with an lao_id column is a tenant table. */
    let TENANT_TABLES: string[];
    beforeAll(async () => {
      const { rows } = await t.owner.query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'lao_id' ORDER BY table_name`,
      );
      TENANT_TABLES = rows.map((r) => r.table_name);
      expect(TENANT_TABLES).toEqual(expect.arrayContaining(['audit_entry', 'employer', 'payment', 'placement', 'resident']));
    });

    it('the app role is not superuser, cannot bypass RLS and owns no table', async () => {
      const { rows } = await t.owner.query(`SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = 'elderwork_app'`);
      expect(rows).toEqual([{ rolsuper: false, rolbypassrls: false }]);
      const owned = await t.owner.query(`SELECT tablename FROM pg_tables WHERE tableowner = 'elderwork_app'`);
      expect(owned.rows).toEqual([]);
    });

    it('row-level security is enabled and forced on every tenant table', async () => {
      const { rows } = await t.owner.query(
        `SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class WHERE relname = ANY($1) ORDER BY relname`,
        [TENANT_TABLES],
      );
      expect(rows).toEqual(TENANT_TABLES.sort().map((relname) => ({ relname, relrowsecurity: true, relforcerowsecurity: true })));
    });

    it('every table with lao_id has it in its primary key and in its foreign keys to other tenant tables', async () => {
      const { rows } = await t.owner.query<{ table: string; pk: string[] }>(
        `SELECT c.conrelid::regclass::text AS table,
                array(SELECT attname FROM pg_attribute WHERE attrelid = c.conrelid AND attnum = ANY(c.conkey))::text[] AS pk
         FROM pg_constraint c
         WHERE c.contype = 'p' AND c.conrelid IN (SELECT attrelid FROM pg_attribute WHERE attname = 'lao_id')`,
      );
      expect(rows.map((r) => r.table).sort()).toEqual(TENANT_TABLES.sort());
      for (const row of rows) expect(row.pk).toContain('lao_id');
      const fks = await t.owner.query<{ cols: string[] }>(
        `SELECT array(SELECT attname FROM pg_attribute WHERE attrelid = c.conrelid AND attnum = ANY(c.conkey))::text[] AS cols
         FROM pg_constraint c WHERE c.contype = 'f' AND c.confrelid::regclass::text = ANY($1) AND c.conrelid::regclass::text = ANY($1)`,
        [TENANT_TABLES],
      );
      expect(fks.rows.length).toBeGreaterThan(0);
      for (const fk of fks.rows) expect(fk.cols).toContain('lao_id');
    });

    it('every unique index of a tenant table includes lao_id (so it can be enforced per shard on Citus)', async () => {
      const { rows } = await t.owner.query<{ index: string; cols: string[] }>(
        `SELECT i.indexrelid::regclass::text AS index,
                array(SELECT attname FROM pg_attribute WHERE attrelid = i.indrelid AND attnum = ANY(i.indkey))::text[] AS cols
         FROM pg_index i WHERE i.indisunique AND i.indrelid::regclass::text = ANY($1)`,
        [TENANT_TABLES],
      );
      expect(rows.length).toBeGreaterThanOrEqual(TENANT_TABLES.length);
      for (const row of rows) expect({ index: row.index, hasLaoId: row.cols.includes('lao_id') }).toEqual({ index: row.index, hasLaoId: true });
    });

    it('as the app role, a query with no LAO set sees no rows, and one LAO set sees only its own', async () => {
      const app = new Client({ connectionString: appUrlFrom(testOwnerUrl(), TEST_APP_PASSWORD) });
      await app.connect();
      try {
        expect((await app.query('SELECT count(*)::int AS n FROM resident')).rows[0].n).toBe(0);
        await app.query('BEGIN');
        await app.query(`SELECT set_config('app.lao_id', $1, true)`, [laoB.id]);
        const own = await app.query<{ lao_id: string }>('SELECT DISTINCT lao_id FROM resident');
        expect(own.rows).toEqual([{ lao_id: laoB.id }]);
        await expect(app.query(`INSERT INTO resident (lao_id, national_id, prefix, first_name, last_name, sex, birth_date, legal_basis)
                                VALUES ($1, '1234567890121', 'นาย', 'ก', 'ข', 'male', '1950-01-01', 'legal_duty')`, [laoA.id])).rejects.toThrow(/row-level security/);
        await app.query('ROLLBACK');
        // The setting was local to the transaction: the pooled connection carries nothing over.
        expect((await app.query('SELECT count(*)::int AS n FROM resident')).rows[0].n).toBe(0);
      } finally {
        await app.end();
      }
    });
  });

  it('an admin cannot create an account in another LAO by naming it (the LAO comes from the token)', async () => {
    const res = await t.http.post('/api/users').set(adminB.auth).send({ email: 'x@test.example', displayName: 'ก', role: 'staff', orgUnitId: laoA.id });
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({ field: 'orgUnitId', code: 'unknownField' });
  });
});
