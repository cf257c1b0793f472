import ExcelJS from 'exceljs';
import { pdfText } from './support/pdf-text';
import type { EmployerView, OccupationsSummary, Section35Summary, Statistics, YearlyReport } from '@elderwork/contracts';
import { calendarYearOf, todayInBangkok } from '@elderwork/thai';
import { registrationNumber } from './support/factories';
import { TestApp, type TestLao, type TestUser } from './support/test-app';


/** An LAO with staff, an admin, an employer and `n` disabled elders placed for the whole of calendar 2568. */
async function laoWithPlacements(t: TestApp, n: number, lao?: TestLao, ceYear = 2025): Promise<{ lao: TestLao; staff: TestUser; admin: TestUser; placements: string[]; elders: string[] }> {
  lao ??= await t.lao();
  const staff = await t.user('staff', lao.id);
  const admin = await t.user('lao_admin', lao.id);
  const employer = (await t.http.post('/api/employers').set(staff.auth).send({ name: 'บริษัท รายงาน จำกัด', registrationNumber: registrationNumber('0106'), provinceCode: lao.provinceCode }).expect(201)).body as EmployerView;
  const placements: string[] = [];
  const elders: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const elder = await t.resident(staff, { disabilityType: 'physical', sex: i % 2 ? 'male' : 'female' });
    elders.push(elder.id);
    const p = await t.http.post('/api/placements').set(staff.auth)
      .send({ residentId: elder.id, employerId: employer.id, modality: 'other_assistance', startDate: `${ceYear}-01-01`, endDate: `${ceYear}-12-31` }).expect(201);
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
  // A year no other test file approves a report for: the national release (decision 0020) is
  // protected jointly, so other files' LAOs in the same year would change which cells are hidden.
  const YEAR = 2567;
  /** A full calendar year 2567 at its rate: 328 baht × 365 counted days (29 February is never counted). */
  const PER_PERSON = 328 * 365;
  let t: TestApp;
  let province: string;
  /** The true section 35 persons of each LAO with an approved report, by LAO code. */
  const truth = new Map<string, number>();

  beforeAll(async () => {
    t = await TestApp.start();
    // Three LAOs of one province with approved reports: 7, 6 and 2 persons (2 is a small cell).
    const claimed = await t.province(20);
    province = claimed.code;
    for (const [i, n] of [7, 6, 2].entries()) truth.set(claimed.laos[i]!.code, n);
    for (const [i, n] of [7, 6, 2].entries()) {
      const { staff, admin } = await laoWithPlacements(t, n, claimed.laos[i]!, YEAR - 543);
      await t.http.post(`/api/reports/yearly/${YEAR}/submit`).set(staff.auth).send({ yearType: 'calendar' }).expect(200);
      await t.http.post(`/api/reports/yearly/${YEAR}/approve`).set(admin.auth).send({ yearType: 'calendar' }).expect(200);
    }
    // A third LAO with placements but no approved report: not counted.
    await laoWithPlacements(t, 9, claimed.laos[3]!, YEAR - 543);
  });
  afterAll(() => t.close());

  it('a provincial officer sees the LAOs of their province, from approved reports only, small cells hidden', async () => {
    const officer = await t.user('province_officer', await t.orgUnit('province', province));
    const res = await t.http.get('/api/statistics').query({ year: YEAR, yearType: 'calendar', groupBy: 'lao' }).set(officer.auth).expect(200);
    const stats = res.body as Statistics;
    expect(stats.rows).toHaveLength(3);
    expect(stats.coverage.laosApproved).toBe(3);
    // 2 is a small cell and hidden; at least one more is hidden, or 15 minus the others would give the 2 away.
    // Which others are hidden depends on every table published beside this one (decision 0020): each
    // cell that is published must be the true figure.
    for (const row of stats.rows) {
      const cell = row.models.section35!;
      if (truth.get(row.key) === 2) expect(cell).toEqual({ persons: null, income: null, suppressed: true });
      else if (!cell.suppressed) expect(cell).toEqual({ persons: truth.get(row.key), income: (truth.get(row.key) ?? NaN) * PER_PERSON, suppressed: false });
    }
    const cells = stats.rows.map((r) => r.models.section35!);
    expect(cells.filter((c) => c.suppressed).length).toBeGreaterThanOrEqual(2);
    expect(stats.total.models.section35).toEqual({ persons: 15, income: 15 * PER_PERSON, suppressed: false });
    expect(JSON.stringify(stats)).not.toMatch(/"persons":2\b/);
    const byProvince = (await t.http.get('/api/statistics').query({ year: YEAR, yearType: 'calendar', groupBy: 'province' }).set(officer.auth).expect(200)).body as Statistics;
    expect(byProvince.rows.map((r) => r.key)).toEqual([province]);
    expect(byProvince.rows[0]!.models.section35).toEqual({ persons: 15, income: 15 * PER_PERSON, suppressed: false });
  });

  it('another province sees none of it; the DLA sees it in the nation', async () => {
    // A whole province claimed for this test: no other test approves a report in it.
    const elsewhere = await t.user('province_officer', await t.orgUnit('province', (await t.province(1)).code));
    const res = await t.http.get('/api/statistics').query({ year: YEAR, yearType: 'calendar', groupBy: 'lao' }).set(elsewhere.auth).expect(200);
    expect((res.body as Statistics).rows).toEqual([]);
    const dla = await t.user('dla_officer', await t.orgUnit('dla', 'DLA'));
    const nation = (await t.http.get('/api/statistics').query({ year: YEAR, yearType: 'calendar', groupBy: 'nation', model: 'section35' }).set(dla.auth).expect(200)).body as Statistics;
    expect(nation.rows[0]!.models.section35!.persons).toBeGreaterThanOrEqual(15);
    expect(Object.keys(nation.rows[0]!.models)).toEqual(['section35']);
    const missing = await t.http.get('/api/statistics/missing').query({ year: YEAR, yearType: 'calendar' }).set(dla.auth).expect(200);
    expect(missing.body.length).toBeGreaterThan(7000);
  });

  it('exports the same protected table as CSV and XLSX', async () => {
    const officer = await t.user('province_officer', await t.orgUnit('province', province));
    const csv = await t.http.get('/api/statistics/export').query({ year: YEAR, yearType: 'calendar', groupBy: 'lao', format: 'csv' }).set(officer.auth).expect(200);
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\n');
    expect(lines[0]).toBe('รหัส,องค์กรปกครองส่วนท้องถิ่น,การจ้างงานคนพิการตามมาตรา 35 (คน),การจ้างงานคนพิการตามมาตรา 35 (บาท),อาสาสมัครบริบาลท้องถิ่น (คน),อาสาสมัครบริบาลท้องถิ่น (บาท),อาชีพอิสระ (คน),อาชีพอิสระ (บาท),รวมทุกรูปแบบ (คน),รวมทุกรูปแบบ (บาท)');
    // The file says what the screen says: the same published figures, hidden cells empty.
    const stats = (await t.http.get('/api/statistics').query({ year: YEAR, yearType: 'calendar', groupBy: 'lao' }).set(officer.auth).expect(200)).body as Statistics;
    const shown = stats.rows.map((r) => r.models.section35!).filter((c) => !c.suppressed);
    const hidden = stats.rows.length - shown.length;
    expect(lines).toHaveLength(stats.rows.length + 2);
    for (const cell of shown) expect(lines.some((l) => l.includes(`,${cell.persons},${cell.income},`))).toBe(true);
    expect(lines.slice(1, -1).filter((l) => /^[^,]*,[^,]*,,,/.test(l))).toHaveLength(hidden);
    expect(lines[lines.length - 1]).toContain(`,15,${15 * PER_PERSON},`);
    const xlsx = await t.http.get('/api/statistics/export').query({ year: YEAR, yearType: 'calendar', groupBy: 'lao', format: 'xlsx' }).set(officer.auth)
      .buffer(true).parse((r, done) => { const chunks: Buffer[] = []; r.on('data', (c: Buffer) => chunks.push(c)); r.on('end', () => done(null, Buffer.concat(chunks))); }).expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as ArrayBuffer);
    const values = workbook.worksheets[0]!.getSheetValues().flat().filter((v) => typeof v === 'number');
    for (const cell of shown) expect(values).toContain(cell.income);
    expect(values).toContain(15 * PER_PERSON);
    expect(values).not.toContain(2);
    expect(values).not.toContain(2 * PER_PERSON);
    await t.http.get('/api/statistics/export').query({ year: YEAR, format: 'pdf' }).set(officer.auth).expect(400);
  });

  it('LAO users cannot read statistics, and officers cannot reach person-level data', async () => {
    const staff = await t.user('staff', (await t.lao()).id);
    await t.http.get('/api/statistics').query({ year: YEAR }).set(staff.auth).expect(403);
    const dla = await t.user('dla_officer', await t.orgUnit('dla', 'DLA'));
    await t.http.get('/api/reports/yearly/records').query({ year: YEAR }).set(dla.auth).expect(403);
    await t.http.get('/api/statistics').query({ year: YEAR, groupBy: 'person' }).set(dla.auth).expect(400);
  });
});

