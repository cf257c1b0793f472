import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { nationalIdCheckDigit } from '@elderwork/thai';
import { baseUrl, describeInBrowser, launch, screenshot } from './support/browser';
import { SCREENSHOTS } from './support/server';

/** A registry file of `n` elders with IDs from `base`; row 3 has a wrong checksum. */
function registryFile(name: string, n: number, base: number): string {
  const lines = ['nationalId,prefix,firstName,lastName,sex,birthDate,moo'];
  for (let i = 0; i < n; i += 1) {
    const stem = String(base + i);
    lines.push(`${i === 1 ? `${stem}${(nationalIdCheckDigit(stem) + 1) % 10}` : `${stem}${nationalIdCheckDigit(stem)}`},นาง,บุญมา,นำเข้าทดสอบ,female,12/04/2490,${1 + (i % 9)}`);
  }
  mkdirSync(join(SCREENSHOTS, 'uploads'), { recursive: true });
  const path = join(SCREENSHOTS, 'uploads', name);
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

async function registryTotal(page: Page): Promise<number> {
  await page.click('[data-testid="nav-residents"]');
  const total = page.locator('[data-testid="total"]');
  await total.waitFor();
  // "แสดง 1–20 จาก 1,234 …": the last number is the total.
  const numbers = ((await total.textContent()) ?? '').match(/[\d,]+/g) ?? ['0'];
  return Number((numbers.at(-1) ?? '0').replace(/,/g, ''));
}

/**
 * Issue #6's import as a user sees it: a large file shows a progress bar and ends with the
 * counts; a cancelled import says nothing was saved, and the registry shows nothing of it.
 */
describeInBrowser('importing the registry as a job (Chromium)', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'th-TH', timezoneId: 'Asia/Bangkok' });
    await page.goto(baseUrl());
    await page.fill('input[name="email"]', 'staff@maesai.demo');
    await page.fill('input[name="password"]', 'elderwork-demo-2569');
    await page.click('[data-testid="login-submit"]');
    await page.waitForSelector('[data-testid="nav-residents"]');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a large file shows its progress, then how many rows came in and which were refused', async () => {
    const before = await registryTotal(page);
    await page.click('[data-testid="nav-import"]');
    await page.setInputFiles('[data-testid="import-file"]', registryFile('registry-150k.csv', 150_000, 557_000_000_000));
    await page.click('[data-testid="import-submit"]');

    const progress = page.locator('[data-testid="import-progress"]');
    await progress.waitFor();
    // The bar moves while the file is read.
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="import-progress-bar"]')?.getAttribute('value')) > 0);
    expect(await page.locator('[data-testid="import-progress-rows"]').textContent()).toMatch(/^[1-9]\d*% · อ่านแล้ว [1-9][\d,]* แถว/);
    await screenshot(page, 'import-01-progress');

    await page.locator('[data-testid="import-result"]').waitFor({ timeout: 120_000 });
    expect(await progress.count()).toBe(0);
    expect(await page.locator('[data-testid="import-inserted"]').textContent()).toContain('149,999');
    expect(await page.locator('[data-testid="import-rejected"]').textContent()).toContain('1');
    expect(await page.locator('[data-testid="rejected-table"]').textContent()).toContain('เลขประจำตัวประชาชน');
    await screenshot(page, 'import-02-result');
    expect(await registryTotal(page)).toBe(before + 149_999);
  });

  it('a cancelled import says nothing was saved, and the registry is as it was', async () => {
    const before = await registryTotal(page);
    await page.click('[data-testid="nav-import"]');
    await page.setInputFiles('[data-testid="import-file"]', registryFile('registry-400k.csv', 400_000, 558_000_000_000));
    await page.click('[data-testid="import-submit"]');
    await page.locator('[data-testid="import-cancel"]').click();
    const cancelled = page.locator('[data-testid="import-cancelled"]');
    await cancelled.waitFor({ timeout: 60_000 });
    expect(await cancelled.textContent()).toContain('ไม่มีการบันทึกข้อมูลใด ๆ');
    expect(await page.locator('[data-testid="import-result"]').count()).toBe(0);
    await screenshot(page, 'import-03-cancelled');
    expect(await registryTotal(page)).toBe(before);
  });
});
