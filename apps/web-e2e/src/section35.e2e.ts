import type { Browser, Page } from 'playwright-core';
import { baseUrl, describeInBrowser, launch, screenshot } from './support/browser';

/** 12-digit stem 010555012345 + its check digit (nationalIdCheckDigit in @elderwork/thai gives 1). */
const REGISTRATION_NUMBER = '0105550123451';
/** The same stem with a wrong check digit. */
const WRONG_CHECKSUM = '0105550123452';
const EMPLOYER = 'บริษัท ทดสอบเส้นทางมาตรา 35 จำกัด';

interface DemoElder {
  nationalId: string;
  firstName: string;
  lastName: string;
  disabilityType: string | null;
}

/** A disabled elder of the demo LAO, read through the API with the signed-in user's own token. */
async function firstDisabledElder(page: Page): Promise<DemoElder> {
  const elders = await page.evaluate(async () => {
    const token = localStorage.getItem('elderwork.token');
    const response = await fetch('/api/residents?pageSize=200', { headers: { Authorization: `Bearer ${token}` } });
    return ((await response.json()) as { items: DemoElder[] }).items;
  });
  const elder = elders.find((e) => e.disabilityType !== null);
  if (!elder) throw new Error('the demo data has no disabled elder');
  return elder;
}

const text = async (page: Page, testId: string): Promise<string> =>
  (await page.locator(`[data-testid="${testId}"]`).first().textContent()) ?? '';

/**
 * Issue #3's journey: staff read the Section 35 summary of 2568 (the seminar's published figure),
 * register an employer (after a wrong check digit), place a disabled elder with it for the first
 * half of 2569, see the value before and after saving, start the placement, record a payment and
 * watch the paid-to-date bar move.
 */
