import type { Browser, Page } from 'playwright-core';
import { baseUrl, describeInBrowser, launch, screenshot } from './support/browser';

interface Elder {
  id: string;
  nationalId: string;
  firstName: string;
  lastName: string;
  disabilityType: string | null;
}

interface Caregiver {
  id: string;
  resident: { id: string; name: string };
  status: string;
  endDate: string | null;
  activeRecipients: number;
  recipients?: { recipient: { id: string } }[];
}

/**
 * With the signed-in user's own token: an active demo caregiver with room for another elder
 * (fewer than 4), and an elder who is neither a caregiver nor anyone's care recipient. Disabled
 * elders are left to the Section 35 journey.
 */
async function pickPair(page: Page): Promise<{ caregiver: Caregiver; elder: Elder }> {
  return page.evaluate(async () => {
    const headers = { Authorization: `Bearer ${localStorage.getItem('elderwork.token')}` };
    const get = async <T>(path: string): Promise<T> => (await (await fetch(path, { headers })).json()) as T;
    const caregivers = await get<Caregiver[]>('/api/caregivers');
    const details = await Promise.all(caregivers.map((c) => get<Caregiver>(`/api/caregivers/${c.id}`)));
    const taken = new Set<string>();
    for (const c of details) {
      taken.add(c.resident.id);
      for (const a of c.recipients ?? []) taken.add(a.recipient.id);
    }
    const caregiver = caregivers
      .filter((c) => c.status === 'active' && c.endDate === null && c.activeRecipients < 4)
      .sort((a, b) => a.activeRecipients - b.activeRecipients)[0];
    const elders = (await get<{ items: Elder[] }>('/api/residents?pageSize=200')).items;
    const elder = elders.find((e) => !taken.has(e.id) && e.disabilityType === null);
    if (!caregiver || !elder) throw new Error('the demo data has no caregiver with room or no free elder');
    return { caregiver, elder };
  });
}

const text = async (page: Page, testId: string): Promise<string> =>
  (await page.locator(`[data-testid="${testId}"]`).first().textContent()) ?? '';

/** Home-bound scores (total 9): feeding 2, bathing 0, grooming 1, dressing 1, bowels 2, bladder 1, toilet 1, transfers 1, mobility 0, stairs 0. */
const HOMEBOUND: [string, number][] = [
  ['feeding', 2], ['bathing', 0], ['grooming', 1], ['dressing', 1], ['bowels', 2],
  ['bladder', 1], ['toiletUse', 1], ['transfers', 1], ['mobility', 0], ['stairs', 0],
];

/**
 * Issue #4's journey: staff assess an elder as home-bound (Barthel ADL 9), take them into a
 * demo caregiver's care (2–4 rule flags on the roster), log a visit on a phone-sized screen,
 * read the caregiver's month, and generate the month's stipends (again: nothing new).
 */
