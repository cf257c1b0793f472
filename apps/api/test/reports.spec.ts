import ExcelJS from 'exceljs';
import { pdfText } from './support/pdf-text';
import type { EmployerView, Statistics, YearlyReport } from '@elderwork/contracts';
import { nationalIdCheckDigit } from '@elderwork/thai';
import { TestApp, type TestLao, type TestUser } from './support/test-app';

let seq = 0;
function registrationNumber(): string {
  const stem = `0107${String(Date.now() % 1e6).padStart(6, '0')}${String(seq++ % 100).padStart(2, '0')}`;
  return stem + String(nationalIdCheckDigit(stem));
}

/** An LAO with staff, an admin, an employer and `n` disabled elders placed for the whole of calendar 2568. */
async function laoWithPlacements(t: TestApp, n: number, lao?: TestLao): Promise<{ lao: TestLao; staff: TestUser; admin: TestUser; placements: string[]; elders: string[] }> {
  lao ??= await t.lao();
  const staff = await t.user('staff', lao.id);
  const admin = await t.user('lao_admin', lao.id);
  const employer = (await t.http.post('/api/employers').set(staff.auth).send({ name: 'บริษัท รายงาน จำกัด', registrationNumber: registrationNumber(), provinceCode: lao.provinceCode }).expect(201)).body as EmployerView;
  const placements: string[] = [];
  const elders: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const elder = await t.resident(staff, { disabilityType: 'physical', sex: i % 2 ? 'male' : 'female' });
    elders.push(elder.id);
    const p = await t.http.post('/api/placements').set(staff.auth)
      .send({ residentId: elder.id, employerId: employer.id, modality: 'other_assistance', startDate: '2025-01-01', endDate: '2025-12-31' }).expect(201);
    placements.push(p.body.id);
  }
  return { lao, staff, admin, placements, elders };
}

