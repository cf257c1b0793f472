import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, describeInBrowser, launch, screenshot } from './support/browser';
import { pdfFirstPagePng, pdfText, saveDownload } from './support/files';

const PASSWORD = 'elderwork-demo-2569';
const STAFF = 'staff@khlaengkachet.demo';
const ADMIN = 'admin@khlaengkachet.demo';
const DLA = 'officer@dla.demo';
/** 12-digit stem 010555098765 + its check digit (nationalIdCheckDigit in @elderwork/thai gives 1). */
const REGISTRATION_NUMBER = '0105550987651';
/** 1–31 July 2569 (CE 2026), inside fiscal 2569: 31 counted days × 337 baht. */
const PLACEMENT = { startDate: '2026-07-01', endDate: '2026-07-31', dailyRate: 337 };
const PLACEMENT_SATANG = 31 * 337 * 100;

const text = async (page: Page, testId: string): Promise<string> =>
  (await page.locator(`[data-testid="${testId}"]`).first().textContent()) ?? '';

/** '1,565,850.00' → 156585000 satang (exact, no floating point). */
const satang = (shown: string): number => Number(shown.replace(/[^\d]/g, ''));
const baht = (s: number): string => `${Math.floor(s / 100).toLocaleString('en-US')}.${String(s % 100).padStart(2, '0')}`;
/** A baht amount in a file ('1234.5' or 1234.5) → satang. */
const fileSatang = (amount: string | number): number => Math.round(Number(amount) * 100);

