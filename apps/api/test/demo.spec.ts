import type { PlacementView, Section35Summary } from '@elderwork/contracts';
import { DEMO_PASSWORD, seedDemo } from '../src/database/seed/demo-seed';
import { testOwnerUrl } from './support/test-env';
import { TestApp } from './support/test-app';

/** The demo data reproduces the seminar's published figure for Khlaeng Kachet. */
describe('demo data', () => {
  let t: TestApp;
  let auth: { authorization: string };

  beforeAll(async () => {
    t = await TestApp.start();
    await seedDemo(testOwnerUrl());
    auth = { authorization: `Bearer ${await t.login('staff@khlaengkachet.demo', DEMO_PASSWORD)}` };
  });
  afterAll(() => t.close());

  it('seeding twice changes nothing', async () => {
    expect(await seedDemo(testOwnerUrl())).toBe(false);
  });

  it('Khlaeng Kachet, calendar year 2568: 13 disabled elders, 1,565,850.00 baht', async () => {
    const res = await t.http.get('/api/section35/summary').query({ year: 2568, yearType: 'calendar' }).set(auth).expect(200);
    const summary = res.body as Section35Summary;
    expect(summary.persons).toBe(13);
    expect(summary.value).toBe(1565850);
    expect(summary.value.toFixed(2)).toBe('1565850.00');
    expect(summary.period).toEqual({ start: '2025-01-01', end: '2025-12-31' });
    // Several employers and modalities, whose parts add up to the whole.
    expect(summary.byEmployer.length).toBeGreaterThanOrEqual(3);
    expect(summary.byModality.length).toBeGreaterThanOrEqual(4);
    const sum = (list: { value: number }[]): number => Math.round(list.reduce((a, g) => a + g.value * 100, 0)) / 100;
    expect(sum(summary.byEmployer)).toBe(1565850);
    expect(sum(summary.byModality)).toBe(1565850);
    expect(sum(summary.bySex)).toBe(1565850);
    expect(summary.byDisabilityType.reduce((a, g) => a + g.persons, 0)).toBe(13);
    expect(summary.paid).toBe(1565850);
  });

  it('every placement of 2568 is at the 2568 rate, 330 baht a day', async () => {
    const res = await t.http.get('/api/placements').query({ year: 2568, yearType: 'calendar' }).set(auth).expect(200);
    const items = res.body.items as PlacementView[];
    expect(items.length).toBeGreaterThanOrEqual(13);
    for (const p of items.filter((p) => p.startDate.startsWith('2025'))) expect(p.dailyRate).toBe(330);
  });

  it('the demo accounts of the README log in, officers included', async () => {
    for (const email of ['admin@khlaengkachet.demo', 'staff@lamnarai.demo', 'officer@rayong.demo', 'officer@dla.demo']) {
      await t.login(email, DEMO_PASSWORD);
    }
    const me = await t.http.get('/api/me').set(auth).expect(200);
    expect(me.body.orgUnit).toMatchObject({ code: '5210104', name: 'เทศบาลตำบลแกลง-กะเฉด', type: 'lao' });
  });
});
