import type { Browser, Page } from 'playwright-core';
import { nationalIdCheckDigit } from '@elderwork/thai';
import { baseUrl, describeInBrowser, launch, screenshot } from './support/browser';

const EMAIL = 'staff@maesai.demo';
const PASSWORD = 'elderwork-demo-2569';
const STEM = '357090012345';
const NATIONAL_ID = STEM + String(nationalIdCheckDigit(STEM));

interface Session {
  id: string;
  current: boolean;
}

/** Signs in beside the browser (another device) and ends every other session of the account: the browser's. */
async function endBrowserSession(): Promise<void> {
  const login = await fetch(`${baseUrl()}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const auth = { Authorization: `Bearer ${accessToken}` };
  const sessions = (await (await fetch(`${baseUrl()}/api/me/sessions`, { headers: auth })).json()) as Session[];
  for (const s of sessions.filter((x) => !x.current)) {
    const ended = await fetch(`${baseUrl()}/api/me/sessions/${s.id}`, { method: 'DELETE', headers: auth });
    expect(ended.status).toBe(204);
  }
  await fetch(`${baseUrl()}/api/auth/logout`, { method: 'POST', headers: auth });
}

/**
 * Issue 13's session journey: the session is shared by a second tab; it ends while the user is
 * half-way through a form; the password asked in a dialog brings it back and the form is saved as typed.
 */
describeInBrowser('a session that ends mid-form (Chromium)', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launch();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'th-TH', timezoneId: 'Asia/Bangkok' });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps the typed form through a re-login, and a second tab shares the session', async () => {
    await page.goto(baseUrl());
    await page.fill('input[name="email"]', EMAIL);
    await page.fill('input[name="password"]', PASSWORD);
    await page.click('[data-testid="login-submit"]');
    await page.waitForSelector('[data-testid="nav-residents"]');

    // A record opened in a new tab needs no new login.
    const second = await page.context().newPage();
    await second.goto(`${baseUrl()}/residents`);
    await second.waitForSelector('[data-testid="nav-residents"]');
    await second.close();

    await page.click('[data-testid="nav-residents"]');
    await page.click('[data-testid="register-resident"]');
    await page.fill('input[name="nationalId"]', NATIONAL_ID);
    await page.selectOption('#prefixChoice', 'นาย');
    await page.fill('input[name="firstName"]', 'เซสชัน');
    await page.fill('input[name="lastName"]', 'หมดอายุกลางทาง');
    await page.selectOption('select[name="sex"]', 'male');
    await page.fill('input[name="birthDate"]', '01/02/2495');

    await endBrowserSession();
    await page.click('[data-testid="save-resident"]');

    const dialog = page.locator('[data-testid="relogin-dialog"]');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(EMAIL);
    // The form is still there under the dialog, as typed.
    expect(await page.inputValue('input[name="lastName"]')).toBe('หมดอายุกลางทาง');
    await screenshot(page, 'session-01-relogin-dialog');

    await page.fill('#relogin-password', PASSWORD);
    await page.click('[data-testid="relogin-submit"]');
    await page.waitForURL(/\/residents\?q=\d{13}$/);
    await page.locator('[data-testid="flash"]').waitFor();

    await page.fill('[data-testid="search-input"]', 'เซสชัน หมดอายุกลางทาง');
    await page.press('[data-testid="search-input"]', 'Enter');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="resident-row"]').length === 1);
    expect(await page.locator('[data-testid="resident-row"]').first().textContent()).toContain('หมดอายุกลางทาง');
    await screenshot(page, 'session-02-saved-after-relogin');
  });
});