/** Click a download button and save the file the browser receives; returns its name and path. */
async function downloadFrom(page: Page, testId: string): Promise<{ name: string; path: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="${testId}"]`)]);
  return { name: download.suggestedFilename(), path: await saveDownload(download) };
}

/** The cells of the first row of a sheet whose first cell is `first` (index 1 = column A). */
function sheetRow(sheet: ExcelJS.Worksheet, first: string): ExcelJS.CellValue[] {
  const row = sheet.getSheetValues().find((r): r is ExcelJS.CellValue[] => Array.isArray(r) && r[1] === first);
  if (!row) throw new Error(`no row "${first}" in sheet ${sheet.name}`);
  return row;
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.fill('input[name="email"]', email);
  await page.fill('input[name="password"]', PASSWORD);
  await page.click('[data-testid="login-submit"]');
  await page.waitForSelector('[data-testid="logout"]');
}

async function signOut(page: Page): Promise<void> {
  await page.click('[data-testid="logout"]');
  await page.waitForSelector('[data-testid="login-submit"]');
}

/** The 2569 fiscal report (1 Oct 2568 – 30 Sep 2569), live, submitted or approved, loaded. */
async function openReport(page: Page, version: 'live' | 'submitted' | 'approved'): Promise<void> {
  await page.goto(`${baseUrl()}/reports/yearly?year=2569&yearType=fiscal&version=${version}`);
  await page.waitForSelector(`[data-testid="version-${version}"][aria-pressed="true"]`);
  await page.waitForFunction(() => document.querySelector('[data-testid="report-period"]')?.textContent?.includes('1 ตุลาคม 2568'));
}

/**
 * With the staff member's own token: a new employer and a Section 35 placement of a disabled demo
 * elder with it in July 2569, which adds exactly its value to the live figures of fiscal 2569.
 */
async function placeForJuly(page: Page): Promise<void> {
  await page.evaluate(
    async ({ registrationNumber, placement }) => {
      const headers = { Authorization: `Bearer ${localStorage.getItem('elderwork.token')}`, 'Content-Type': 'application/json' };
      const call = async <T>(path: string, body?: unknown): Promise<T> => {
        const response = await fetch(path, body === undefined ? { headers } : { method: 'POST', headers, body: JSON.stringify(body) });
        if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
        return (await response.json()) as T;
      };
      const elders = (await call<{ items: { id: string; disabilityType: string | null }[] }>('/api/residents?pageSize=200')).items;
      const elder = elders.find((e) => e.disabilityType !== null);
      if (!elder) throw new Error('the demo data has no disabled elder');
      const employer = await call<{ id: string }>('/api/employers', {
        name: 'บริษัท ทดสอบรายงานประจำปี จำกัด',
        registrationNumber,
        provinceCode: '21',
      });
      await call('/api/placements', { residentId: elder.id, employerId: employer.id, modality: 'other_assistance', ...placement });
    },
    { registrationNumber: REGISTRATION_NUMBER, placement: PLACEMENT },
  );
}

/**
 * Issue #7's and #12's journey: staff submit the 2569 fiscal report after a confirmation with a note
 * (the drill-down's CSV adds up to the figure); a Section 35 placement recorded afterwards changes the
 * data; the administrator sees the submitted figures beside today's and the difference, and returns
 * the report with a reason; staff resubmit; the administrator approves the resubmitted figures (with
 * a note) and downloads the approved version's XLSX and PDF, which hold them. Then a DLA officer reads
 * Khlaeng Kachet's approved 2568 figures in the statistics.
 */
describeInBrowser('yearly report and statistics (Chromium)', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'th-TH', timezoneId: 'Asia/Bangkok' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Confirms the open dialog of `step`, with `text` as its note or reason. */
  async function confirmStep(step: 'submit' | 'approve' | 'return', text: string | null, shot?: string): Promise<void> {
    await page.click(`[data-testid="report-${step}"]`);
    await page.waitForSelector(`[data-testid="confirm-dialog"][data-step="${step}"]`);
    if (text !== null) await page.fill('[data-testid="confirm-text"]', text);
    if (shot) await screenshot(page, shot);
    await page.click('[data-testid="confirm-ok"]');
    await page.waitForSelector('[data-testid="confirm-dialog"]', { state: 'detached' });
  }

  it('staff submit the 2569 report, data change, the administrator returns it, staff resubmit, the administrator approves what was resubmitted', async () => {
    await page.goto(baseUrl());
    await signIn(page, STAFF);

    // The dashboard on the home page, with its charts.
    await page.waitForSelector('[data-testid="dashboard-income"]');
    await page.waitForSelector('[data-testid="monthly-trend-chart"] .recharts-surface');
    await page.waitForTimeout(1000); // the charts' entry animation, for the screenshot
    await screenshot(page, '30-report-dashboard');

    // The report through the menu: fiscal 2569, live, not yet submitted.
    await page.click('[data-testid="nav-report"]');
    await page.waitForSelector('[data-testid="report-total-income"]');
    await page.selectOption('[data-testid="year-select"]', '2569');
    await page.selectOption('[data-testid="year-type-select"]', 'fiscal');
    await page.waitForFunction(() => document.querySelector('[data-testid="report-period"]')?.textContent?.includes('1 ตุลาคม 2568'));
    expect(['draft', 'reopened']).toContain(await page.getAttribute('[data-testid="report-status"]', 'data-status'));
    expect(await page.locator('[data-testid="report-approve"]').count()).toBe(0);

    // Drill-down: the records behind the total income add up to it.
    const totalIncome = await text(page, 'figure-total-income');
    await page.click('[data-testid="figure-total-income"]');
    await page.waitForSelector('[data-testid="drill-sum"]');
    expect(await text(page, 'drill-sum-income')).toBe(totalIncome);
    expect(await page.getAttribute('[data-testid="drill-sum"]', 'data-persons')).toBe((await text(page, 'figure-total-persons')).replace(/,/g, ''));
    await screenshot(page, '31-report-drilldown');
    // The same records as CSV: one line per row shown, national IDs masked, adding up to the figure.
    const csv = await downloadFrom(page, 'drill-download-csv');
    expect(csv.name).toBe('elderwork-report-records-2569.csv');
    const [header, ...lines] = readFileSync(csv.path, 'utf8').replace(/^\uFEFF/, '').trim().split('\n');
    expect(header).toBe('รูปแบบการส่งเสริม,ชื่อ-นามสกุล,เลขประจำตัวประชาชน,เดือน,รายได้ (บาท),ที่มาของรายได้');
    expect(lines).toHaveLength(await page.locator('[data-testid="drill-row"]').count());
    const fields = lines.map((line) => line.split(','));
    expect(fields.every((f) => /^\d-\d{4}-x{5}-xx-\d$/.test(f.at(-4) ?? ''))).toBe(true);
    expect(fields.reduce((sum, f) => sum + fileSatang(f.at(-2) ?? 'NaN'), 0)).toBe(satang(totalIncome));
    await page.click('[data-testid="drill-close"]');

    // Submit: a confirmation that shows the figures, with a note kept in the steps.
    const submitted = satang(await text(page, 'figure-section35-income'));
    await confirmStep('submit', 'ตรวจทานกับทะเบียนแล้ว', '32-report-submit-confirm');
    await page.waitForSelector('[data-testid="report-status"][data-status="submitted"]');
    expect(await text(page, 'report-flash')).toContain('เสนอรายงานแล้ว');
    expect(await text(page, 'step-row')).toContain('ตรวจทานกับทะเบียนแล้ว');

    // The data changes after the submission.
    await placeForJuly(page);
    await signOut(page);

    // The administrator is sent to the submitted figures, and sees the change beside them.
    await signIn(page, ADMIN);
    await openReport(page, 'live');
    expect(await page.getAttribute('[data-testid="report-status"]', 'data-status')).toBe('submitted');
    expect(await page.locator('[data-testid="report-approve"]').count()).toBe(0);
    await page.click('[data-testid="report-open-submitted"]');
    await page.waitForSelector('[data-testid="submission-changes"][data-changed="true"]');
    expect(await text(page, 'figure-section35-income')).toBe(baht(submitted));
    expect(await text(page, 'change-section35-submitted-income')).toBe(baht(submitted));
    expect(await text(page, 'change-section35-now-income')).toBe(baht(submitted + PLACEMENT_SATANG));
    expect(await text(page, 'change-section35-difference')).toBe(`+${baht(PLACEMENT_SATANG)}`);
    expect(await page.getAttribute('[data-testid="change-row"][data-model="caregiver"]', 'data-changed')).toBe('false');
    await screenshot(page, '33-report-submitted-vs-live');

    // …and returns it with a reason.
    await confirmStep('return', 'มีการจัดจ้างเดือนกรกฎาคมเพิ่ม กรุณาเสนอใหม่', '34-report-return-reason');
    await page.waitForSelector('[data-testid="report-status"][data-status="returned"]');
    expect(await text(page, 'report-flash')).toContain('ส่งรายงานกลับ');
    await signOut(page);

    // Staff see why, and resubmit: the new snapshot holds the July placement.
    await signIn(page, STAFF);
    await openReport(page, 'live');
    expect(await page.getAttribute('[data-testid="report-status"]', 'data-status')).toBe('returned');
    expect(await page.locator('[data-testid="step-row"][data-action="return"]').textContent()).toContain('มีการจัดจ้างเดือนกรกฎาคมเพิ่ม');
    expect(await text(page, 'figure-section35-income')).toBe(baht(submitted + PLACEMENT_SATANG));
    await confirmStep('submit', null);
    await page.waitForSelector('[data-testid="report-status"][data-status="submitted"]');
    await signOut(page);

    // The administrator approves the resubmitted figures, with a note.
    await signIn(page, ADMIN);
    await openReport(page, 'submitted');
    await page.waitForSelector('[data-testid="submission-changes"][data-changed="false"]');
    const approved = await text(page, 'figure-section35-income');
    expect(approved).toBe(baht(submitted + PLACEMENT_SATANG));
    await confirmStep('approve', 'อนุมัติตามที่เสนอ', '35-report-approve-confirm');
    await page.waitForSelector('[data-testid="report-status"][data-status="approved"]');
    await page.waitForSelector('[data-testid="step-row"][data-action="approve"]');
    expect(await page.locator('[data-testid="step-row"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action')))).toEqual(['submit', 'return', 'submit', 'approve']);
    expect(await page.locator('[data-testid="report-reopen"]').count()).toBe(1);

    // The approved version holds the resubmitted figures; its files, downloaded from the page, too.
    await openReport(page, 'approved');
    expect(await text(page, 'figure-section35-income')).toBe(approved);
    expect(await text(page, 'version-note')).toContain('ถูกตรึงไว้');
    expect(await page.getAttribute('[data-testid="report-status"]', 'data-status')).toBe('approved');
    await screenshot(page, '38-report-approved-after-return');
    const laoName = (await text(page, 'report-period')).split(' · ')[0];
    expect(laoName).toContain('แกลง-กะเฉด');
    const persons = Number((await text(page, 'figure-section35-persons')).replace(/,/g, ''));
    const xlsx = await downloadFrom(page, 'report-download-xlsx');
    expect(xlsx.name).toBe('elderwork-report-2569-fiscal.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx.path);
    const summary = workbook.getWorksheet('สรุป');
    if (!summary) throw new Error(`no summary sheet: ${workbook.worksheets.map((w) => w.name).join(', ')}`);
    expect(sheetRow(summary, 'รายงานรายได้ผู้สูงอายุประจำปี')[2]).toBe(laoName);
    expect(sheetRow(summary, 'ปีงบประมาณ พ.ศ.')[2]).toBe(2569);
    expect(sheetRow(summary, 'สถานะ').slice(2, 4)).toEqual(['อนุมัติแล้ว', 'ฉบับอนุมัติ']);
    const [, , xlsxPersons, xlsxIncome] = sheetRow(summary, 'การจ้างงานคนพิการตามมาตรา 35');
    expect(xlsxPersons).toBe(persons);
    expect(typeof xlsxIncome).toBe('number');
    expect(fileSatang(Number(xlsxIncome))).toBe(satang(approved));

    const pdf = await downloadFrom(page, 'report-download-pdf');
    expect(pdf.name).toBe('elderwork-report-2569-fiscal.pdf');
    expect(readFileSync(pdf.path).subarray(0, 5).toString()).toBe('%PDF-');
    const pdfWords = pdfText(pdf.path);
    expect(pdfWords).toContain(laoName);
    expect(pdfWords).toContain('ปีงบประมาณ พ.ศ. 2569');
    expect(pdfWords).toContain('สถานะ: อนุมัติแล้ว · ฉบับอนุมัติ');
    expect(pdfWords).toContain(approved);
    // The steps, the return among them.
    expect(pdfWords).toContain('ส่งกลับ');
    // The first page as the admin will print it, kept beside the screenshots.
    const png = pdfFirstPagePng(pdf.path, '39-approved-report-pdf-page-1');
    expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
    await signOut(page);
  });

  it('a DLA officer reads Khlaeng Kachet’s approved 2568 figures by LAO, with small cells hidden', async () => {
    await page.goto(baseUrl());
    await signIn(page, DLA);
    await page.click('[data-testid="officer-statistics-link"]');
    await page.waitForSelector('[data-testid="coverage"]');
    expect(await page.locator('[data-testid="nav-statistics"]').count()).toBe(1);
    await page.selectOption('[data-testid="year-select"]', '2568');
    await page.selectOption('[data-testid="year-type-select"]', 'calendar');
    await page.selectOption('[data-testid="group-by-select"]', 'lao');
    const row = page.locator('[data-testid="statistics-row"][data-key="5210104"]');
    await row.waitFor();
    expect(await row.locator('[data-testid="cell-section35-persons"]').textContent()).toBe('13');
    expect(await row.locator('[data-testid="cell-section35-income"]').textContent()).toBe('1,565,850.00');
    expect(await text(page, 'coverage')).toMatch(/^อนุมัติแล้ว \d+ จาก [\d,]+ อปท\.$/);
    expect(Number(await page.getAttribute('[data-testid="coverage"]', 'data-approved'))).toBeGreaterThanOrEqual(3);
    await page.waitForSelector('[data-testid="statistics-chart"] .recharts-bar-rectangle');
    await page.waitForSelector('[data-testid="missing-count"]');
    await page.waitForTimeout(1000); // the bars' entry animation, for the screenshot
    await screenshot(page, '36-statistics-dla-by-lao');

    // The LAOs still missing, on demand.
    await page.click('[data-testid="missing-details"] summary');
    await page.locator('[data-testid="missing-row"]').first().waitFor();
    await page.fill('[data-testid="missing-filter"]', 'ระยอง');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="missing-row"]')].every((r) => r.textContent?.includes('ระยอง')),
    );
    expect(await page.locator('[data-testid="missing-row"][data-code="5210104"]').count()).toBe(0);
    await screenshot(page, '37-statistics-missing-laos');
  });
});