const download = (req: ReturnType<TestApp['http']['get']>) =>
  req.buffer(true).parse((r, done) => { const chunks: Buffer[] = []; r.on('data', (c: Buffer) => chunks.push(c)); r.on('end', () => done(null, Buffer.concat(chunks))); });

/** Sums baht to the satang (no floating-point drift). */
const sumBaht = (xs: number[]): number => xs.reduce((a, x) => a + Math.round(x * 100), 0) / 100;

/**
 * A stored version agrees with itself to the satang: the headline income is the sum of the models',
 * every series and breakdown sums to its model, and each model's own details say the same.
 */
function expectConsistent(report: YearlyReport): void {
  expect(sumBaht(report.models.map((m) => m.income))).toBe(report.total.income);
  expect(sumBaht(report.total.byMonth.map((m) => m.income))).toBe(report.total.income);
  for (const m of report.models) {
    expect([m.model, sumBaht(m.byMonth.map((x) => x.income))]).toEqual([m.model, m.income]);
    expect([m.model, sumBaht(m.bySex.map((x) => x.income))]).toEqual([m.model, m.income]);
    expect([m.model, sumBaht(m.byAgeBand.map((x) => x.income))]).toEqual([m.model, m.income]);
    expect([m.model, sumBaht(m.byDisabilityType.map((x) => x.income))]).toEqual([m.model, m.income]);
  }
  const model = (name: string) => report.models.find((m) => m.model === name)!;
  const occupation = model('occupation').details as OccupationsSummary;
  expect({ persons: occupation.income.persons, income: occupation.income.amount }).toEqual({ persons: model('occupation').persons, income: model('occupation').income });
  expect(sumBaht(occupation.income.byMonth.map((x) => x.amount))).toBe(model('occupation').income);
  expect((model('section35').details as Section35Summary).value).toBe(model('section35').income);
}

