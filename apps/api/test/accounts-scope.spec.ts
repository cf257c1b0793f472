import type { AccountChangeView, UserView } from '@elderwork/contracts';
import { TestApp, type TestLao, type TestUser } from './support/test-app';

/** Who provisions whom (issue 13, decision 0022), through HTTP. */
describe('account provisioning scopes', () => {
  let t: TestApp;
  let dla: TestUser;
  let lao: TestLao;
  let otherProvinceLao: TestLao;
  let province: TestUser;
  let admin: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    lao = await t.lao();
    do otherProvinceLao = await t.lao(); while (otherProvinceLao.provinceCode === lao.provinceCode);
    dla = await t.user('dla_officer', await t.orgUnit('dla', 'DLA'));
    province = await t.user('province_officer', await t.orgUnit('province', lao.provinceCode));
    admin = await t.user('lao_admin', lao.id);
  });
  afterAll(() => t.close());

  const create = (by: TestUser, body: Record<string, unknown>) => t.http.post('/api/users').set(by.auth).send(body);
  const email = (what: string) => `${what}-${Math.random().toString(36).slice(2)}@test.example`;

  it('the DLA creates provincial officers, LAO admins of any LAO and DLA officers', async () => {
    const p = await create(dla, { email: email('prov'), displayName: 'สถ.จ.', role: 'province_officer', orgUnitCode: otherProvinceLao.provinceCode }).expect(201);
    expect((p.body as UserView).orgUnit).toMatchObject({ type: 'province', code: otherProvinceLao.provinceCode });
    const a = await create(dla, { email: email('admin'), displayName: 'ปลัด', role: 'lao_admin', orgUnitCode: otherProvinceLao.code }).expect(201);
    expect((a.body as UserView).orgUnit).toMatchObject({ type: 'lao', code: otherProvinceLao.code });
    const d = await create(dla, { email: email('dla'), displayName: 'สถ.', role: 'dla_officer' }).expect(201);
    expect((d.body as UserView).orgUnit.type).toBe('dla');
    // A role and an org unit of the wrong kind are refused with the field named.
    const wrong = await create(dla, { email: email('x'), displayName: 'ก', role: 'lao_admin', orgUnitCode: lao.provinceCode }).expect(400);
    expect(wrong.body.errors[0].field).toBe('orgUnitCode');
    await create(dla, { email: email('x'), displayName: 'ก', role: 'staff', orgUnitCode: lao.code }).expect(400);
  });

  it('a province creates admins of its own LAOs only: another province’s LAO is 404; officers above it are refused', async () => {
    await create(province, { email: email('admin'), displayName: 'ปลัด', role: 'lao_admin', orgUnitCode: lao.code }).expect(201);
    await create(province, { email: email('admin'), displayName: 'ปลัด', role: 'lao_admin', orgUnitCode: otherProvinceLao.code }).expect(404);
    await create(province, { email: email('p'), displayName: 'ก', role: 'province_officer', orgUnitCode: lao.provinceCode }).expect(400);
    await create(province, { email: email('d'), displayName: 'ก', role: 'dla_officer' }).expect(400);
    const list = await t.http.get('/api/users').set(province.auth).expect(200);
    const listed = list.body as UserView[];
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((u) => u.role === 'lao_admin' && u.orgUnit.provinceCode === lao.provinceCode)).toBe(true);
  });

  it('an LAO admin creates staff of their LAO without naming it, never of another LAO', async () => {
    const s = await create(admin, { email: email('staff'), displayName: 'จนท.', role: 'staff' }).expect(201);
    expect((s.body as UserView).orgUnit.id).toBe(lao.id);
    await create(admin, { email: email('staff'), displayName: 'จนท.', role: 'staff', orgUnitCode: otherProvinceLao.code }).expect(404);
  });

  it('accounts outside the scope are 404 to read, change and read the history of', async () => {
    const otherAdmin = await t.user('lao_admin', otherProvinceLao.id);
    const otherStaff = await t.user('staff', otherProvinceLao.id);
    await t.http.get(`/api/users/${otherAdmin.id}`).set(province.auth).expect(404);
    await t.http.patch(`/api/users/${otherAdmin.id}`).set(province.auth).send({ active: false }).expect(404);
    await t.http.get(`/api/users/${otherAdmin.id}/history`).set(province.auth).expect(404);
    await t.http.patch(`/api/users/${otherStaff.id}`).set(admin.auth).send({ active: false }).expect(404);
    // The DLA manages admins, not staff (person-level accounts stay with their LAO).
    await t.http.patch(`/api/users/${otherStaff.id}`).set(dla.auth).send({ active: false }).expect(404);
    await t.http.get(`/api/users/${admin.id}`).set(admin.auth).expect(404);
  });

  it('staff manage no accounts (403)', async () => {
    const staff = await t.user('staff', lao.id);
    await t.http.get('/api/users').set(staff.auth).expect(403);
    await t.http.post('/api/users').set(staff.auth).send({ email: email('s'), displayName: 'ก', role: 'staff' }).expect(403);
  });

  it('nobody changes their own role', async () => {
    const res = await t.http.patch(`/api/users/${dla.id}`).set(dla.auth).send({ role: 'province_officer' }).expect(400);
    expect(res.body.errors[0].field).toBe('role');
  });

  it('an address taken in another LAO gets the same answer as one taken in the caller’s own', async () => {
    const elsewhere = await t.user('staff', otherProvinceLao.id);
    const mine = await t.user('staff', lao.id);
    const a = await create(admin, { email: elsewhere.email, displayName: 'ก', role: 'staff' }).expect(409);
    const b = await create(admin, { email: mine.email, displayName: 'ก', role: 'staff' }).expect(409);
    expect(a.body).toEqual(b.body);
  });

  it('every change of an account is kept with actor, time and what, readable by its manager', async () => {
    const created = await create(province, { email: email('h'), displayName: 'ปลัดใหม่', role: 'lao_admin', orgUnitCode: lao.code }).expect(201);
    const id = (created.body as UserView).id;
    await t.http.patch(`/api/users/${id}`).set(province.auth).send({ active: false }).expect(200);
    await t.http.patch(`/api/users/${id}`).set(dla.auth).send({ active: true, displayName: 'ปลัดคนใหม่' }).expect(200);
    const history = (await t.http.get(`/api/users/${id}/history`).set(province.auth).expect(200)).body as AccountChangeView[];
    expect(history.map((h) => [h.action, h.actor?.id])).toEqual([
      ['create', province.id],
      ['deactivate', province.id],
      ['update', dla.id],
      ['reactivate', dla.id],
    ]);
    expect(history[0]!.changes).toMatchObject({ role: [null, 'lao_admin'] });
    expect(Date.parse(history[0]!.at)).toBeGreaterThan(Date.now() - 60_000);
  });
});
