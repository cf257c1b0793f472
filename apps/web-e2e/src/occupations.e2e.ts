import type { Browser, Page } from 'playwright-core';
import { baseUrl, describeInBrowser, launch, screenshot } from './support/browser';

interface Elder {
  id: string;
  nationalId: string;
  firstName: string;
  lastName: string;
}

/** Today in Bangkok (UTC+7, no DST) as [CE year, month]. */
function bangkokToday(): [number, number] {
  const now = new Date(Date.now() + 7 * 3_600_000);
  return [now.getUTCFullYear(), now.getUTCMonth() + 1];
}

/** The BE fiscal year of today (1 October starts the next one) and the month the journey enters. */
function periodOfToday(): { fiscalYear: number; month: string } {
  const [year, month] = bangkokToday();
  const fiscalYear = (month >= 10 ? year + 1 : year) + 543;
  // Last month if it is still in this fiscal year (October starts one), else this month: never a future month.
  const [y, m] = month === 10 ? [year, 10] : month === 1 ? [year - 1, 12] : [year, month - 1];
  return { fiscalYear, month: `${y}-${String(m).padStart(2, '0')}` };
}

/** Baht text with at most two decimals → satang, for exact comparison ('2062.85' → 206285). */
const satang = (baht: string): number => {
  const [whole, frac = ''] = baht.replace(/,/g, '').split('.');
  return Number(whole) * 100 + Number(frac.padEnd(2, '0'));
};

/** With the signed-in user's own token: the month's income lines, and three elders who have none that month. */
async function monthState(page: Page, month: string): Promise<{ lines: number; residentIds: string[]; amount: number; elders: Elder[] }> {
  return page.evaluate(async (m) => {
    const headers = { Authorization: `Bearer ${localStorage.getItem('elderwork.token')}` };
    const get = async <T>(path: string): Promise<T> => (await (await fetch(path, { headers })).json()) as T;
    const income = await get<{ items: { resident: { id: string } }[]; amount: number }>(`/api/income-records?month=${m}`);
    const withIncome = new Set(income.items.map((r) => r.resident.id));
    const elders = (await get<{ items: Elder[] }>('/api/residents?pageSize=200')).items.filter((e) => !withIncome.has(e.id));
    return { lines: income.items.length, residentIds: [...withIncome], amount: income.amount, elders: elders.slice(-3) };
  }, month);
}

/** 'YYYY-MM-DD' (CE) n days from today in Bangkok, and the same as typed in BE ('DD/MM/YYYY'). */
function dayFromToday(n: number): { iso: string; be: string; weekday: number } {
  const d = new Date(Date.now() + 7 * 3_600_000 + n * 86_400_000);
  const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  const pad = (v: number) => String(v).padStart(2, '0');
  return { iso: `${y}-${pad(m)}-${pad(day)}`, be: `${pad(day)}/${pad(m)}/${y + 543}`, weekday: ((d.getUTCDay() + 6) % 7) + 1 };
}

async function login(page: Page, email: string): Promise<void> {
  await page.goto(baseUrl());
  await page.fill('input[name="email"]', email);
  await page.fill('input[name="password"]', 'elderwork-demo-2569');
  await page.click('[data-testid="login-submit"]');
  await page.waitForSelector('[data-testid="nav-occupations"]');
}

const text = async (page: Page, testId: string): Promise<string> =>
  (await page.locator(`[data-testid="${testId}"]`).first().textContent()) ?? '';

/** The summary's income total (baht, two decimals) once the period asked for is on screen. */
async function incomeTotal(page: Page, fiscalYear: number): Promise<string> {
  await page.waitForFunction(
    (fy) => document.querySelector('[data-testid="summary-period"]')?.textContent?.includes(`30 กันยายน ${fy}`),
    fiscalYear,
  );
  return (await page.getAttribute('[data-testid="summary-income"]', 'data-value')) ?? '';
}