describe('submission is a snapshot, approval signs that snapshot (issue 12)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start({ poolSize: 12 });
  });
  afterAll(() => t.close());

  const income = (staff: TestUser, residentId: string, month: string, amount: number, channel = 'market') =>
    t.http.post('/api/income-records').set(staff.auth).send({ residentId, month, amount, source: 'other', channel });
  const get = (user: TestUser, version: 'live' | 'submitted' | 'approved', year = 2568) =>
    t.http.get('/api/reports/yearly').query({ year, yearType: 'calendar', version }).set(user.auth);

  it('the admin sees the submitted figures and what changed since; approval signs the submitted figures, not today’s', async () => {
    const { staff, admin, elders } = await laoWithPlacements(t, 2);
    await get(staff, 'submitted').expect(404);
    const submitted = (await t.http.post('/api/reports/yearly/2568/submit').set(staff.auth).send({ yearType: 'calendar', note: 'ตรวจทานแล้ว' }).expect(200)).body as YearlyReport;
    expect(submitted).toMatchObject({ version: 'submitted', status: 'submitted', total: { persons: 2, income: 240900 } });
    expect(submitted.submittedAt).toEqual(expect.any(String));
    expect(submitted.steps.map((s) => [s.action, s.reason])).toEqual([['submit', 'ตรวจทานแล้ว']]);

    // Staff record 50,000.25 baht more after submitting: the submitted version does not move, and says what did.
    await income(staff, elders[0]!, '2025-09', 50000.25).expect(201);
    const pending = (await get(admin, 'submitted').expect(200)).body as YearlyReport;
    expect(pending).toMatchObject({ version: 'submitted', status: 'submitted', total: { persons: 2, income: 240900 } });
    expect(pending.changesSinceSubmission).toEqual([
      { model: 'section35', submitted: { persons: 2, income: 240900 }, now: { persons: 2, income: 240900 }, changed: false },
      { model: 'caregiver', submitted: { persons: 0, income: 0 }, now: { persons: 0, income: 0 }, changed: false },
      { model: 'occupation', submitted: { persons: 0, income: 0 }, now: { persons: 1, income: 50000.25 }, changed: true },
      { model: 'total', submitted: { persons: 2, income: 240900 }, now: { persons: 2, income: 290900.25 }, changed: true },
    ]);
    expect(((await get(admin, 'live').expect(200)).body as YearlyReport).total.income).toBe(290900.25);

    const approved = (await t.http.post('/api/reports/yearly/2568/approve').set(admin.auth).send({ yearType: 'calendar', note: 'อนุมัติตามที่เสนอ' }).expect(200)).body as YearlyReport;
    expect(approved).toMatchObject({ version: 'approved', status: 'approved', submittedAt: submitted.submittedAt, total: { persons: 2, income: 240900 } });
    expect(approved.models).toEqual(submitted.models);
    expect(approved.steps.map((s) => [s.action, s.reason])).toEqual([['submit', 'ตรวจทานแล้ว'], ['approve', 'อนุมัติตามที่เสนอ']]);
    const stored = (await get(staff, 'approved').expect(200)).body as YearlyReport;
    expect(stored.total.income).toBe(240900);
    expect(stored.models).toEqual(submitted.models);
    // The submitted version stays readable once approved: the same figures, and its workbook says which version it is.
    expect(((await get(staff, 'submitted').expect(200)).body as YearlyReport).models).toEqual(submitted.models);
    const xlsx = await download(t.http.get('/api/reports/yearly/export').query({ year: 2568, yearType: 'calendar', version: 'submitted', format: 'xlsx' }).set(admin.auth)).expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as ArrayBuffer);
    const rows = workbook.getWorksheet('สรุป')!.getSheetValues().filter((r): r is ExcelJS.CellValue[] => Array.isArray(r));
    expect(rows.find((r) => r[1] === 'สถานะ')!.slice(2, 4)).toEqual(['อนุมัติแล้ว', 'ฉบับที่เสนอ']);
    expect(rows.find((r) => r[1] === 'การจ้างงานคนพิการตามมาตรา 35')!.slice(2, 4)).toEqual([2, 240900]);
    await t.http.post('/api/reports/yearly/2568/submit').set(staff.auth).send({ yearType: 'calendar', note: 'x'.repeat(501) }).expect(400);
  });

  it('return (with a reason), withdraw and resubmit keep every step with its actor, time and note', async () => {
    const { staff, admin, elders } = await laoWithPlacements(t, 1);
    const post = (user: TestUser, step: string, body: object = {}) => t.http.post(`/api/reports/yearly/2568/${step}`).set(user.auth).send({ yearType: 'calendar', ...body });
    await post(staff, 'withdraw').expect(409);
    await post(staff, 'submit').expect(200);
    await post(admin, 'return').expect(400);
    await post(staff, 'return', { reason: 'x' }).expect(403);
    const returned = (await post(admin, 'return', { reason: 'ขาดรายได้เดือนกันยายน' }).expect(200)).body as YearlyReport;
    expect(returned).toMatchObject({ version: 'live', status: 'returned' });
    await post(admin, 'approve').expect(409);
    await post(staff, 'withdraw').expect(409);
    // The returned submission can still be read, under its new status.
    expect(((await get(staff, 'submitted').expect(200)).body as YearlyReport).status).toBe('returned');

    await income(staff, elders[0]!, '2025-09', 1234.56).expect(201);
    const again = (await post(staff, 'submit', { note: 'เพิ่มรายได้เดือนกันยายนแล้ว' }).expect(200)).body as YearlyReport;
    expect(again.total.income).toBe(120450 + 1234.56);
    await post(staff, 'withdraw').expect(200);
    await post(admin, 'approve').expect(409);
    await post(staff, 'submit').expect(200);
    const approved = (await post(admin, 'approve').expect(200)).body as YearlyReport;
    expect(approved.total.income).toBe(120450 + 1234.56);
    expect(approved.steps.map((s) => [s.action, s.by.email, s.reason])).toEqual([
      ['submit', staff.email, null],
      ['return', admin.email, 'ขาดรายได้เดือนกันยายน'],
      ['submit', staff.email, 'เพิ่มรายได้เดือนกันยายนแล้ว'],
      ['withdraw', staff.email, null],
      ['submit', staff.email, null],
      ['approve', admin.email, null],
    ]);
    expect(approved.steps.every((s) => !Number.isNaN(Date.parse(s.at)))).toBe(true);
  });

  it('a year still running, or not begun, cannot be submitted: 400 REPORT_PERIOD_OPEN naming the last day in BE', async () => {
    const { staff, lao } = await laoWithPlacements(t, 1);
    const thisYear = calendarYearOf(todayInBangkok());
    const open = await t.http.post(`/api/reports/yearly/${thisYear}/submit`).set(staff.auth).send({ yearType: 'calendar' }).expect(400);
    expect(open.body.code).toBe('REPORT_PERIOD_OPEN');
    expect(open.body.message).toContain(`31 ธันวาคม ${thisYear}`);
    const future = await t.http.post('/api/reports/yearly/2575/submit').set(staff.auth).send({ yearType: 'fiscal' }).expect(400);
    expect(future.body).toMatchObject({ code: 'REPORT_PERIOD_OPEN' });
    expect(future.body.message).toContain('30 กันยายน 2575');
    const { rows } = await t.owner.query<{ n: number }>(`SELECT count(*)::int AS n FROM yearly_report WHERE lao_id = $1`, [lao.id]);
    expect(rows[0]!.n).toBe(0);
  });

  it('four eyes by person: an admin cannot make a second admin account, nor approve their own submission', async () => {
    const { lao, staff, admin } = await laoWithPlacements(t, 1);
    await t.http.post('/api/reports/yearly/2568/submit').set(admin.auth).send({ yearType: 'calendar' }).expect(200);
    const second = await t.http.post('/api/users').set(admin.auth)
      .send({ email: `second-${lao.code}@test.example`, displayName: 'ผู้บริหาร สำรอง', role: 'lao_admin' }).expect(400);
    expect(second.body.errors[0]).toMatchObject({ field: 'role' });
    await t.http.patch(`/api/users/${staff.id}`).set(admin.auth).send({ role: 'lao_admin' }).expect(400);
    const { rows } = await t.owner.query<{ n: number }>(`SELECT count(*)::int AS n FROM app_user WHERE org_unit_id = $1 AND role = 'lao_admin'`, [lao.id]);
    expect(rows[0]!.n).toBe(1);
    const own = await t.http.post('/api/reports/yearly/2568/approve').set(admin.auth).send({ yearType: 'calendar' }).expect(403);
    expect(own.body.message).toContain('ผู้เสนอรายงานไม่สามารถอนุมัติ');
    // The admin may return their own submission (that signs nothing); staff resubmit, the admin approves.
    await t.http.post('/api/reports/yearly/2568/return').set(admin.auth).send({ yearType: 'calendar', reason: 'ให้เจ้าหน้าที่เสนอ' }).expect(200);
    await t.http.post('/api/reports/yearly/2568/submit').set(staff.auth).send({ yearType: 'calendar' }).expect(200);
    await t.http.post('/api/reports/yearly/2568/approve').set(admin.auth).send({ yearType: 'calendar' }).expect(200);
  });

  it('is per LAO: another LAO’s user gets 404 for the submitted version and cannot act on it; officers get 403', async () => {
    const { staff } = await laoWithPlacements(t, 1);
    await t.http.post('/api/reports/yearly/2568/submit').set(staff.auth).send({ yearType: 'calendar' }).expect(200);
    const other = await laoWithPlacements(t, 1);
    await get(other.staff, 'submitted').expect(404);
    await t.http.post('/api/reports/yearly/2568/withdraw').set(other.staff.auth).send({ yearType: 'calendar' }).expect(409);
    await t.http.post('/api/reports/yearly/2568/approve').set(other.admin.auth).send({ yearType: 'calendar' }).expect(409);
    await t.http.post('/api/reports/yearly/2568/return').set(other.admin.auth).send({ yearType: 'calendar', reason: 'x' }).expect(409);
    expect(((await get(staff, 'submitted').expect(200)).body as YearlyReport).status).toBe('submitted');
    const province = await t.user('province_officer', await t.orgUnit('province', other.lao.provinceCode));
    const dla = await t.user('dla_officer', await t.orgUnit('dla', 'DLA'));
    for (const officer of [province, dla]) {
      await get(officer, 'submitted').expect(403);
      await t.http.post('/api/reports/yearly/2568/withdraw').set(officer.auth).send({ yearType: 'calendar' }).expect(403);
      await t.http.post('/api/reports/yearly/2568/return').set(officer.auth).send({ yearType: 'calendar', reason: 'x' }).expect(403);
    }
    await t.http.get('/api/reports/yearly').query({ year: 2568, version: 'signed' }).set(staff.auth).expect(400);
  });

  it('racing a stream of income and placement writes, every stored version agrees with itself to the satang', async () => {
    const { staff, admin, lao, elders } = await laoWithPlacements(t, 3);
    const employer = (await t.http.post('/api/employers').set(staff.auth).send({ name: 'บริษัท แข่งขัน จำกัด', registrationNumber: registrationNumber('0106'), provinceCode: lao.provinceCode }).expect(201)).body as EmployerView;
    const newcomers: string[] = [];
    for (let i = 0; i < 6; i += 1) newcomers.push((await t.resident(staff, { disabilityType: 'visual' })).id);

    let writing = true;
    const writes = (async () => {
      let n = 0;
      for (const channel of ['market', 'shop', 'fair', 'online']) {
        for (let month = 1; month <= 12; month += 1) {
          const residentId = elders[n % elders.length]!;
          await income(staff, residentId, `2025-${String(month).padStart(2, '0')}`, 100 + n + 0.37, channel).expect(201);
          if (n % 8 === 0 && newcomers.length) {
            await t.http.post('/api/placements').set(staff.auth)
              .send({ residentId: newcomers.pop(), employerId: employer.id, modality: 'other_assistance', startDate: `2025-${String(month).padStart(2, '0')}-03`, endDate: '2025-12-30' }).expect(201);
          }
          n += 1;
        }
      }
      writing = false;
    })();

    const versions: YearlyReport[] = [];
    const step = (user: TestUser, name: string, body: object = {}) => t.http.post(`/api/reports/yearly/2568/${name}`).set(user.auth).send({ yearType: 'calendar', ...body });
    let rounds = 0;
    while (writing || rounds < 2) {
      // Two submissions race each other and the writes: exactly one wins.
      const [a, b] = await Promise.all([step(staff, 'submit'), step(staff, 'submit')]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      versions.push((a.status === 200 ? a : b).body as YearlyReport);
      const [approved, live] = await Promise.all([step(admin, 'approve').expect(200), get(staff, 'live').expect(200)]);
      versions.push(approved.body as YearlyReport, live.body as YearlyReport);
      expect((approved.body as YearlyReport).models).toEqual(versions.at(-3)!.models);
      versions.push((await get(staff, 'approved').expect(200)).body as YearlyReport);
      await step(admin, 'reopen', { reason: `รอบที่ ${rounds + 1}` }).expect(200);
      rounds += 1;
    }
    await writes;
    expect(rounds).toBeGreaterThanOrEqual(2);
    // The figures moved while the versions were taken (the race was real), and each version is whole.
    expect(new Set(versions.map((v) => v.total.income)).size).toBeGreaterThan(1);
    for (const version of versions) expectConsistent(version);
  }, 180_000);
});