describe('the yearly income report', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('computes persons, income, average and the month-by-month series in SQL', async () => {
    const { staff } = await laoWithPlacements(t, 2);
    const res = await t.http.get('/api/reports/yearly').query({ year: 2568, yearType: 'calendar' }).set(staff.auth).expect(200);
    const report = res.body as YearlyReport;
    expect(report).toMatchObject({ year: 2568, yearType: 'calendar', version: 'live', status: 'draft', period: { start: '2025-01-01', end: '2025-12-31' } });
    const s35 = report.models.find((m) => m.model === 'section35')!;
    expect(s35).toMatchObject({ persons: 2, income: 240900, averagePerPerson: 120450 });
    expect(s35.byMonth).toHaveLength(12);
    expect(s35.byMonth.find((m) => m.month === '2025-02')!.income).toBe(2 * 330 * 28);
    const sum = Math.round(s35.byMonth.reduce((a, m) => a + m.income * 100, 0)) / 100;
    expect(sum).toBe(240900);
    expect(report.total).toMatchObject({ persons: 2, income: 240900 });
    expect(s35.bySex.map((g) => g.persons).sort()).toEqual([1, 1]);
    expect((s35.details as { persons: number }).persons).toBe(2);
  });

  it('the drill-down returns the records behind a figure, and they add up to it', async () => {
    const { staff } = await laoWithPlacements(t, 3);
    const report = (await t.http.get('/api/reports/yearly').query({ year: 2568, yearType: 'fiscal' }).set(staff.auth).expect(200)).body as YearlyReport;
    const s35 = report.models.find((m) => m.model === 'section35')!;
    const records = await t.http.get('/api/reports/yearly/records').query({ year: 2568, yearType: 'fiscal', model: 'section35' }).set(staff.auth).expect(200);
    expect(records.body.total).toMatchObject({ persons: s35.persons, income: s35.income });
    const march = await t.http.get('/api/reports/yearly/records').query({ year: 2568, yearType: 'fiscal', model: 'section35', month: '2025-03' }).set(staff.auth).expect(200);
    expect(march.body.total.income).toBe(s35.byMonth.find((m) => m.month === '2025-03')!.income);
    expect(march.body.items).toHaveLength(3);
    // FY2568 ends in September: October–December 2025 belong to FY2569.
    expect(s35.income).toBe(3 * 330 * 273);
  });

  it('the live report follows every change at once, though its figures are kept while nothing changes', async () => {
    const { staff, placements } = await laoWithPlacements(t, 2);
    const live = async () => (await t.http.get('/api/reports/yearly').query({ year: 2568, yearType: 'calendar' }).set(staff.auth).expect(200)).body as YearlyReport;
    const first = await live();
    expect(first.total.income).toBe(240900);
    expect(await live()).toEqual(first);
    // A change through the repositories' SQL…
    await t.http.patch(`/api/placements/${placements[0]}`).set(staff.auth).send({ version: 1, status: 'active' }).expect(200);
    await t.http.patch(`/api/placements/${placements[0]}`).set(staff.auth).send({ version: 2, status: 'terminated', terminatedOn: '2025-06-30', terminationReason: 'ย้ายที่อยู่' }).expect(200);
    const second = await live();
    expect(second.total.income).toBe(120450 + 330 * 181);
    // …and one through a query builder (an employer's name in the Section 35 details).
    const details = () => (live().then((r) => r.models.find((m) => m.model === 'section35')!.details as { byEmployer: { employerId: string; name: string }[] }));
    const employerId = (await details()).byEmployer[0]!.employerId;
    await t.http.patch(`/api/employers/${employerId}`).set(staff.auth).send({ name: 'บริษัท ชื่อใหม่ จำกัด' }).expect(200);
    expect((await details()).byEmployer[0]!.name).toBe('บริษัท ชื่อใหม่ จำกัด');
  });

  it('staff submit, another person (the admin) approves, and the approved figures stay put after an edit', async () => {
    const { staff, admin, placements } = await laoWithPlacements(t, 2);
    await t.http.post('/api/reports/yearly/2568/approve').set(admin.auth).send({ yearType: 'calendar' }).expect(409);
    const submitted = await t.http.post('/api/reports/yearly/2568/submit').set(staff.auth).send({ yearType: 'calendar' }).expect(200);
    expect(submitted.body.status).toBe('submitted');
    await t.http.post('/api/reports/yearly/2568/approve').set(staff.auth).send({ yearType: 'calendar' }).expect(403);
    const approved = await t.http.post('/api/reports/yearly/2568/approve').set(admin.auth).send({ yearType: 'calendar' }).expect(200);
    expect(approved.body.status).toBe('approved');
    expect(approved.body.steps.map((s: { action: string; by: { email: string } }) => [s.action, s.by.email])).toEqual([['submit', staff.email], ['approve', admin.email]]);

    // A record changes after approval: the live report moves, the approved one does not.
    await t.http.patch(`/api/placements/${placements[0]}`).set(staff.auth).send({ version: 1, status: 'active' }).expect(200);
    await t.http.patch(`/api/placements/${placements[0]}`).set(staff.auth).send({ version: 2, status: 'terminated', terminatedOn: '2025-06-30', terminationReason: 'ย้ายที่อยู่' }).expect(200);
    const live = (await t.http.get('/api/reports/yearly').query({ year: 2568, yearType: 'calendar' }).set(staff.auth).expect(200)).body as YearlyReport;
    const frozen = (await t.http.get('/api/reports/yearly').query({ year: 2568, yearType: 'calendar', version: 'approved' }).set(staff.auth).expect(200)).body as YearlyReport;
    expect(frozen.version).toBe('approved');
    expect(frozen.total.income).toBe(240900);
    expect(live.total.income).toBe(120450 + 330 * 181);

    // Reopen needs a reason; after reopening there is no approved version until approved again.
    await t.http.post('/api/reports/yearly/2568/reopen').set(admin.auth).send({ yearType: 'calendar' }).expect(400);
    await t.http.post('/api/reports/yearly/2568/reopen').set(staff.auth).send({ yearType: 'calendar', reason: 'x' }).expect(403);
    const reopened = await t.http.post('/api/reports/yearly/2568/reopen').set(admin.auth).send({ yearType: 'calendar', reason: 'แก้ไขข้อมูลการยุติสัญญา' }).expect(200);
    expect(reopened.body.status).toBe('reopened');
    await t.http.get('/api/reports/yearly').query({ year: 2568, yearType: 'calendar', version: 'approved' }).set(staff.auth).expect(404);
    await t.http.post('/api/reports/yearly/2568/submit').set(staff.auth).send({ yearType: 'calendar' }).expect(200);
    await t.http.post('/api/reports/yearly/2568/approve').set(admin.auth).send({ yearType: 'calendar' }).expect(200);
    const again = (await t.http.get('/api/reports/yearly').query({ year: 2568, yearType: 'calendar', version: 'approved' }).set(staff.auth).expect(200)).body as YearlyReport;
    expect(again.total.income).toBe(live.total.income);
    expect(again.steps.map((s) => s.action)).toEqual(['submit', 'approve', 'reopen', 'submit', 'approve']);
    expect(again.steps[2]!.reason).toBe('แก้ไขข้อมูลการยุติสัญญา');
  });

  const download = (req: ReturnType<TestApp['http']['get']>) =>
    req.buffer(true).parse((r, done) => { const chunks: Buffer[] = []; r.on('data', (c: Buffer) => chunks.push(c)); r.on('end', () => done(null, Buffer.concat(chunks))); });

  it('exports the report as XLSX (numbers as numbers) and as a Thai PDF, read back', async () => {
    const { staff, admin } = await laoWithPlacements(t, 2);
    await t.http.post('/api/reports/yearly/2568/submit').set(staff.auth).send({ yearType: 'calendar' }).expect(200);
    await t.http.post('/api/reports/yearly/2568/approve').set(admin.auth).send({ yearType: 'calendar' }).expect(200);
    const xlsx = await download(t.http.get('/api/reports/yearly/export').query({ year: 2568, yearType: 'calendar', version: 'approved', format: 'xlsx' }).set(staff.auth)).expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['สรุป', 'การจ้างงานคนพิการตามมาตรา 35', 'อาสาสมัครบริบาลท้องถิ่น', 'อาชีพอิสระ']);
    const summary = workbook.getWorksheet('สรุป')!;
    const s35Row = summary.getSheetValues().find((r) => Array.isArray(r) && r[1] === 'การจ้างงานคนพิการตามมาตรา 35') as unknown[];
    expect(s35Row.slice(2, 5)).toEqual([2, 240900, 120450]);

    const pdf = await download(t.http.get('/api/reports/yearly/export').query({ year: 2568, yearType: 'calendar', version: 'approved', format: 'pdf' }).set(staff.auth)).expect(200);
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf.body as Buffer);
    expect(text).toContain('ปีปฏิทิน พ.ศ. 2568');
    // SARA AM reads back as its two drawn characters (its compatibility form), never with a stray SARA AA.
    expect(text).not.toMatch(/\u0E33\u0E32/);
    expect(text).toContain('ประจ\u0E4D\u0E32ปี');
    expect(text).toContain('อนุมัติแล้ว');
    expect(text).toContain('240,900.00');
    // Stacked marks (ผู้) come back from extraction in another order: check words without them.
    expect(text).toContain('อนุมัติรายงาน');
    expect(text).toContain('เสนอรายงาน');
    await t.http.get('/api/reports/yearly/export').query({ year: 2568, format: 'docx' }).set(staff.auth).expect(400);
  });

  it('exports the drill-down as CSV with national IDs masked, unless full data is asked for (audited)', async () => {
    const { staff, admin, elders } = await laoWithPlacements(t, 1);
    const masked = await t.http.get('/api/reports/yearly/records/export').query({ year: 2568, yearType: 'calendar', model: 'section35', month: '2025-01' }).set(staff.auth).expect(200);
    const [header, line] = masked.text.replace(/^\uFEFF/, '').trim().split('\n');
    expect(header).toBe('รูปแบบการส่งเสริม,ชื่อ-นามสกุล,เลขประจำตัวประชาชน,เดือน,รายได้ (บาท),ที่มาของรายได้');
    const nationalId = line!.split(',')[2]!;
    expect(nationalId).toMatch(/^\d-\d{4}-x{5}-xx-\d$/);
    const full = await t.http.get('/api/reports/yearly/records/export').query({ year: 2568, yearType: 'calendar', model: 'section35', month: '2025-01', full: 'true', layout: 'codes' }).set(staff.auth).expect(200);
    expect(full.text.trim().split('\n')[1]!.split(',')[3]).toMatch(/^\d{13}$/);
    expect(full.text.trim().split('\n')[1]!.split(',')[5]).toBe((330 * 31).toFixed(2));
    const audit = await t.http.get(`/api/residents/${elders[0]}/audit`).set(admin.auth).expect(200);
    expect(audit.body.map((e: { action: string }) => e.action)).toContain('export');
  });

  it('is per LAO: another LAO sees its own (empty) report, officers get 403, bad input 400', async () => {
    const { staff } = await laoWithPlacements(t, 1);
    const other = await t.user('staff', (await t.lao()).id);
    const theirs = (await t.http.get('/api/reports/yearly').query({ year: 2568, yearType: 'calendar' }).set(other.auth).expect(200)).body as YearlyReport;
    expect(theirs.total.persons).toBe(0);
    const records = await t.http.get('/api/reports/yearly/records').query({ year: 2568, yearType: 'calendar' }).set(other.auth).expect(200);
    expect(records.body.items).toEqual([]);
    const dla = await t.user('dla_officer', await t.orgUnit('dla', 'DLA'));
    await t.http.get('/api/reports/yearly').query({ year: 2568 }).set(dla.auth).expect(403);
    await t.http.post('/api/reports/yearly/2568/submit').set(dla.auth).send({}).expect(403);
    await t.http.get('/api/reports/yearly').query({ year: 12 }).set(staff.auth).expect(400);
    await t.http.get('/api/reports/yearly').query({ year: 2568, version: 'draft' }).set(staff.auth).expect(400);
    await t.http.post('/api/reports/yearly/abc/submit').set(staff.auth).send({}).expect(400);
  });
});

