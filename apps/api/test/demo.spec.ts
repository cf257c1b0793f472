import type { PlacementView, Section35Summary, YearlyReport } from '@elderwork/contracts';
import type { CourseDetailView, CourseView, JobMatchView, JobView, OccupationsSummary, ProductView, WisdomRegistrationView } from '@elderwork/contracts';
import type { CaregiverFollowUp, CaregiverMonthSummary, CaregiverView, CaregiversSummary, StipendGeneration, StipendView } from '@elderwork/contracts';
import { prepareDatabase } from '../src/database/bootstrap';
import { withDatabase } from '../src/database/database-urls';
import { seedDemoThroughServices } from '../src/demo/demo-workflow';
import { DEMO_PASSWORD, seedDemo } from '../src/demo/demo-seed';
import { TEST_APP_PASSWORD, testOwnerUrl } from './support/test-env';
import { TestApp } from './support/test-app';

/**
 * The demo data reproduces the seminar's published figure for Khlaeng Kachet. A database of its own,
 * as on a newcomer's first start: the statistics are protected jointly over every approved LAO, so
 * other test files' approvals in the shared database would change which demo cells are published.
 */
describe('demo data', () => {
  const ownerUrl = withDatabase(testOwnerUrl(), `elderwork_demo_${Date.now()}_${process.pid}`);
  let t: TestApp;
  let auth: { authorization: string };

  beforeAll(async () => {
    await prepareDatabase(ownerUrl, TEST_APP_PASSWORD);
    t = await TestApp.start({ ownerUrl });
    if (await seedDemo(ownerUrl)) await seedDemoThroughServices(t.app);
    auth = { authorization: `Bearer ${await t.login('staff@khlaengkachet.demo', DEMO_PASSWORD)}` };
  }, 180_000);
  afterAll(() => t.close());

  it('seeding twice changes nothing', async () => {
    expect(await seedDemo(ownerUrl)).toBe(false);
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

  it('Khlaeng Kachet’s caregivers: 3 active (4, 2 and 1 elders) and a trainee; stipends pro-rated, idempotent; follow-up lists', async () => {
    const roster = (await t.http.get('/api/caregivers').set(auth).expect(200)).body as CaregiverView[];
    const byLoad = [...roster].sort((a, b) => b.activeRecipients - a.activeRecipients);
    expect(byLoad.map((c) => [c.status, c.activeRecipients, c.monthlyStipend, c.belowMinimum])).toEqual([
      ['active', 4, 6000, false], ['active', 2, 5000, false], ['active', 1, 5000, true], ['in_training', 0, 5000, false],
    ]);
    const september = (await t.http.get('/api/stipends').query({ month: '2026-09' }).set(auth).expect(200)).body as StipendView[];
    expect(september.map((s) => [s.amount, s.daysActive, s.paidOn !== null]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([[2500, 15, true], [5000, 30, true], [6000, 30, true]]);
    const again = (await t.http.post('/api/stipends/generate').set(auth).send({ month: '2026-10' }).expect(200)).body as StipendGeneration;
    expect([again.created.length, again.existing.length]).toEqual([0, 3]);
    const fy2569 = (await t.http.get('/api/caregivers/summary').query({ year: 2569 }).set(auth).expect(200)).body as CaregiversSummary;
    expect(fy2569).toMatchObject({ caregivers: 3, stipends: 24500, stipendsPaid: 24500, recipients: 7 });
    expect(fy2569.recipientsByGroup).toEqual([{ group: 'social', recipients: 0 }, { group: 'homebound', recipients: 4 }, { group: 'bedbound', recipients: 3 }]);
    expect(fy2569.bySex.reduce((n, g) => n + g.visits, 0)).toBe(fy2569.visits);
    const fy2570 = (await t.http.get('/api/caregivers/summary').query({ year: 2570 }).set(auth).expect(200)).body as CaregiversSummary;
    expect(fy2570).toMatchObject({ caregivers: 3, stipends: 16000, stipendsPaid: 0 });
    const followUp = (await t.http.get('/api/caregivers/follow-up').set(auth).expect(200)).body as CaregiverFollowUp;
    expect(followUp.staleAssessments.map((s) => s.lastAssessedOn)).toContain('2025-12-10');
    expect(followUp.belowMinimum.map((b) => b.activeRecipients)).toEqual([1]);
    const [busy, short] = byLoad;
    const month = async (id: string): Promise<CaregiverMonthSummary> => (await t.http.get(`/api/caregivers/${id}/months/2569-10`).set(auth).expect(200)).body;
    expect(await month(busy!.id)).toMatchObject({ daysWorked: 22, hours: 176, meetsDayNorm: true, meetsHourNorm: true });
    expect(await month(short!.id)).toMatchObject({ daysWorked: 16, meetsDayNorm: false, norm: { days: 20, hours: 160 } });
    const maeSai = { authorization: `Bearer ${await t.login('staff@maesai.demo', DEMO_PASSWORD)}` };
    const august = (await t.http.get('/api/stipends').query({ month: '2026-08' }).set(maeSai).expect(200)).body as StipendView[];
    expect(august.map((s) => s.amount).sort((a, b) => a - b)).toEqual([3548.39, 5000]);
  });

  it('the DLA sees the demo LAOs’ approved 2568 reports, Khlaeng Kachet’s Section 35 line among them', async () => {
    const dla = { authorization: `Bearer ${await t.login('officer@dla.demo', DEMO_PASSWORD)}` };
    for (const yearType of ['fiscal', 'calendar']) {
      const res = await t.http.get('/api/statistics').query({ year: 2568, yearType, groupBy: 'lao' }).set(dla).expect(200);
      expect(res.body.coverage.laosApproved).toBeGreaterThanOrEqual(3);
      if (yearType === 'calendar') {
        const kk = res.body.rows.find((r: { key: string }) => r.key === '5210104');
        expect(kk.models.section35).toEqual({ persons: 13, income: 1565850, suppressed: false });
      }
    }
    const rayong = { authorization: `Bearer ${await t.login('officer@rayong.demo', DEMO_PASSWORD)}` };
    const province = await t.http.get('/api/statistics').query({ year: 2568, yearType: 'calendar', groupBy: 'lao' }).set(rayong).expect(200);
    // Rayong's officer sees Rayong's approved LAO only: Khlaeng Kachet, never the other demo LAOs.
    const keys = province.body.rows.map((r: { key: string }) => r.key) as string[];
    expect(keys).toEqual(['5210104']);
  });

  it('Lam Narai’s elderly school term, its แฉ่ง products and a year of their income; Khlaeng Kachet’s freelance income and jobs', async () => {
    const lamNarai = { authorization: `Bearer ${await t.login('staff@lamnarai.demo', DEMO_PASSWORD)}` };
    const courses = (await t.http.get('/api/courses').set(lamNarai).expect(200)).body.items as CourseView[];
    const school = courses.find((c) => c.kind === 'elderly_school')!;
    // A Wednesday a week, 6 May – 30 September 2569, one cancelled (Mother's Day).
    expect(school).toMatchObject({ startDate: '2026-05-06', endDate: '2026-09-30', weekdays: [3], sessionsPlanned: 21, enrolled: 18, completed: 16, ended: true });
    expect(school.subjects).toHaveLength(7);
    const detail = (await t.http.get(`/api/courses/${school.id}`).set(lamNarai).expect(200)).body as CourseDetailView;
    expect(detail.sessions.filter((s) => s.cancelled).map((s) => s.date)).toEqual(['2026-08-12']);
    expect(detail.enrolments.filter((e) => e.followUp).every((e) => e.completed)).toBe(true);
    const products = (await t.http.get('/api/products').set(lamNarai).expect(200)).body.items as ProductView[];
    expect(products.map((p) => p.name).sort()).toEqual(['น้ำมันสมุนไพรแฉ่ง', 'ยาสีฟันสมุนไพรแฉ่ง']);

    const fy2569 = (await t.http.get('/api/occupations/summary').query({ year: 2569 }).set(lamNarai).expect(200)).body as OccupationsSummary;
    expect(fy2569.income.persons).toBe(6);
    expect(fy2569.income.byProduct.map((p) => p.name).sort()).toEqual(['น้ำมันสมุนไพรแฉ่ง', 'ยาสีฟันสมุนไพรแฉ่ง']);
    expect(fy2569.income.byMonth.map((m) => m.month)).toHaveLength(12);
    expect(fy2569.income.byMonth.every((m) => m.amount > 0 && m.persons >= 5)).toBe(true);
    expect(fy2569.income.byChannel.map((c) => c.channel).sort()).toEqual(['fair', 'market', 'online', 'order', 'shop']);
    const total = (list: { amount: number }[]): number => Math.round(list.reduce((a, g) => a + g.amount * 100, 0)) / 100;
    expect(total(fy2569.income.byMonth)).toBe(fy2569.income.amount);
    expect(total(fy2569.income.byProduct)).toBe(fy2569.income.amount);
    expect(fy2569.income.averagePerPerson).toBe(Math.round((fy2569.income.amount / 6) * 100) / 100);
    expect(fy2569.training).toMatchObject({ courses: 1, sessionsHeld: 21, trainingHours: 63, personsTrained: 18, graduates: 16 });
    expect(fy2569.wisdom.registrations).toBe(3);
    const due = (await t.http.get('/api/wisdom').query({ renewalDue: true }).set(lamNarai).expect(200)).body.items as WisdomRegistrationView[];
    expect(due.map((w) => w.title)).toContain('จักสานไม้ไผ่');

    const kk = (await t.http.get('/api/occupations/summary').query({ year: 2569 }).set(auth).expect(200)).body as OccupationsSummary;
    expect(kk.income.persons).toBe(7);
    expect(kk.income.bySource.map((s) => s.source).sort()).toEqual(['product', 'service']);
    expect(kk.jobs).toMatchObject({ placements: 1, persons: 1 });
    expect(kk.jobs.income).toBeGreaterThan(0);
    const jobs = (await t.http.get('/api/jobs').set(auth).expect(200)).body.items as JobView[];
    expect(jobs.map((j) => j.field).sort()).toEqual(['agriculture', 'childcare', 'daily_life_support', 'food']);
    const durian = jobs.find((j) => j.field === 'agriculture')!;
    const [best] = (await t.http.get(`/api/jobs/${durian.id}/matches`).set(auth).expect(200)).body as JobMatchView[];
    expect(best!.reasons.map((r) => r.code)).toEqual(['wisdom_branch', 'adl_fits']);
    const errands = jobs.find((j) => j.field === 'daily_life_support')!;
    const matches = (await t.http.get(`/api/jobs/${errands.id}/matches`).set(auth).expect(200)).body as JobMatchView[];
    expect(matches.flatMap((m) => m.reasons.map((r) => r.code))).toContain('engaged_caregiver');
  });

  it('the yearly report reads each model through one ledger that agrees with the models’ own figures', async () => {
    for (const [year, yearType] of [[2569, 'fiscal'], [2570, 'fiscal'], [2568, 'calendar']] as const) {
      const report = (await t.http.get('/api/reports/yearly').query({ year, yearType }).set(auth).expect(200)).body as YearlyReport;
      const model = (m: string) => report.models.find((x) => x.model === m)!;
      const s35 = await t.http.get('/api/section35/summary').query({ year, yearType }).set(auth).expect(200);
      const care = await t.http.get('/api/caregivers/summary').query({ year, yearType }).set(auth).expect(200);
      const occ = await t.http.get('/api/occupations/summary').query({ year, yearType }).set(auth).expect(200);
      expect([model('section35').persons, model('section35').income]).toEqual([s35.body.persons, s35.body.value]);
      expect(model('caregiver').income).toBe(care.body.stipends);
      expect([model('occupation').persons, model('occupation').income]).toEqual([occ.body.income.persons, occ.body.income.amount]);
      const sum = Math.round(report.models.reduce((a, m) => a + m.income * 100, 0)) / 100;
      expect(report.total.income).toBe(sum);
    }
  });

  it('the demo accounts of the README log in, officers included', async () => {
    for (const email of ['admin@khlaengkachet.demo', 'staff@lamnarai.demo', 'officer@rayong.demo', 'officer@dla.demo']) {
      await t.login(email, DEMO_PASSWORD);
    }
    const me = await t.http.get('/api/me').set(auth).expect(200);
    expect(me.body.orgUnit).toMatchObject({ code: '5210104', name: 'เทศบาลตำบลแกลง-กะเฉด', type: 'lao' });
  });
});
