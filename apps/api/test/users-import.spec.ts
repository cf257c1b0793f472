import ExcelJS from 'exceljs';
import type { ImportResult, UserView } from '@elderwork/contracts';
import { linkIn, Mailbox } from './support/mailbox';
import { TestApp, type TestLao, type TestUser } from './support/test-app';

const csv = (lines: string[]): Buffer => Buffer.from('\uFEFF' + lines.join('\n') + '\n', 'utf8');

/** Bulk onboarding: an LAO's first administrators from a file, each mailed an activation link (issue 13, decision 0023). */
describe('POST /api/users/import', () => {
  let t: TestApp;
  let box: Mailbox;
  let province: { code: string; laos: TestLao[] };
  let officer: TestUser;
  let dla: TestUser;
  let elsewhere: TestLao;

  beforeAll(async () => {
    box = await Mailbox.start();
    t = await TestApp.start({ env: { SMTP_URL: box.url } });
    province = await t.province(4);
    officer = await t.user('province_officer', await t.orgUnit('province', province.code));
    dla = await t.user('dla_officer', await t.orgUnit('dla', 'DLA'));
    do elsewhere = await t.lao();
    while (elsewhere.provinceCode === province.code);
  });
  afterAll(async () => {
    await t.close();
    await box.close();
  });

  const upload = (user: TestUser, file: Buffer, name = 'admins.csv') => t.http.post('/api/users/import').set(user.auth).attach('file', file, name);

  it('a province creates its LAOs’ first admins; bad rows are reported by row in Thai and nothing about other LAOs leaks', async () => {
    const [a, b, c] = province.laos;
    const taken = await t.user('staff', elsewhere.id);
    const res = await upload(officer, csv([
      'laoCode,email,displayName',
      `${a!.code},Admin.A@Import.Test,ปลัด อปท. ก`,
      `${b!.code},admin.b@import.test,ปลัด อปท. ข`,
      `${elsewhere.code},admin.x@import.test,ปลัดนอกจังหวัด`,
      `9999999,admin.y@import.test,ไม่มี อปท. นี้`,
      `12,admin.z@import.test,รหัสสั้น`,
      `${c!.code},not-an-email,ปลัด`,
      `${c!.code},admin.a@import.test,ซ้ำในไฟล์`,
      `${c!.code},${taken.email},อีเมลของผู้อื่น`,
      `${c!.code},admin.c@import.test,`,
    ])).expect(201);
    const result = res.body as ImportResult;
    expect(result.inserted).toBe(2);
    expect(result.rejected).toEqual([
      { row: 4, field: 'laoCode', message: 'ไม่พบ อปท. รหัสนี้ในเขตที่ท่านดูแล' },
      { row: 5, field: 'laoCode', message: 'ไม่พบ อปท. รหัสนี้ในเขตที่ท่านดูแล' },
      { row: 6, field: 'laoCode', message: expect.stringContaining('7 หลัก') },
      { row: 7, field: 'email', message: 'อีเมลไม่ถูกต้อง' },
      { row: 8, field: 'email', message: 'อีเมลซ้ำกับแถวก่อนหน้าในไฟล์ (แถวที่ 2)' },
      // The same words as for an address taken in the caller's own area (decision 0022).
      { row: 9, field: 'email', message: 'ไม่สามารถใช้อีเมลนี้ได้ กรุณาใช้อีเมลอื่น' },
      { row: 10, field: 'displayName', message: expect.stringMatching(/[ก-๙]/) },
    ]);
    // An LAO outside the province and one that does not exist read the same.
    expect(result.rejected[0]!.message).toBe(result.rejected[1]!.message);

    const created = (await t.http.get(`/api/users?orgUnitCode=${a!.code}`).set(officer.auth).expect(200)).body as UserView[];
    expect(created).toEqual([expect.objectContaining({ email: 'admin.a@import.test', role: 'lao_admin', displayName: 'ปลัด อปท. ก' })]);
    const history = await t.http.get(`/api/users/${created[0]!.id}/history`).set(officer.auth).expect(200);
    expect(history.body[0]).toMatchObject({ action: 'create', actor: { id: officer.id } });

    for (const email of ['admin.a@import.test', 'admin.b@import.test']) {
      const link = linkIn(await box.next(email));
      expect(link.path).toBe('activate');
    }
    // Nothing was written outside the province: its one account is the staff member whose address was taken.
    const { rows } = await t.owner.query(`SELECT count(*)::int AS n FROM app_user WHERE org_unit_id = $1`, [elsewhere.id]);
    expect(rows[0].n).toBe(1);
  });

  it('the DLA imports for any LAO, from an Excel file with Thai headings; the admin activates from the mail', async () => {
    const lao = province.laos[3]!;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('admins');
    sheet.addRow(['รหัส อปท.', 'อีเมล', 'ชื่อ']);
    sheet.addRow([lao.code, 'admin.d@import.test', 'ปลัด อปท. ง']);
    sheet.addRow([elsewhere.code, 'admin.e@import.test', 'ปลัด อปท. จ']);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const res = await upload(dla, file, 'admins.xlsx').expect(201);
    expect(res.body).toEqual({ inserted: 2, updated: 0, rowsRejected: 0, rejected: [], rejectionsTruncated: false });
    const link = linkIn(await box.next('admin.d@import.test'));
    await t.http.post('/api/auth/activate').send({ token: link.token, password: 'ปลัดคนใหม่-ของ-อปท.' }).expect(204);
    const token = await t.login('admin.d@import.test', 'ปลัดคนใหม่-ของ-อปท.');
    const me = await t.http.get('/api/me').set({ authorization: `Bearer ${token}` }).expect(200);
    expect(me.body).toMatchObject({ role: 'lao_admin', orgUnit: { id: lao.id } });
    await box.next('admin.e@import.test');
  });

  it('a file without the columns, or no file, is 400 BAD_FILE in Thai', async () => {
    const missing = await upload(officer, csv(['email,displayName', 'a@import.test,ก'])).expect(400);
    expect(missing.body).toMatchObject({ code: 'BAD_FILE', message: expect.stringContaining('laoCode') });
    const none = await t.http.post('/api/users/import').set(officer.auth).expect(400);
    expect(none.body.code).toBe('BAD_FILE');
  });

  it('the template names the columns the import reads; its Excel form imports as it is', async () => {
    const csvTemplate = await t.http.get('/api/users/import/template?format=csv').set(officer.auth).expect(200);
    expect(csvTemplate.text).toBe('\uFEFFlaoCode,email,displayName\n');
    const xlsx = await t.http.get('/api/users/import/template').set(dla.auth).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as ArrayBuffer);
    workbook.worksheets[0]!.addRow([province.laos[2]!.code, 'admin.t@import.test', 'ปลัดจากแบบฟอร์ม']);
    const res = await upload(officer, Buffer.from(await workbook.xlsx.writeBuffer()), 'filled.xlsx').expect(201);
    expect(res.body).toEqual({ inserted: 1, updated: 0, rowsRejected: 0, rejected: [], rejectionsTruncated: false });
    await box.next('admin.t@import.test');
  });

  it('LAO admins and staff may not import (403); nothing is created', async () => {
    const lao = province.laos[0]!;
    const admin = await t.user('lao_admin', lao.id);
    const staff = await t.user('staff', lao.id);
    const file = csv(['laoCode,email,displayName', `${lao.code},never@import.test,ก`]);
    await upload(admin, file).expect(403);
    await upload(staff, file).expect(403);
    await t.http.get('/api/users/import/template').set(admin.auth).expect(403);
    const { rows } = await t.owner.query(`SELECT count(*)::int AS n FROM app_user WHERE email = 'never@import.test'`);
    expect(rows[0].n).toBe(0);
  });
});