describe('statistics for the province and the DLA', () => {
  let t: TestApp;
  let province: string;

  beforeAll(async () => {
    t = await TestApp.start();
    // Two LAOs of one province with approved reports: one with 6 persons, one with 2 (a small cell).
    const { rows } = await t.owner.query<{ province_code: string }>(
      `SELECT province_code FROM org_unit WHERE type = 'lao' AND province_code NOT IN ('21', '16', '57') GROUP BY province_code HAVING count(*) > 20 ORDER BY random() LIMIT 1`,
    );
    province = rows[0]!.province_code;
    const laos = await t.owner.query<{ id: string; code: string; province_code: string }>(
      `SELECT id, code, province_code FROM org_unit WHERE type = 'lao' AND province_code = $1 ORDER BY random() LIMIT 4`,
      [province],
    );
    for (const [i, n] of [7, 6, 2].entries()) {
      const lao = { id: laos.rows[i]!.id, code: laos.rows[i]!.code, provinceCode: province };
      const { staff, admin } = await laoWithPlacements(t, n, lao);
      await t.http.post('/api/reports/yearly/2568/submit').set(staff.auth).send({ yearType: 'calendar' }).expect(200);
      await t.http.post('/api/reports/yearly/2568/approve').set(admin.auth).send({ yearType: 'calendar' }).expect(200);
    }
    // A third LAO with placements but no approved report: not counted.
    await laoWithPlacements(t, 9, { id: laos.rows[3]!.id, code: laos.rows[3]!.code, provinceCode: province });
  });
  afterAll(() => t.close());

  it('a provincial officer sees the LAOs of their province, from approved reports only, small cells hidden', async () => {
    const officer = await t.user('province_officer', await t.orgUnit('province', province));
    const res = await t.http.get('/api/statistics').query({ year: 2568, yearType: 'calendar', groupBy: 'lao' }).set(officer.auth).expect(200);
    const stats = res.body as Statistics;
    expect(stats.rows).toHaveLength(3);
    expect(stats.coverage.laosApproved).toBe(3);
    // 7 is published; 2 is a small cell; 6 is hidden too, or 15 − 7 − 6 would give the 2 away.
    const cells = stats.rows.map((r) => r.models.section35!);
    expect(cells.filter((c) => !c.suppressed)).toEqual([{ persons: 7, income: 7 * 120450, suppressed: false }]);
    expect(cells.filter((c) => c.suppressed)).toHaveLength(2);
    expect(stats.total.models.section35).toEqual({ persons: 15, income: 15 * 120450, suppressed: false });
    // The attacker's subtraction leaves two unknowns, not one.
    const published = cells.filter((c) => !c.suppressed).reduce((a, c) => a + c.persons!, 0);
    expect(stats.total.models.section35!.persons! - published).toBe(8);
    expect(JSON.stringify(stats)).not.toMatch(/"persons":2\b/);
    const byProvince = (await t.http.get('/api/statistics').query({ year: 2568, yearType: 'calendar', groupBy: 'province' }).set(officer.auth).expect(200)).body as Statistics;
    expect(byProvince.rows.map((r) => r.key)).toEqual([province]);
    expect(byProvince.rows[0]!.models.section35).toEqual({ persons: 15, income: 15 * 120450, suppressed: false });
  });

  it('another province sees none of it; the DLA sees it in the nation', async () => {
    const { rows } = await t.owner.query<{ code: string }>(`SELECT code FROM org_unit WHERE type = 'province' AND code <> $1 LIMIT 1`, [province]);
    const elsewhere = await t.user('province_officer', await t.orgUnit('province', rows[0]!.code));
    const res = await t.http.get('/api/statistics').query({ year: 2568, yearType: 'calendar', groupBy: 'lao' }).set(elsewhere.auth).expect(200);
    expect((res.body as Statistics).rows).toEqual([]);
    const dla = await t.user('dla_officer', await t.orgUnit('dla', 'DLA'));
    const nation = (await t.http.get('/api/statistics').query({ year: 2568, yearType: 'calendar', groupBy: 'nation', model: 'section35' }).set(dla.auth).expect(200)).body as Statistics;
    expect(nation.rows[0]!.models.section35!.persons).toBeGreaterThanOrEqual(15);
    expect(Object.keys(nation.rows[0]!.models)).toEqual(['section35']);
    const missing = await t.http.get('/api/statistics/missing').query({ year: 2568, yearType: 'calendar' }).set(dla.auth).expect(200);
    expect(missing.body.length).toBeGreaterThan(7000);
  });

  it('exports the same protected table as CSV and XLSX', async () => {
    const officer = await t.user('province_officer', await t.orgUnit('province', province));
    const csv = await t.http.get('/api/statistics/export').query({ year: 2568, yearType: 'calendar', groupBy: 'lao', format: 'csv' }).set(officer.auth).expect(200);
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\n');
    expect(lines[0]).toBe('รหัส,องค์กรปกครองส่วนท้องถิ่น,การจ้างงานคนพิการตามมาตรา 35 (คน),การจ้างงานคนพิการตามมาตรา 35 (บาท),อาสาสมัครบริบาลท้องถิ่น (คน),อาสาสมัครบริบาลท้องถิ่น (บาท),อาชีพอิสระ (คน),อาชีพอิสระ (บาท),รวมทุกรูปแบบ (คน),รวมทุกรูปแบบ (บาท)');
    expect(lines.some((l) => l.includes(',7,843150,'))).toBe(true);
    expect(lines.filter((l) => l.includes(',,,'))).toHaveLength(2);
    expect(lines[lines.length - 1]).toContain(',15,1806750,');
    const xlsx = await t.http.get('/api/statistics/export').query({ year: 2568, yearType: 'calendar', groupBy: 'lao', format: 'xlsx' }).set(officer.auth)
      .buffer(true).parse((r, done) => { const chunks: Buffer[] = []; r.on('data', (c: Buffer) => chunks.push(c)); r.on('end', () => done(null, Buffer.concat(chunks))); }).expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as ArrayBuffer);
    const values = workbook.worksheets[0]!.getSheetValues().flat().filter((v) => typeof v === 'number');
    expect(values).toContain(843150);
    expect(values).not.toContain(2);
    await t.http.get('/api/statistics/export').query({ year: 2568, format: 'pdf' }).set(officer.auth).expect(400);
  });

  it('LAO users cannot read statistics, and officers cannot reach person-level data', async () => {
    const staff = await t.user('staff', (await t.lao()).id);
    await t.http.get('/api/statistics').query({ year: 2568 }).set(staff.auth).expect(403);
    const dla = await t.user('dla_officer', await t.orgUnit('dla', 'DLA'));
    await t.http.get('/api/reports/yearly/records').query({ year: 2568 }).set(dla.auth).expect(403);
    await t.http.get('/api/statistics').query({ year: 2568, groupBy: 'person' }).set(dla.auth).expect(400);
  });
});