describeInBrowser('Section 35 placements (Chromium)', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'th-TH', timezoneId: 'Asia/Bangkok' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('staff see the 2568 summary, add an employer, place an elder, and record a payment', async () => {
    await page.goto(baseUrl());
    await page.fill('input[name="email"]', 'staff@khlaengkachet.demo');
    await page.fill('input[name="password"]', 'elderwork-demo-2569');
    await page.click('[data-testid="login-submit"]');
    await page.waitForSelector('[data-testid="nav-section35"]');

    // Summary: calendar 2568 is the published figure, 13 persons and 1,565,850 baht.
    await page.click('[data-testid="nav-section35"]');
    await page.waitForSelector('[data-testid="summary-persons"]');
    await page.selectOption('[data-testid="year-select"]', '2568');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="summary-period"]')?.textContent?.includes('1 มกราคม 2568'),
    );
    await page.waitForSelector('[data-testid="modality-chart"] .recharts-surface');
    expect(await text(page, 'summary-persons')).toContain('13 คน');
    expect(await text(page, 'summary-value')).toContain('1,565,850.00 บาท');
    await screenshot(page, '10-section35-summary-2568');

    // Employer: a wrong check digit is refused in Thai, the right one is saved.
    await page.click('[data-testid="tab-employers"]');
    await page.click('[data-testid="new-employer"]');
    await page.waitForSelector('select[name="provinceCode"] option[value="21"]', { state: 'attached' });
    await page.fill('input[name="name"]', EMPLOYER);
    await page.fill('input[name="registrationNumber"]', WRONG_CHECKSUM);
    await page.selectOption('select[name="provinceCode"]', '21');
    await page.fill('input[name="contactPerson"]', 'คุณทดสอบ ระบบดี');
    await page.click('[data-testid="employer-save"]');
    const regError = page.locator('[data-testid="error-registrationNumber"]');
    await regError.waitFor();
    expect(await regError.textContent()).toContain('เลขทะเบียนนิติบุคคลไม่ถูกต้อง');
    await page.fill('input[name="registrationNumber"]', REGISTRATION_NUMBER);
    await page.click('[data-testid="employer-save"]');
    await page.waitForURL(/\/section35\/employers$/);
    await page.locator('[data-testid="flash"]').waitFor();
    const employerRow = page.locator('[data-testid="employer-row"]', { hasText: EMPLOYER });
    expect(await employerRow.textContent()).toContain('0-1055-50123-45-1');
    expect(await employerRow.textContent()).toContain('ระยอง');
    await screenshot(page, '11-section35-employer-saved');

    // Placement: a disabled elder with the new employer, 1 Jan – 30 Jun 2569 at the 2569 rate.
    const elder = await firstDisabledElder(page);
    await page.click('[data-testid="tab-placements"]');
    await page.click('[data-testid="new-placement"]');
    await page.fill('[data-testid="elder-search"]', elder.nationalId);
    await page.press('[data-testid="elder-search"]', 'Enter');
    const option = page.locator('[data-testid="elder-option"][data-eligible="true"]', { hasText: elder.firstName });
    await option.locator('[data-testid="elder-choose"]').click();
    expect(await text(page, 'elder-selected')).toContain(`${elder.firstName} ${elder.lastName}`);
    await page.waitForSelector(`select[name="employerId"] option:text("${EMPLOYER}")`, { state: 'attached' });
    await page.selectOption('select[name="employerId"]', { label: EMPLOYER });
    await page.selectOption('select[name="modality"]', 'other_assistance');
    await page.fill('input[name="startDate"]', '01/01/2569');
    await page.fill('input[name="endDate"]', '30/06/2569');
    // 181 counted days × 337 baht (the 2569 rate, the placeholder of the empty rate field).
    await page.waitForFunction(() => document.querySelector('[data-testid="value-preview"]')?.getAttribute('data-value') === '60997.00');
    expect(await text(page, 'value-preview')).toContain('60,997.00 บาท');
    expect(await text(page, 'value-preview')).toContain('337.00 บาท × 181 วัน');
    expect(await page.getAttribute('input[name="dailyRate"]', 'placeholder')).toBe('337.00');
    await screenshot(page, '12-section35-placement-form');

    await page.click('[data-testid="placement-save"]');
    await page.waitForURL(/\/section35\/placements\/[0-9a-f-]{36}$/);
    await page.locator('[data-testid="flash"]').waitFor();
    expect(await text(page, 'placement-value')).toBe('60,997.00 บาท');
    expect(await text(page, 'placement-modality')).toBe('ให้การช่วยเหลืออื่นใด');
    expect(await page.getAttribute('[data-testid="paid-progress"]', 'aria-valuenow')).toBe('0');
    expect(await page.getAttribute('[data-testid="placement-status"]', 'data-status')).toBe('planned');

    // Start it, then record half the value as paid (the payment date defaults to today).
    await page.click('[data-testid="status-activate"]');
    await page.waitForSelector('[data-testid="placement-status"][data-status="active"]');
    await page.fill('input[name="amount"]', '30,498.50');
    await page.fill('input[name="reference"]', 'TR-2569-001');
    await page.click('[data-testid="payment-save"]');
    await page.locator('[data-testid="payment-row"]').waitFor();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="paid-progress"]')?.getAttribute('aria-valuenow') === '50',
    );
    expect(await text(page, 'placement-paid')).toBe('30,498.50 บาท');
    expect(await text(page, 'payment-row')).toContain('TR-2569-001');
    await screenshot(page, '13-section35-payment-recorded');

    // A payment beyond the remaining value is refused on the amount field.
    await page.fill('input[name="amount"]', '40000');
    await page.click('[data-testid="payment-save"]');
    await page.locator('[data-testid="error-amount"]').waitFor();
    expect(await page.getAttribute('[data-testid="paid-progress"]', 'aria-valuenow')).toBe('50');

    // The list, filtered to 2569 and the new employer, shows the placement once.
    await page.click('[data-testid="tab-placements"]');
    await page.selectOption('[data-testid="year-select"]', '2569');
    await page.selectOption('[data-testid="filter-employer"]', { label: EMPLOYER });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="placement-row"]').length === 1);
    const row = await text(page, 'placement-row');
    expect(row).toContain(elder.firstName);
    expect(row).toContain('ให้การช่วยเหลืออื่นใด');
    expect(row).toContain('60,997.00');
    expect(row).toContain('30,498.50');
    await screenshot(page, '14-section35-placement-list');

    // The same page in English.
    await page.click('[data-testid="lang-en"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="placement-row"]')?.textContent?.includes('Other assistance'));
    await page.click('[data-testid="lang-th"]');

    // Staff read the rates but cannot change them.
    await page.click('[data-testid="tab-rates"]');
    await page.locator('[data-testid="rate-row"][data-year="2569"]').waitFor();
    expect(await page.locator('[data-testid="rate-form"]').count()).toBe(0);
  });

  it('a DLA officer adds the rate of a new year from the officers’ home', async () => {
    const officer = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'th-TH', timezoneId: 'Asia/Bangkok' });
    await officer.goto(baseUrl());
    await officer.fill('input[name="email"]', 'officer@dla.demo');
    await officer.fill('input[name="password"]', 'elderwork-demo-2569');
    await officer.click('[data-testid="login-submit"]');
    await officer.click('[data-testid="officer-rates-link"]');
    const rate2569 = officer.locator('[data-testid="rate-row"][data-year="2569"]');
    await rate2569.waitFor();
    expect(await rate2569.textContent()).toContain('123,005.00');
    await officer.fill('input[name="year"]', '2570');
    await officer.fill('input[name="dailyRate"]', '345');
    await officer.click('[data-testid="rate-save"]');
    await officer.locator('[data-testid="flash"]').waitFor();
    // 345 baht × 365 days.
    const rate2570 = officer.locator('[data-testid="rate-row"][data-year="2570"]');
    await rate2570.waitFor();
    expect(await rate2570.textContent()).toContain('125,925.00');
    await screenshot(officer, '15-section35-rates-dla');
    await officer.close();
  });
});
