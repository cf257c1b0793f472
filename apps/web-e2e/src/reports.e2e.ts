import type { Browser, Page } from 'playwright-core';
import { baseUrl, describeInBrowser, launch, screenshot } from './support/browser';

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

/** The 2569 fiscal report (1 Oct 2568 – 30 Sep 2569), live or approved, loaded. */
async function openReport(page: Page, version: 'live' | 'approved'): Promise<void> {
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
      const headers = { Authorization: `Bearer ${sessionStorage.getItem('elderwork.token')}`, 'Content-Type': 'application/json' };
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
 * Issue #7's journey: staff submit the 2569 fiscal report, the administrator approves it, a
 * Section 35 placement recorded afterwards moves the live figures but not the approved ones, and
 * a DLA officer reads Khlaeng Kachet's approved 2568 figures in the statistics.
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

  it('staff submit the 2569 report, the administrator approves it, and later changes move only the live figures', async () => {
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
    await page.click('[data-testid="drill-close"]');

    await page.click('[data-testid="report-submit"]');
    await page.waitForSelector('[data-testid="report-status"][data-status="submitted"]');
    expect(await text(page, 'report-flash')).toContain('เสนอรายงานแล้ว');
    expect(await page.locator('[data-testid="step-row"][data-action="submit"]').count()).toBe(1);
    await screenshot(page, '32-report-submitted');
    await signOut(page);

    // The administrator approves it.
    await signIn(page, ADMIN);
    await openReport(page, 'live');
    expect(await page.getAttribute('[data-testid="report-status"]', 'data-status')).toBe('submitted');
    await page.click('[data-testid="report-approve"]');
    await page.waitForSelector('[data-testid="report-status"][data-status="approved"]');
    await page.waitForSelector('[data-testid="step-row"][data-action="approve"]');
    expect(await page.locator('[data-testid="report-reopen"]').count()).toBe(1);
    await screenshot(page, '33-report-approved');
    await signOut(page);

    // Staff again: the approved version equals the live one, until a placement is recorded.
    await signIn(page, STAFF);
    await openReport(page, 'live');
    const liveBefore = satang(await text(page, 'figure-section35-income'));
    await openReport(page, 'approved');
    const approved = await text(page, 'figure-section35-income');
    expect(satang(approved)).toBe(liveBefore);
    expect(await text(page, 'version-note')).toContain('ถูกตรึงไว้');

    await placeForJuly(page);

    await openReport(page, 'live');
    expect(await text(page, 'figure-section35-income')).toBe(baht(liveBefore + PLACEMENT_SATANG));
    await screenshot(page, '34-report-live-after-change');
    await openReport(page, 'approved');
    expect(await text(page, 'figure-section35-income')).toBe(approved);
    expect(await page.getAttribute('[data-testid="report-status"]', 'data-status')).toBe('approved');
    await screenshot(page, '35-report-approved-unchanged');
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
