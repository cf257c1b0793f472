import type { Browser, Page } from 'playwright-core';
import { baseUrl, describeInBrowser, launch, screenshot } from './support/browser';

/**
 * Issue #2's journey: staff log in, enter an elder with a wrong ID checksum and see the
 * Thai error, correct it, save, and find the elder in the list.
 */
describeInBrowser('registering an elder (Chromium)', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'th-TH', timezoneId: 'Asia/Bangkok' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('staff log in, are told about a wrong ID checksum, correct it, and find the elder', async () => {
    await page.goto(baseUrl());
    await page.fill('input[name="email"]', 'staff@khlaengkachet.demo');
    await page.fill('input[name="password"]', 'elderwork-demo-2569');
    await page.click('[data-testid="login-submit"]');
    await page.waitForSelector('[data-testid="nav-residents"]');
    await page.waitForSelector('.recharts-surface');
    await screenshot(page, '01-home');

    await page.click('[data-testid="nav-residents"]');
    await page.click('[data-testid="register-resident"]');
    await page.fill('input[name="nationalId"]', '1234567890123');
    await page.selectOption('#prefixChoice', 'นาง');
    await page.fill('input[name="firstName"]', 'บุญเรือน');
    await page.fill('input[name="lastName"]', 'ทดสอบระบบ');
    await page.selectOption('select[name="sex"]', 'female');
    await page.fill('input[name="birthDate"]', '15/03/2500');
    await page.click('[data-testid="save-resident"]');

    const error = page.locator('[data-testid="error-nationalId"]');
    await error.waitFor();
    expect(await error.textContent()).toContain('เลขประจำตัวประชาชนไม่ถูกต้อง');
    await screenshot(page, '02-checksum-error');

    await page.fill('input[name="nationalId"]', '1234567890121');
    await page.click('[data-testid="save-resident"]');
    await page.waitForURL(/\/residents\?q=1234567890121$/);
    await page.locator('[data-testid="flash"]').waitFor();

    await page.fill('[data-testid="search-input"]', 'บุญเรือน ทดสอบระบบ');
    await page.press('[data-testid="search-input"]', 'Enter');
    const rows = page.locator('[data-testid="resident-row"]');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="resident-row"]').length === 1);
    const row = (await rows.first().textContent()) ?? '';
    expect(row).toContain('บุญเรือน');
    expect(row).toContain('1-2345-67890-12-1');
    // Born 15 March 1957: shown in the Buddhist Era.
    expect(row).toContain('2500');
    await screenshot(page, '03-found-in-list');
  });
});