describeInBrowser('local caregiver volunteers (Chromium)', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'th-TH', timezoneId: 'Asia/Bangkok' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('staff assess an elder, assign them to a caregiver, log a visit and generate the stipends', async () => {
    await page.goto(baseUrl());
    await page.fill('input[name="email"]', 'staff@khlaengkachet.demo');
    await page.fill('input[name="password"]', 'elderwork-demo-2569');
    await page.click('[data-testid="login-submit"]');
    await page.waitForSelector('[data-testid="nav-caregivers"]');
    const { caregiver, elder } = await pickPair(page);

    // The roster: the demo's volunteer with four elders is full, the one with one is below the minimum.
    await page.click('[data-testid="nav-caregivers"]');
    await page.locator('[data-testid="caregiver-row"]').first().waitFor();
    expect(await page.locator('[data-testid="caregiver-row"] [data-testid="flag-full"]').count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator('[data-testid="caregiver-row"] [data-testid="flag-below-minimum"]').count()).toBeGreaterThanOrEqual(1);
    await screenshot(page, '20-caregivers-roster');

    // ADL: from the elder's record, score the ten items; the total and group follow live.
    await page.click('[data-testid="nav-residents"]');
    await page.fill('[data-testid="search-input"]', elder.nationalId);
    await page.press('[data-testid="search-input"]', 'Enter');
    await page.click(`[data-testid="edit-${elder.nationalId}"]`);
    await page.click('[data-testid="resident-adl-link"]');
    await page.waitForSelector('[data-testid="adl-form"]');
    for (const [item, score] of HOMEBOUND) await page.check(`[data-testid="adl-${item}-${score}"]`);
    expect(await text(page, 'adl-total')).toBe('9');
    expect(await page.getAttribute('[data-testid="adl-group"]', 'data-group')).toBe('homebound');
    expect(await text(page, 'adl-group')).toContain('ติดบ้าน');
    await page.evaluate(() => window.scrollTo(0, 0)); // the live score bar is sticky: shoot it in place
    await screenshot(page, '21-adl-form-homebound');
    await page.click('[data-testid="adl-save"]');
    expect(await page.locator('[data-testid="adl-flash"]').textContent()).toContain('9 คะแนน (ติดบ้าน)');
    await page.waitForSelector('[data-testid="adl-history-row"][data-group="homebound"]');

    // Assignment: the caregiver takes the elder into care from today.
    await page.click('[data-testid="nav-caregivers"]');
    await page.click(`[data-testid="caregiver-row"] a[href="/caregivers/${caregiver.id}"]`);
    await page.waitForSelector('[data-testid="assign-form"]');
    const before = await page.locator('[data-testid="recipient-row"][data-current="true"]').count();
    await page.fill('[data-testid="elder-search"]', elder.nationalId);
    await page.press('[data-testid="elder-search"]', 'Enter');
    await page.locator('[data-testid="elder-option"][data-eligible="true"] [data-testid="elder-choose"]').click();
    await page.waitForSelector('[data-testid="adl-check"][data-dependent="true"]');
    await page.click('[data-testid="assign-save"]');
    await page.locator('[data-testid="flash"]').waitFor();
    const row = page.locator(`[data-testid="recipient-row"][data-recipient-id="${elder.id}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-current')).toBe('true');
    expect(await row.locator('[data-testid="recipient-adl-group"]').textContent()).toBe('ติดบ้าน');
    expect(await page.locator('[data-testid="recipient-row"][data-current="true"]').count()).toBe(before + 1);
    await screenshot(page, '22-caregiver-assigned');

    // One caregiver per elder: the full volunteer (4 elders) is refused with the 409's own words.
    await page.click('[data-testid="nav-caregivers"]');
    await page.click('[data-testid="caregiver-row"]:has([data-testid="flag-full"]) [data-testid="caregiver-link"]');
    await page.waitForSelector('[data-testid="assign-full"]');
    await page.fill('[data-testid="elder-search"]', elder.nationalId);
    await page.press('[data-testid="elder-search"]', 'Enter');
    await page.locator('[data-testid="elder-option"][data-eligible="true"] [data-testid="elder-choose"]').click();
    await page.waitForSelector('[data-testid="adl-check"][data-dependent="true"]');
    await page.click('[data-testid="assign-save"]');
    expect(await page.locator('[data-testid="conflict-error"]').textContent()).toContain(`อยู่ในความดูแลของอาสาสมัคร ${caregiver.resident.name}`);
    expect(await text(page, 'error-recipientId')).toContain(caregiver.resident.name);
    await screenshot(page, '23-assign-conflict');

    // Back to the caregiver who took the elder.
    await page.click('[data-testid="nav-caregivers"]');
    await page.click(`[data-testid="caregiver-row"] a[href="/caregivers/${caregiver.id}"]`);
    await page.waitForSelector('[data-testid="visit-link"]');

    // A visit, on a phone-sized screen: today by default, two hours, two kinds of care.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.click('[data-testid="visit-link"]');
    await page.waitForSelector(`[data-testid="visit-recipient"] option[value="${elder.id}"]`, { state: 'attached' });
    await page.selectOption('[data-testid="visit-recipient"]', elder.id);
    await page.click('[data-testid="minutes-120"]');
    await page.click('[data-testid="activity-mobility_exercise"]');
    await page.click('[data-testid="activity-medication"]');
    expect(await page.getAttribute('[data-testid="visited-today"]', 'aria-pressed')).toBe('true');
    await screenshot(page, '24-visit-form-phone');
    await page.click('[data-testid="visit-save"]');
    expect(await page.locator('[data-testid="visit-flash"]').textContent()).toContain('120 นาที');
    await page.locator('[data-testid="visit-row"]', { hasText: `${elder.firstName} ${elder.lastName}` }).first().waitFor();
    await screenshot(page, '25-visit-saved-phone');
    await page.setViewportSize({ width: 1280, height: 900 });

    // The month: at least today's visit day and its two hours, against the pro-rated norm.
    await page.click('[data-testid="visit-caregiver"]');
    await page.click('[data-testid="month-link"]');
    await page.waitForSelector('[data-testid="month-summary"]');
    expect(Number(await page.getAttribute('[data-testid="month-days"]', 'data-value'))).toBeGreaterThanOrEqual(1);
    expect(Number(await page.getAttribute('[data-testid="month-hours"]', 'data-value'))).toBeGreaterThanOrEqual(2);
    expect(await page.locator('[data-testid="month-recipient-row"]', { hasText: elder.firstName }).count()).toBe(1);
    await screenshot(page, '26-caregiver-month');

    // Stipends of this month (Bangkok): generated, then generated again (nothing new).
    await page.click('[data-testid="tab-stipends"]');
    await page.waitForSelector('[data-testid="month-select"]');
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/stipends/generate')),
      page.click('[data-testid="stipends-generate"]'),
    ]);
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { created: { caregiver: { id: string } }[]; existing: { caregiver: { id: string } }[] };
    const all = [...body.created, ...body.existing];
    expect(all.some((s) => s.caregiver.id === caregiver.id)).toBe(true);
    const counts = page.locator('[data-testid="generate-counts"]');
    await counts.waitFor();
    expect(Number(await counts.getAttribute('data-created')) + Number(await counts.getAttribute('data-existing'))).toBe(all.length);
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="stipend-row"]').length === n, all.length);
    await screenshot(page, '27-stipends-generated');

    await page.click('[data-testid="stipends-generate"]');
    await page.waitForFunction(
      (n) => {
        const el = document.querySelector('[data-testid="generate-counts"]');
        return el?.getAttribute('data-created') === '0' && el.getAttribute('data-existing') === String(n);
      },
      all.length,
    );

    // Follow-up, and the roster in English.
    await page.click('[data-testid="tab-follow-up"]');
    await page.waitForSelector('[data-testid="follow-up-stale"]');
    expect(await page.locator('[data-testid="follow-up-stale-row"]').count()).toBeGreaterThanOrEqual(1);
    await screenshot(page, '28-caregivers-follow-up');
    await page.click('[data-testid="lang-en"]');
    await page.click('[data-testid="tab-roster"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="roster"]')?.textContent?.includes('Active'));
    await page.click('[data-testid="lang-th"]');
  });
});
