import type { Browser, Page } from 'playwright-core';
import { generate } from 'otplib';
import { baseUrl, describeInBrowser, launch, screenshot } from './support/browser';
import { linkInMail } from './support/mail';

const DLA_OFFICER = 'officer@dla.demo';
const DEMO_PASSWORD = 'elderwork-demo-2569';
// เทศบาลเมืองแม่เหียะ, Chiang Mai: not one of the demo LAOs, so it has no account until the DLA makes one.
const LAO_CODE = '4500103';
const RUN = Date.now().toString(36);
const ADMIN = { email: `admin.maehia.${RUN}@example.go.th`, name: 'ปลัดเทศบาลเมืองแม่เหียะ', password: 'ดอยสุเทพยามเช้า-2569' };
const STAFF = { email: `staff.maehia.${RUN}@example.go.th`, name: 'นักพัฒนาชุมชน แม่เหียะ', password: 'ลำธารใสไหลเย็น-2569', newPassword: 'ทุ่งนาเขียวขจี-2570' };

/** What the phone's authenticator app shows `steps` periods of 30 s from now (RFC 6238, as the API checks it). */
const totpCode = (secret: string, steps = 0): Promise<string> => generate({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });

/**
 * Issue 13's provisioning journey: the DLA officer creates the first administrator of an LAO that
 * has none; the administrator activates from the mail's link, turns on two-step sign-in (the test
 * computes the code from the secret on the screen, as a phone would), keeps the recovery codes and
 * creates a staff account; the staff member activates from their mail and changes their password.
 */