/**
 * Issue #5's journey: staff read the independent-occupations summary of this fiscal year, enter a
 * month of income for three elders in the grid — one amount invalid (12.345), refused with its
 * row error and nothing saved — fix it, save, and see the summary's income total grow by exactly
 * the sum entered.
 */
describeInBrowser('Independent occupations: the month income grid (Chromium)', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'th-TH', timezoneId: 'Asia/Bangkok' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('staff enter a month of income for three elders; a wrong amount refuses the whole month; the summary moves by the sum', async () => {
    const { fiscalYear, month } = periodOfToday();
    await login(page, 'staff@khlaengkachet.demo');

    // Summary of this fiscal year (the default): read the income total.
    await page.click('[data-testid="nav-occupations"]');
    expect(await page.inputValue('[data-testid="year-select"]')).toBe(String(fiscalYear));
    expect(await page.inputValue('[data-testid="year-type-select"]')).toBe('fiscal');
    const before = await incomeTotal(page, fiscalYear);
    expect(before).toMatch(/^\d+\.\d{2}$/);
    await screenshot(page, '20-occupations-summary-before');

    // Three elders with no income yet in the month (checked through the API with the page's token).
    const state = await monthState(page, month);
    expect(state.elders).toHaveLength(3);
    const [a, b, c] = state.elders;

    // The month grid, the month chosen in BE.
    await page.click('[data-testid="occ-tab-income"]');
    await page.waitForSelector('[data-testid="income-grid"]');
    await page.selectOption('[data-testid="month-select"]', month);
    await page.waitForURL(new RegExp(`month=${month}$`));
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="income-row"]').length === Math.max(1, n), state.lines);
    let first = 1;
    if (state.lines > 0) {
      await page.click('[data-testid="income-add-row"]');
      first = state.lines + 1;
    }
    const [r1, r2, r3] = [first, first + 1, first + 2];

    // Row 1 by keyboard: ID + Enter chooses the elder and moves to the amount; Enter moves on.
    await page.click(`[data-testid="cell-${r1}-elder"]`);
    await page.keyboard.type(a.nationalId);
    await page.keyboard.press('Enter');
    await page.waitForSelector(`[data-testid="cell-${r1}-elder"][data-resident="${a.id}"]`);
    await page.waitForFunction((r) => document.activeElement?.getAttribute('data-testid') === `cell-${r}-amount`, r1);
    await page.keyboard.type('1,250.50');
    await page.keyboard.press('Enter');
    await page.waitForFunction((r) => document.activeElement?.getAttribute('data-testid') === `cell-${r}-source`, r1);
    await page.selectOption(`[data-testid="cell-${r1}-source"]`, 'product');
    await page.selectOption(`[data-testid="cell-${r1}-product"]`, { label: 'ขนมไทยบ้านกะเฉด' });
    await page.selectOption(`[data-testid="cell-${r1}-channel"]`, 'market');
    // Enter past the last cell adds the next row and puts the cursor in its elder cell.
    await page.click(`[data-testid="cell-${r1}-note"]`);
    await page.keyboard.press('Enter');
    await page.waitForFunction((r) => document.activeElement?.getAttribute('data-testid') === `cell-${r}-elder`, r2);

    // Row 2: an amount with three decimals.
    await page.keyboard.type(b.nationalId);
    await page.keyboard.press('Enter');
    await page.waitForSelector(`[data-testid="cell-${r2}-elder"][data-resident="${b.id}"]`);
    await page.fill(`[data-testid="cell-${r2}-amount"]`, '12.345');
    await page.selectOption(`[data-testid="cell-${r2}-source"]`, 'service');
    await page.selectOption(`[data-testid="cell-${r2}-channel"]`, 'order');
    await page.fill(`[data-testid="cell-${r2}-note"]`, 'รับจ้างทำความสะอาด');
    await page.keyboard.press('Enter');
    await page.waitForFunction((r) => document.activeElement?.getAttribute('data-testid') === `cell-${r}-elder`, r3);

    // Row 3.
    await page.keyboard.type(c.nationalId);
    await page.keyboard.press('Enter');
    await page.waitForSelector(`[data-testid="cell-${r3}-elder"][data-resident="${c.id}"]`);
    await page.fill(`[data-testid="cell-${r3}-amount"]`, '800');
    await page.selectOption(`[data-testid="cell-${r3}-source"]`, 'other');
    await page.selectOption(`[data-testid="cell-${r3}-channel"]`, 'fair');

    // Save: refused as a whole, the error on row 2's amount, what was typed still there.
    await page.click('[data-testid="income-save"]');
    const amountError = page.locator(`[data-testid="error-rows.${r2}.amount"]`);
    await amountError.waitFor();
    expect(await amountError.textContent()).toContain('จำนวนเงินต้องมากกว่า 0 ไม่เกิน 9,999,999,999.99 บาท และมีทศนิยมไม่เกิน 2 ตำแหน่ง');
    expect(await text(page, 'form-error')).toContain('ไม่ได้บันทึกข้อมูลใด ๆ');
    expect(await page.inputValue(`[data-testid="cell-${r2}-amount"]`)).toBe('12.345');
    expect(await page.inputValue(`[data-testid="cell-${r1}-amount"]`)).toBe('1,250.50');
    expect(await page.locator(`[data-testid="error-rows.${r1}.amount"]`).count()).toBe(0);
    expect(await page.getAttribute(`[data-testid="income-row"][data-row="${r2}"]`, 'data-invalid')).toBe('true');
    await screenshot(page, '21-occupations-income-refused');
    const afterRefusal = await monthState(page, month);
    expect(afterRefusal.lines).toBe(state.lines);
    expect(afterRefusal.amount).toBe(state.amount);

    // Fix the amount: its error goes at once; save the month.
    await page.fill(`[data-testid="cell-${r2}-amount"]`, '12.35');
    expect(await amountError.count()).toBe(0);
    await page.click('[data-testid="income-save"]');
    const flash = page.locator('[data-testid="flash"]');
    await flash.waitFor();
    expect(await flash.textContent()).toContain('เพิ่ม 3');
    expect(await page.getAttribute(`[data-testid="cell-${r1}-elder"]`, 'data-resident')).toBeTruthy();
    await screenshot(page, '22-occupations-income-saved');
    const saved = await monthState(page, month);
    expect(saved.lines).toBe(state.lines + 3);
    const entered = satang('1250.50') + satang('12.35') + satang('800');
    expect(Math.round(saved.amount * 100) - Math.round(state.amount * 100)).toBe(entered);

    // The summary of the fiscal year has grown by exactly what was entered.
    await page.click('[data-testid="occ-tab-summary"]');
    const after = await incomeTotal(page, fiscalYear);
    expect(satang(after) - satang(before)).toBe(entered);
    await page.waitForSelector('[data-testid="income-month-chart"] .recharts-surface');
    await page.waitForSelector('[data-testid="income-channel-chart"] .recharts-surface');
    await screenshot(page, '23-occupations-summary-after');
  });
  it('Lam Narai staff open an elderly-school term, enrol two elders, tick one present, and read a job’s matches with their reasons', async () => {
    const staff = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'th-TH', timezoneId: 'Asia/Bangkok' });
    await login(staff, 'staff@lamnarai.demo');
    const elders = await staff.evaluate(async () => {
      const headers = { Authorization: `Bearer ${localStorage.getItem('elderwork.token')}` };
      return ((await (await fetch('/api/residents?pageSize=200', { headers })).json()) as { items: Elder[] }).items.slice(-2);
    });
    expect(elders).toHaveLength(2);

    // A term of one session a week, two weeks back to two weeks ahead: five sessions, three held (today's too).
    const start = dayFromToday(-14);
    const end = dayFromToday(14);
    await staff.click('[data-testid="nav-occupations"]');
    await staff.click('[data-testid="occ-tab-courses"]');
    await staff.click('[data-testid="new-course"]');
    await staff.selectOption('select[name="kind"]', 'elderly_school');
    await staff.fill('input[name="title"]', 'โรงเรียนผู้สูงอายุ ภาคเรียนทดสอบเส้นทาง');
    await staff.check('#subjects-health');
    await staff.check('#subjects-occupation_income');
    await staff.fill('input[name="startDate"]', start.be);
    await staff.fill('input[name="endDate"]', end.be);
    await staff.check(`#weekdays-${start.weekday}`);
    await staff.fill('textarea[name="partnerOrganisations"]', 'โรงพยาบาลส่งเสริมสุขภาพตำบลลำนารายณ์\nวัดลำนารายณ์');
    await staff.waitForSelector('[data-testid="sessions-preview"][data-count="5"]');
    await staff.click('[data-testid="course-save"]');
    await staff.waitForURL(/\/occupations\/courses\/[0-9a-f-]{36}$/);
    await staff.locator('[data-testid="flash"]').waitFor();
    expect(await text(staff, 'course-progress')).toContain('เรียนแล้ว 3 จาก 5 ครั้ง');

    // Enrol two elders from the registry.
    await staff.click('[data-testid="enrol-open"]');
    for (const elder of elders) {
      await staff.fill('[data-testid="elder-search"]', elder.nationalId);
      await staff.press('[data-testid="elder-search"]', 'Enter');
      await staff.locator('[data-testid="elder-option"]', { hasText: elder.firstName }).locator('[data-testid="elder-choose"]').click();
      await staff.locator(`[data-testid="enrolment-row"][data-resident="${elder.id}"]`).waitFor();
    }

    // The first session's sheet: tick the first elder, save.
    const firstSession = staff.locator('[data-testid="session-row"][data-held="true"]').first();
    await firstSession.locator('button', { hasText: 'เช็กชื่อ' }).click();
    await staff.locator('[data-testid="attendance-sheet"]').waitFor();
    await staff.check(`[data-testid="attend-${elders[0].id}"]`);
    expect(await text(staff, 'attendance-count')).toBe('มาเรียน 1 จาก 2 คน');
    await staff.click('[data-testid="attendance-save"]');
    expect(await staff.locator('[data-testid="attendance-flash"]').textContent()).toBe('บันทึกการเข้าเรียนแล้ว (1 คน)');
    const row = staff.locator(`[data-testid="enrolment-row"][data-resident="${elders[0].id}"]`);
    await staff.waitForFunction((id) => document.querySelector(`[data-testid="enrolment-row"][data-resident="${id}"]`)?.textContent?.includes('1/3'), elders[0].id);
    expect(await row.locator('[data-testid="completed-badge"]').getAttribute('data-completed')).toBe('false');
    await screenshot(staff, '24-occupations-attendance-sheet');

    // The kitchen job: elders ranked, each reason in words.
    await staff.click('[data-testid="occ-tab-jobs"]');
    await staff.locator('[data-testid="job-link"]', { hasText: 'ผู้ช่วยครัว' }).click();
    await staff.locator('[data-testid="match-row"]').first().waitFor();
    const reasons = staff.locator('[data-testid="match-reason"]');
    expect(await reasons.count()).toBeGreaterThan(0);
    const codes = await reasons.evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
    // Only what bears on the job scores (decision 0040): the job is at หมู่ 1, so living there counts;
    // the herbal-toothpaste course prepares for no kitchen work and gives no point.
    expect(codes).toContain('same_village');
    const texts = await reasons.allTextContents();
    expect(texts.every((r) => /[\u0E00-\u0E7F]/.test(r))).toBe(true);
    expect(texts.some((r) => r.includes('แฉ่ง'))).toBe(false);
    await screenshot(staff, '25-occupations-job-matches');
    await staff.close();
  });
});
