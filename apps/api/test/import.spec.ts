import ExcelJS from 'exceljs';
import type { ImportResult, ResidentView } from '@elderwork/contracts';
import { TestApp, randomNationalId, type TestLao, type TestUser } from './support/test-app';

const HEAD = 'nationalId,prefix,firstName,lastName,sex,birthDate,moo,disabilityType,livingAlone';

describe('POST /api/residents/import', () => {
  let t: TestApp;
  let lao: TestLao;
  let staff: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  beforeEach(async () => {
    lao = await t.lao();
    staff = await t.user('staff', lao.id);
  });
  afterAll(() => t.close());

  const upload = (content: string | Buffer, name = 'elders.csv') =>
    t.http.post('/api/residents/import').set(staff.auth).attach('file', Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'), name);

  it('inserts valid rows, reports rejected ones by row and field, and importing again changes nothing', async () => {
    const [a, b] = [randomNationalId(), randomNationalId()];
    const csv = [
      HEAD,
      `${a},นาย,สมชาย,ใจดี,ชาย,12/04/2490,2,การเห็น,ใช่`,
      `1234567890123,นาง,ผิด,เลขบัตร,female,1950-01-01,,,`,
      `${b},นาง,สมศรี,มีสุข,female,1948-02-29,3,,no`,
      `${randomNationalId()},นาง,เด็ก,เกินไป,female,2000-01-01,,,`,
      `${a},นาย,ซ้ำ,ในไฟล์,male,1950-01-01,,,`,
    ].join('\n');
    const first = await upload(csv).expect(200);
    const result = first.body as ImportResult;
    expect(result.inserted).toBe(2);
    expect(result.updated).toBe(0);
    expect(result.rejected).toEqual([
      { row: 3, field: 'nationalId', message: expect.stringContaining('เลขประจำตัวประชาชน') },
      { row: 5, field: 'birthDate', message: expect.stringContaining('60') },
      { row: 6, field: 'nationalId', message: expect.stringContaining('แถวที่ 2') },
    ]);
    const found = await t.http.get('/api/residents').query({ q: a }).set(staff.auth).expect(200);
    expect(found.body.items[0]).toMatchObject({ firstName: 'สมชาย', sex: 'male', birthDate: '1947-04-12', moo: 2, disabilityType: 'visual', livingAlone: true });
    // The record's history names the import that created it, who ran it and the file.
    const admin = await t.user('lao_admin', lao.id);
    const history = await t.http.get(`/api/residents/${found.body.items[0].id}/audit`).set(admin.auth).expect(200);
    expect(history.body).toContainEqual(expect.objectContaining({ action: 'import', note: 'import: elders.csv', actor: expect.objectContaining({ email: staff.email }) }));

    const again = await upload(csv).expect(200);
    expect(again.body).toMatchObject({ inserted: 0, updated: 0 });
    expect(again.body.rejected).toHaveLength(3);
    const after = await t.http.get('/api/residents').query({ q: a }).set(staff.auth).expect(200);
    expect((after.body.items[0] as ResidentView).version).toBe(1);
  });

  it('updates an existing record by national ID and audits the import', async () => {
    const existing = await t.resident(staff, { firstName: 'เดิม', lastName: 'นามสกุล' });
    const csv = `${HEAD}\n${existing.nationalId},นาง,ใหม่,นามสกุล,female,1950-05-01,4,,\n`;
    const res = await upload(csv).expect(200);
    expect(res.body).toMatchObject({ inserted: 0, updated: 1, rejected: [] });
    const now = await t.http.get(`/api/residents/${existing.id}`).set(staff.auth).expect(200);
    expect(now.body).toMatchObject({ firstName: 'ใหม่', moo: 4, version: 2 });
    const { rows } = await t.owner.query(`SELECT action, note FROM audit_entry WHERE resident_id = $1 AND action = 'import'`, [existing.id]);
    expect(rows).toEqual([{ action: 'import', note: 'import: elders.csv' }]);
  });

  it('reads XLSX with Thai headings and real date cells', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('รายชื่อ');
    const id = randomNationalId();
    sheet.addRow(['เลขประจำตัวประชาชน', 'คำนำหน้า', 'ชื่อ', 'นามสกุล', 'เพศ', 'วันเกิด', 'หมายเหตุของ อปท.']);
    sheet.addRow([id, 'นาง', 'บัวผัน', 'ทองคำ', 'หญิง', new Date(Date.UTC(1944, 6, 9)), 'ไม่ใช้']);
    const res = await upload(Buffer.from(await workbook.xlsx.writeBuffer()), 'elders.xlsx').expect(200);
    expect(res.body).toMatchObject({ inserted: 1, updated: 0, rejected: [] });
    const found = await t.http.get('/api/residents').query({ q: id }).set(staff.auth).expect(200);
    expect(found.body.items[0]).toMatchObject({ firstName: 'บัวผัน', sex: 'female', birthDate: '1944-07-09', legalBasis: 'legal_duty' });
  });

  it('refuses a file without the required columns, naming them, and writes nothing', async () => {
    const res = await upload(`nationalId,firstName\n${randomNationalId()},สมชาย\n`).expect(400);
    expect(res.body.code).toBe('BAD_FILE');
    expect(res.body.message).toContain('lastName');
    expect(await t.count('resident', lao.id)).toBe(0);
  });

  it('a file that breaks part-way leaves no row written', async () => {
    const good = `${randomNationalId()},นาย,สมชาย,ใจดี,male,1950-01-01,,,`;
    const broken = `${HEAD}\n${good}\n${randomNationalId()},"นาย,สมชาย,ใจดี,male,1950-01-01,,,\n${good}`;
    const res = await upload(broken).expect(400);
    expect(res.body.code).toBe('BAD_FILE');
    expect(await t.count('resident', lao.id)).toBe(0);
  });

  it('refuses a request without a file and a non-UTF-8 CSV', async () => {
    const none = await t.http.post('/api/residents/import').set(staff.auth).expect(400);
    expect(none.body.code).toBe('BAD_FILE');
    const tis620 = Buffer.concat([Buffer.from(`${HEAD}\n${randomNationalId()},`), Buffer.from([0xca, 0xc1, 0xaa, 0xd2, 0xc2]), Buffer.from(',x,male,1950-01-01\n')]);
    const res = await upload(tis620).expect(400);
    expect(res.body.message).toContain('UTF-8');
  });

  it('serves the template in both formats, and the CSV template imports as an empty file', async () => {
    const csv = await t.http.get('/api/residents/import/template').query({ format: 'csv' }).set(staff.auth).expect(200);
    expect(csv.headers['content-disposition']).toContain('elderwork-residents-template.csv');
    const text = csv.text.replace(/^\uFEFF/, '');
    expect(text.trim().split(',')).toEqual(expect.arrayContaining(['nationalId', 'firstName', 'legalBasis']));
    const imported = await upload(csv.text).expect(200);
    expect(imported.body).toMatchObject({ state: 'done', rowsDone: 0, inserted: 0, updated: 0, rejected: [] });
    const xlsx = await t.http.get('/api/residents/import/template').query({ format: 'xlsx' }).set(staff.auth).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as ArrayBuffer);
    expect(workbook.worksheets[0]!.getRow(1).getCell(1).value).toBe('nationalId');
    await t.http.get('/api/residents/import/template').query({ format: 'pdf' }).set(staff.auth).expect(400);
  });
});