describeInBrowser('accounts from above: DLA → first LAO admin → staff (Chromium)', () => {
  let browser: Browser;
  let page: Page;
  let secret = '';
  let recoveryCodes: string[] = [];

  beforeAll(async () => {
    browser = await launch();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'th-TH', timezoneId: 'Asia/Bangkok' });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function signIn(email: string, password: string): Promise<void> {
    await page.goto(`${baseUrl()}/login`);
    await page.fill('input[name="email"]', email);
    await page.fill('input[name="password"]', password);
    await page.click('[data-testid="login-submit"]');
  }

  async function signOut(): Promise<void> {
    await page.click('[data-testid="logout"]');
    await page.waitForSelector('[data-testid="login-form"]');
  }

  /** Opens the link of the newest mail to `email` and chooses a password on the activation page. */
  async function activate(email: string, password: string, shot: string): Promise<void> {
    const link = await linkInMail(email, 'activate');
    expect(link.origin).toBe(baseUrl());
    await page.goto(link.href);
    await page.fill('#password', password);
    await page.fill('#confirm', password);
    await screenshot(page, shot);
    await page.click('[data-testid="set-password-submit"]');
    await page.locator('[data-testid="password-set"]').waitFor();
  }

  it('the DLA officer creates the first administrator of an LAO that has no account', async () => {
    await signIn(DLA_OFFICER, DEMO_PASSWORD);
    await page.click('[data-testid="nav-users"]');
    const form = page.locator('[data-testid="create-user-form"]');
    await form.waitFor();
    await form.locator('#email').fill(ADMIN.email);
    await form.locator('#displayName').fill(ADMIN.name);
    await form.locator('#role').selectOption('lao_admin');
    await form.locator('#orgUnitCode').fill(LAO_CODE);
    await page.click('[data-testid="create-user"]');
    await page.locator('[data-testid="user-created"]').waitFor();
    await screenshot(page, 'accounts-01-dla-creates-first-admin');
    await signOut();
  });

  it('the administrator activates from the mail, signs in and turns on two-step sign-in', async () => {
    await activate(ADMIN.email, ADMIN.password, 'accounts-02-admin-activates');
    await signIn(ADMIN.email, ADMIN.password);
    // ELDERWORK_REQUIRE_2FA is off on this server: the password alone signs in until the admin turns it on.
    expect(await page.locator('[data-testid="org-unit"]').textContent()).toContain('แม่เหียะ');

    await page.click('[data-testid="change-password-link"]');
    await page.click('[data-testid="second-factor-turn-on"]');
    await page.fill('#twoStepPassword', ADMIN.password);
    await page.click('[data-testid="second-factor-start"]');
    const shown = await page.locator('[data-testid="totp-secret"]').textContent();
    secret = (shown ?? '').replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(await page.locator('[data-testid="totp-qr"]').getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    await screenshot(page, 'accounts-03-admin-scans-qr');

    await page.fill('#twoStepCode', await totpCode(secret));
    await page.click('[data-testid="second-factor-confirm"]');
    const codes = page.locator('[data-testid="recovery-codes"] li code');
    await codes.first().waitFor();
    recoveryCodes = await codes.allTextContents();
    expect(recoveryCodes).toHaveLength(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){3}$/);
    await screenshot(page, 'accounts-04-admin-recovery-codes');
    await page.click('[data-testid="recovery-done"]');
    await page.locator('[data-testid="second-factor-on"]').waitFor();
    expect(await page.locator('[data-testid="second-factor-on"]').textContent()).toContain('10');
    await signOut();

    // From now on every sign-in asks for the code, though the server does not require it of admins.
    await signIn(ADMIN.email, ADMIN.password);
    await page.locator('[data-testid="totp-step"]').waitFor();
    await page.fill('#code', await totpCode(secret, 1));
    await screenshot(page, 'accounts-05-admin-signs-in-with-code');
    await page.click('[data-testid="totp-submit"]');
    await page.locator('[data-testid="logout"]').waitFor();
  });

  it('the administrator creates a staff account of their LAO', async () => {
    await page.click('[data-testid="nav-users"]');
    const form = page.locator('[data-testid="create-user-form"]');
    await form.waitFor();
    // An LAO administrator gives the staff role only, in their own LAO: no org unit to type.
    expect(await form.locator('#role option').allTextContents()).toHaveLength(1);
    expect(await form.locator('#orgUnitCode').count()).toBe(0);
    await form.locator('#email').fill(STAFF.email);
    await form.locator('#displayName').fill(STAFF.name);
    await page.click('[data-testid="create-user"]');
    await page.locator('[data-testid="user-created"]').waitFor();
    await page.waitForFunction((email) => document.querySelector('[data-testid="user-table"]')?.textContent?.includes(email) ?? false, STAFF.email);
    await screenshot(page, 'accounts-06-admin-creates-staff');
    await signOut();
  });

  it('the staff member activates from their mail and changes their password', async () => {
    await activate(STAFF.email, STAFF.password, 'accounts-07-staff-activates');
    await signIn(STAFF.email, STAFF.password);
    await page.locator('[data-testid="nav-residents"]').waitFor();
    expect(await page.locator('[data-testid="org-unit"]').textContent()).toContain('แม่เหียะ');

    await page.click('[data-testid="change-password-link"]');
    await page.waitForURL(/\/account\/password$/);
    await page.fill('#currentPassword', STAFF.password);
    await page.fill('#newPassword', STAFF.newPassword);
    await page.fill('#confirm', STAFF.newPassword);
    await page.click('[data-testid="change-password-submit"]');
    await page.locator('[data-testid="password-changed"]').waitFor();
    await screenshot(page, 'accounts-08-staff-changed-password');
    await signOut();

    // The old password no longer signs in; the new one does.
    await signIn(STAFF.email, STAFF.password);
    await page.locator('[data-testid="login-error"]').waitFor();
    await signIn(STAFF.email, STAFF.newPassword);
    await page.locator('[data-testid="nav-residents"]').waitFor();
    await signOut();
  });

  it('a kept recovery code stands in for the phone, once', async () => {
    await signIn(ADMIN.email, ADMIN.password);
    await page.locator('[data-testid="totp-step"]').waitFor();
    await page.fill('#code', recoveryCodes[0]!);
    await page.click('[data-testid="totp-submit"]');
    await page.locator('[data-testid="logout"]').waitFor();
    await signOut();

    await signIn(ADMIN.email, ADMIN.password);
    await page.locator('[data-testid="totp-step"]').waitFor();
    await page.fill('#code', recoveryCodes[0]!);
    await page.click('[data-testid="totp-submit"]');
    await page.locator('[data-testid="totp-error"]').waitFor();
    await screenshot(page, 'accounts-09-recovery-code-used-once');
  });
});
