import fc from 'fast-check';
import {
  proratedStipendSatang,
  type CareAssignmentView, type CareVisitView, type CaregiverDetailView, type CaregiverFollowUp, type CaregiverMonthSummary, type CaregiverView,
  type CaregiversSummary, type CreateResidentDto, type StipendGeneration, type StipendView,
} from '@elderwork/contracts';
import { addDays, monthPeriod, todayInBangkok } from '@elderwork/thai';
import { PRORATED_SQL } from '../src/caregivers/caregivers.sql';
import { TestApp, type TestLao, type TestUser } from './support/test-app';

describe('local caregiver volunteers', () => {
  let t: TestApp;
  let lao: TestLao;
  let staff: TestUser;

  /** An elder with an ADL assessment of `total` (≤ 11: dependent). */
  const elder = async (user: TestUser, total: number | null = 8, assessedOn = '2024-09-01', overrides: Partial<CreateResidentDto> = {}): Promise<string> => {
    const id = (await t.resident(user, overrides)).id;
    if (total !== null) await t.http.post(`/api/residents/${id}/adl-assessments`).set(user.auth).send({ assessedOn, total }).expect(201);
    return id;
  };
  const newCaregiver = (user: TestUser, body: object) => t.http.post('/api/caregivers').set(user.auth).send({ trainingHours: 70, careManager: 'นางสาวพยาบาล ใจดี', ...body });
  /** An active caregiver (70 course hours) from `startDate`. */
  const caregiver = async (user: TestUser, body: object = {}, person: Partial<CreateResidentDto> = {}): Promise<CaregiverDetailView> =>
    (await newCaregiver(user, { residentId: (await t.resident(user, person)).id, startDate: '2024-01-01', ...body }).expect(201)).body;
  const assign = (user: TestUser, caregiverId: string, recipientId: string, from = '2024-10-01') =>
    t.http.post(`/api/caregivers/${caregiverId}/recipients`).set(user.auth).send({ recipientId, from });
  const end = (user: TestUser, caregiverId: string, recipientId: string, to: string) =>
    t.http.post(`/api/caregivers/${caregiverId}/recipients/${recipientId}/end`).set(user.auth).send({ to });
  const visit = (user: TestUser, body: object) => t.http.post('/api/care-visits').set(user.auth).send({ minutes: 120, activities: ['personal_hygiene'], ...body });
  const roster = async (user: TestUser): Promise<CaregiverView[]> => (await t.http.get('/api/caregivers').set(user.auth).expect(200)).body;

  beforeAll(async () => {
    t = await TestApp.start();
    lao = await t.lao();
    staff = await t.user('staff', lao.id);
  });
  afterAll(() => t.close());

  describe('caregivers', () => {
    it('registers an elder of the LAO: 5,000 baht by default, 6,000 with the extra 50-hour course; in training below 70 hours', async () => {
      const plain = await caregiver(staff, { startDate: '2026-01-01', certifiedOn: '2025-12-20' });
      expect(plain).toMatchObject({ status: 'active', monthlyStipend: 5000, monthlyStipendIsDefault: true, trainingHours: 70, extraCourseHours: 0, activeRecipients: 0, belowMinimum: true, version: 1, recipients: [] });
      const extra = await caregiver(staff, { extraCourseHours: 50 });
      expect(extra).toMatchObject({ monthlyStipend: 6000, monthlyStipendIsDefault: true });
      const trainee = await caregiver(staff, { trainingHours: 40 });
      expect(trainee).toMatchObject({ status: 'in_training', belowMinimum: false });
      const set = await caregiver(staff, { monthlyStipend: '5,500.50' });
      expect(set).toMatchObject({ monthlyStipend: 5500.5, monthlyStipendIsDefault: false });
      const ended = await caregiver(staff, { startDate: '2024-01-01', endDate: '2024-12-31' });
      expect(ended.status).toBe('ended');
      const ids = (await roster(staff)).map((c) => c.id);
      expect(ids).toEqual(expect.arrayContaining([plain.id, extra.id, trainee.id, set.id, ended.id]));
      expect((await t.http.get('/api/caregivers').query({ status: 'in_training' }).set(staff.auth).expect(200)).body.map((c: CaregiverView) => c.id)).toEqual([trainee.id]);
    });

    it('refuses bad input with Thai messages, a certificate without the course, and overlapping engagements of one elder (409)', async () => {
      const person = (await t.resident(staff)).id;
      const bad = await newCaregiver(staff, { residentId: person, startDate: '2026-05-01', endDate: '2026-04-30', trainingHours: -1, careManager: '', monthlyStipend: 0 }).expect(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['careManager', 'endDate', 'monthlyStipend', 'trainingHours']);
      const cert = await newCaregiver(staff, { residentId: person, startDate: '2026-01-01', trainingHours: 30, certifiedOn: '2026-01-01' }).expect(400);
      expect(cert.body.errors[0]).toMatchObject({ field: 'certifiedOn', code: 'courseIncomplete' });
      const first = (await newCaregiver(staff, { residentId: person, startDate: '2025-01-01', endDate: '2025-12-31' }).expect(201)).body;
      const dup = await newCaregiver(staff, { residentId: person, startDate: '2025-12-31' }).expect(409);
      expect(dup.body).toMatchObject({ code: 'OVERLAPPING_CAREGIVER', existingId: first.id });
      await newCaregiver(staff, { residentId: person, startDate: '2026-01-01' }).expect(201);
    });

    it('edits with the version read: 70 hours make a trainee active, the extra course raises the default, null restores it', async () => {
      const c = await caregiver(staff, { trainingHours: 40 });
      const active = await t.http.patch(`/api/caregivers/${c.id}`).set(staff.auth).send({ version: 1, trainingHours: 70, certifiedOn: '2024-02-01' }).expect(200);
      expect(active.body).toMatchObject({ status: 'active', certifiedOn: '2024-02-01', version: 2 });
      await t.http.patch(`/api/caregivers/${c.id}`).set(staff.auth).send({ version: 1, extraCourseHours: 50 }).expect(409);
      const raised = await t.http.patch(`/api/caregivers/${c.id}`).set(staff.auth).send({ version: 2, extraCourseHours: 50 }).expect(200);
      expect(raised.body).toMatchObject({ monthlyStipend: 6000, monthlyStipendIsDefault: true });
      const set = await t.http.patch(`/api/caregivers/${c.id}`).set(staff.auth).send({ version: 3, monthlyStipend: 4000 }).expect(200);
      expect(set.body).toMatchObject({ monthlyStipend: 4000, monthlyStipendIsDefault: false });
      const back = await t.http.patch(`/api/caregivers/${c.id}`).set(staff.auth).send({ version: 4, monthlyStipend: null }).expect(200);
      expect(back.body).toMatchObject({ monthlyStipend: 6000, monthlyStipendIsDefault: true, careManager: 'นางสาวพยาบาล ใจดี' });
      await t.http.patch(`/api/caregivers/${c.id}`).set(staff.auth).send({ version: 5, startDate: null }).expect(400);
    });
  });

  describe('assignments: dependent elders only, 2–4 per caregiver, one caregiver per elder', () => {
    it('assigns a dependent elder and shows them on the caregiver with their latest ADL', async () => {
      const c = await caregiver(staff);
      const e = await elder(staff, 3);
      const res = await assign(staff, c.id, e).expect(201);
      expect(res.body as CareAssignmentView).toMatchObject({ caregiverId: c.id, from: '2024-10-01', to: null, current: true, latestAdl: { total: 3, group: 'bedbound', assessedOn: '2024-09-01' } });
      const detail = (await t.http.get(`/api/caregivers/${c.id}`).set(staff.auth).expect(200)).body as CaregiverDetailView;
      expect(detail).toMatchObject({ activeRecipients: 1, belowMinimum: true });
      expect(detail.recipients.map((r) => r.recipient.id)).toEqual([e]);
    });

    it('refuses an elder who is not dependent (latest ADL ≥ 12) or never assessed, the caregiver themselves, and a trainee', async () => {
      const c = await caregiver(staff);
      const social = await elder(staff, 12);
      const notDependent = await assign(staff, c.id, social).expect(400);
      expect(notDependent.body.errors[0]).toMatchObject({ field: 'recipientId', code: 'notDependent' });
      expect(notDependent.body.errors[0].message).toContain('ติดสังคม');
      // The latest assessment counts: a later, lower score makes the elder dependent.
      await t.http.post(`/api/residents/${social}/adl-assessments`).set(staff.auth).send({ assessedOn: '2024-09-15', total: 11 }).expect(201);
      await assign(staff, c.id, social).expect(201);
      const unassessed = await elder(staff, null);
      expect((await assign(staff, c.id, unassessed).expect(400)).body.errors[0]).toMatchObject({ field: 'recipientId', code: 'noAdlAssessment' });
      await t.http.post(`/api/residents/${c.resident.id}/adl-assessments`).set(staff.auth).send({ assessedOn: '2024-09-01', total: 10 }).expect(201);
      expect((await assign(staff, c.id, c.resident.id).expect(400)).body.errors[0]).toMatchObject({ field: 'recipientId', code: 'selfAssignment' });
      const trainee = await caregiver(staff, { trainingHours: 20 });
      expect((await assign(staff, trainee.id, await elder(staff)).expect(400)).body.errors[0]).toMatchObject({ code: 'inTraining' });
      expect((await assign(staff, c.id, await elder(staff), '2023-12-31').expect(400)).body.errors[0]).toMatchObject({ field: 'from', code: 'beforeActive' });
    });

    it('2–4: flags fewer than 2 on the roster, refuses a fifth concurrent elder (409, the rule in the message)', async () => {
      const c = await caregiver(staff);
      const flag = async (): Promise<Pick<CaregiverView, 'activeRecipients' | 'belowMinimum' | 'atMaximum'>> => {
        const found = (await roster(staff)).find((x) => x.id === c.id)!;
        return { activeRecipients: found.activeRecipients, belowMinimum: found.belowMinimum, atMaximum: found.atMaximum };
      };
      expect(await flag()).toEqual({ activeRecipients: 0, belowMinimum: true, atMaximum: false });
      const elders = [await elder(staff), await elder(staff), await elder(staff), await elder(staff), await elder(staff)];
      await assign(staff, c.id, elders[0]!).expect(201);
      expect(await flag()).toEqual({ activeRecipients: 1, belowMinimum: true, atMaximum: false });
      await assign(staff, c.id, elders[1]!).expect(201);
      expect(await flag()).toEqual({ activeRecipients: 2, belowMinimum: false, atMaximum: false });
      await assign(staff, c.id, elders[2]!).expect(201);
      await assign(staff, c.id, elders[3]!).expect(201);
      expect(await flag()).toEqual({ activeRecipients: 4, belowMinimum: false, atMaximum: true });
      const fifth = await assign(staff, c.id, elders[4]!).expect(409);
      expect(fifth.body.code).toBe('TOO_MANY_RECIPIENTS');
      expect(fifth.body.message).toContain('2–4');
      // Care that has ended leaves room from the next day on, not before.
      const ended = await end(staff, c.id, elders[0]!, '2025-03-31').expect(200);
      expect(ended.body).toMatchObject({ to: '2025-03-31', current: false });
      await assign(staff, c.id, elders[4]!, '2025-03-31').expect(409);
      await assign(staff, c.id, elders[4]!, '2025-04-01').expect(201);
    });

    it('counts a future start against the 2–4 rule', async () => {
      const c = await caregiver(staff);
      for (const from of ['2024-10-01', '2024-10-01', '2024-10-01', '2025-06-01']) await assign(staff, c.id, await elder(staff), from).expect(201);
      await assign(staff, c.id, await elder(staff), '2025-01-01').expect(409);
    });

    it('one active caregiver per elder (409); after the care ends another caregiver may take over', async () => {
      const [a, b] = [await caregiver(staff), await caregiver(staff)];
      const e = await elder(staff);
      const first = (await assign(staff, a.id, e).expect(201)).body as CareAssignmentView;
      const clash = await assign(staff, b.id, e, '2025-01-01').expect(409);
      expect(clash.body).toMatchObject({ code: 'RECIPIENT_ALREADY_ASSIGNED', existingId: first.id });
      expect(clash.body.message).toContain(a.resident.name);
      await end(staff, a.id, e, '2024-09-30').expect(400);
      await end(staff, a.id, e, '2024-12-31').expect(200);
      await end(staff, a.id, e, '2025-01-31').expect(404);
      await assign(staff, b.id, e, '2024-12-31').expect(409);
      await assign(staff, b.id, e, '2025-01-01').expect(201);
    });

    it('concurrent requests cannot pass the 2–4 rule together', async () => {
      const c = await caregiver(staff);
      await assign(staff, c.id, await elder(staff)).expect(201);
      await assign(staff, c.id, await elder(staff)).expect(201);
      const candidates = [await elder(staff), await elder(staff), await elder(staff), await elder(staff)];
      const statuses = (await Promise.all(candidates.map((e) => assign(staff, c.id, e)))).map((r) => r.status).sort();
      expect(statuses).toEqual([201, 201, 409, 409]);
    });
  });

  describe('care visits', () => {
    let c: CaregiverDetailView;
    let e: string;
    beforeAll(async () => {
      c = await caregiver(staff);
      e = await elder(staff, 4);
      await assign(staff, c.id, e, '2025-01-10').expect(201);
    });

    it('logs a visit within a current assignment and lists it by caregiver and month', async () => {
      const res = await visit(staff, { caregiverId: c.id, recipientId: e, visitedOn: '2025-01-10', minutes: 90, activities: ['feeding', 'vital_signs'], note: 'ความดัน 130/85' }).expect(201);
      expect(res.body as CareVisitView).toMatchObject({ caregiver: { id: c.id }, recipient: { id: e }, visitedOn: '2025-01-10', minutes: 90, activities: ['feeding', 'vital_signs'] });
      const list = await t.http.get('/api/care-visits').query({ caregiverId: c.id, month: '2568-01' }).set(staff.auth).expect(200);
      expect((list.body as CareVisitView[]).map((v) => v.id)).toEqual([res.body.id]);
      expect((await t.http.get('/api/care-visits').query({ caregiverId: c.id, month: '2025-02' }).set(staff.auth).expect(200)).body).toEqual([]);
      await t.http.get('/api/care-visits').query({ month: '2025-13' }).set(staff.auth).expect(400);
    });

    it('refuses a day outside the assignment, a future day, bad minutes and activities', async () => {
      expect((await visit(staff, { caregiverId: c.id, recipientId: e, visitedOn: '2025-01-09' }).expect(400)).body.errors[0]).toMatchObject({ field: 'recipientId', code: 'noCurrentAssignment' });
      const stranger = await elder(staff);
      await visit(staff, { caregiverId: c.id, recipientId: stranger, visitedOn: '2025-02-01' }).expect(400);
      const future = await visit(staff, { caregiverId: c.id, recipientId: e, visitedOn: addDays(todayInBangkok(), 1) }).expect(400);
      expect(future.body.errors[0]).toMatchObject({ field: 'visitedOn', code: 'visitInFuture' });
      for (const minutes of [0, 721, 30.5, 'นาน']) expect((await visit(staff, { caregiverId: c.id, recipientId: e, visitedOn: '2025-02-01', minutes }).expect(400)).body.errors[0].field).toBe('minutes');
      for (const activities of [[], ['massage'], ['feeding', 'feeding'], 'feeding']) {
        expect((await visit(staff, { caregiverId: c.id, recipientId: e, visitedOn: '2025-02-01', activities }).expect(400)).body.errors[0].field).toBe('activities');
      }
      // After the care ends, no visit on a later day.
      const other = await elder(staff);
      await assign(staff, c.id, other, '2025-01-10').expect(201);
      await visit(staff, { caregiverId: c.id, recipientId: other, visitedOn: '2025-01-20' }).expect(201);
      expect((await end(staff, c.id, other, '2025-01-19').expect(400)).body.errors[0]).toMatchObject({ field: 'to', code: 'visitsAfterEnd' });
      await end(staff, c.id, other, '2025-01-20').expect(200);
      await visit(staff, { caregiverId: c.id, recipientId: other, visitedOn: '2025-01-21' }).expect(400);
    });

    it('a month against the 20-day / 8-hour norm: days worked, hours, visits per recipient', async () => {
      const cg = await caregiver(staff, { startDate: '2025-03-01' });
      const [x, y, z] = [await elder(staff), await elder(staff, 2), await elder(staff)];
      for (const r of [x, y, z]) await assign(staff, cg.id, r, '2025-03-01').expect(201);
      const plan: [string, string, number][] = [[x, '2025-03-03', 240], [y, '2025-03-03', 240], [x, '2025-03-04', 300], [x, '2025-03-05', 60], [y, '2025-03-05', 30]];
      for (const [recipientId, visitedOn, minutes] of plan) await visit(staff, { caregiverId: cg.id, recipientId, visitedOn, minutes }).expect(201);
      const res = await t.http.get(`/api/caregivers/${cg.id}/months/2568-03`).set(staff.auth).expect(200);
      const m = res.body as CaregiverMonthSummary;
      expect(m).toMatchObject({ month: '2025-03', daysInMonth: 31, daysActive: 31, norm: { days: 20, hours: 160 }, daysWorked: 3, visits: 5, minutes: 870, hours: 14.5, meetsDayNorm: false, meetsHourNorm: false });
      const by = Object.fromEntries(m.byRecipient.map((r) => [r.id, [r.visits, r.days, r.minutes, r.hours]]));
      expect(by).toEqual({ [x]: [3, 3, 600, 10], [y]: [2, 2, 270, 4.5], [z]: [0, 0, 0, 0] });
      // A caregiver who started mid-month is held to a pro-rated norm: 16 of 30 days → 11 days.
      const late = await caregiver(staff, { startDate: '2025-04-15' });
      expect((await t.http.get(`/api/caregivers/${late.id}/months/2025-04`).set(staff.auth).expect(200)).body).toMatchObject({ daysActive: 16, norm: { days: 11, hours: 88 }, daysWorked: 0, byRecipient: [] });
      expect((await t.http.get(`/api/caregivers/${cg.id}/months/2025-13`).set(staff.auth).expect(400)).body.errors[0].field).toBe('month');
    });
  });

  describe('stipends', () => {
    let u: TestUser;
    let ids: Record<string, string>;
    beforeAll(async () => {
      u = await t.user('staff', (await t.lao()).id);
      ids = {
        full: (await caregiver(u, { startDate: '2025-01-01' })).id,
        extra: (await caregiver(u, { startDate: '2025-01-01', extraCourseHours: 60 })).id,
        set: (await caregiver(u, { startDate: '2025-01-01', monthlyStipend: 5500 })).id,
        // 16–30 September: 15 of 30 days.
        half: (await caregiver(u, { startDate: '2025-09-16' })).id,
        // Certified on 10 September: 21 of 30 days, at 6,000.
        certified: (await caregiver(u, { startDate: '2025-08-01', certifiedOn: '2025-09-10', extraCourseHours: 50 })).id,
        // Ended on 20 September: 20 of 30 days.
        ended: (await caregiver(u, { startDate: '2025-01-01', endDate: '2025-09-20' })).id,
      };
      await caregiver(u, { startDate: '2025-01-01', trainingHours: 69 });
      await caregiver(u, { startDate: '2025-10-01' });
      await caregiver(u, { startDate: '2024-01-01', endDate: '2025-08-31' });
    });

    it('one per caregiver active in the month, pro-rated by days, to the satang', async () => {
      const res = await t.http.post('/api/stipends/generate').set(u.auth).send({ month: '2568-09' }).expect(200);
      const g = res.body as StipendGeneration;
      expect(g.month).toBe('2025-09');
      expect(g.existing).toEqual([]);
      const by = Object.fromEntries(g.created.map((s) => [s.caregiver.id, [s.monthlyStipend, s.daysActive, s.daysInMonth, s.amount]]));
      expect(by).toEqual({
        [ids['full']!]: [5000, 30, 30, 5000],
        [ids['extra']!]: [6000, 30, 30, 6000],
        [ids['set']!]: [5500, 30, 30, 5500],
        [ids['half']!]: [5000, 15, 30, 2500],
        [ids['certified']!]: [6000, 21, 30, 4200],
        [ids['ended']!]: [5000, 20, 30, 3333.33],
      });
    });

    it('is idempotent: running it again creates nothing and returns what exists', async () => {
      const again = (await t.http.post('/api/stipends/generate').set(u.auth).send({ month: '2025-09' }).expect(200)).body as StipendGeneration;
      expect(again.created).toEqual([]);
      expect(again.existing).toHaveLength(6);
      const both = await Promise.all([0, 1].map(() => t.http.post('/api/stipends/generate').set(u.auth).send({ month: '2025-08' }).expect(200)));
      expect(both.map((r) => (r.body as StipendGeneration).created.length).sort()).toEqual([0, 5]);
      const august = (await t.http.get('/api/stipends').query({ month: '2025-08' }).set(u.auth).expect(200)).body as StipendView[];
      // August: the one certified on 10 September and the one starting on 16 September have none.
      expect(august.map((s) => s.amount).sort((a, b) => a - b)).toEqual([5000, 5000, 5000, 5500, 6000]);
    });

    it('marks a stipend paid once, not in the future nor before its month', async () => {
      const [s] = (await t.http.get('/api/stipends').query({ month: '2025-09', caregiverId: ids['full'] }).set(u.auth).expect(200)).body as StipendView[];
      await t.http.post(`/api/stipends/${s!.id}/paid`).set(u.auth).send({ paidOn: addDays(todayInBangkok(), 1) }).expect(400);
      expect((await t.http.post(`/api/stipends/${s!.id}/paid`).set(u.auth).send({ paidOn: '2025-08-31' }).expect(400)).body.errors[0]).toMatchObject({ field: 'paidOn', code: 'beforeMonth' });
      const paid = await t.http.post(`/api/stipends/${s!.id}/paid`).set(u.auth).send({ paidOn: '05/10/2568', confirmBelowNorm: true }).expect(200);
      expect(paid.body).toMatchObject({ id: s!.id, paidOn: '2025-10-05', amount: 5000 });
      expect((await t.http.post(`/api/stipends/${s!.id}/paid`).set(u.auth).send({ paidOn: '2025-10-06' }).expect(409)).body.code).toBe('STIPEND_ALREADY_PAID');
    });

    it('refuses a future month and a bad month; an earlier end date than a generated month is refused', async () => {
      const next = addDays(`${todayInBangkok().slice(0, 7)}-28`, 7).slice(0, 7);
      expect((await t.http.post('/api/stipends/generate').set(u.auth).send({ month: next }).expect(400)).body.errors[0]).toMatchObject({ field: 'month', code: 'stipendMonthInFuture' });
      await t.http.post('/api/stipends/generate').set(u.auth).send({ month: '2025/09' }).expect(400);
      await t.http.post('/api/stipends/generate').set(u.auth).send({}).expect(400);
      const c = (await t.http.get(`/api/caregivers/${ids['full']}`).set(u.auth).expect(200)).body as CaregiverDetailView;
      const early = await t.http.patch(`/api/caregivers/${c.id}`).set(u.auth).send({ version: c.version, endDate: '2025-08-31' }).expect(400);
      expect(early.body.errors[0]).toMatchObject({ field: 'endDate', code: 'stipendAfterEnd' });
    });

    it('PostgreSQL’s pro-rating agrees with proratedStipendSatang() in contracts (property test)', async () => {
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 28, max: 31 }), fc.integer({ min: 1, max: 31 }), async (satang, daysInMonth, d) => {
          const days = Math.min(d, daysInMonth);
          const { rows } = await t.owner.query<{ amount: string }>(`SELECT ${PRORATED_SQL('$1::numeric(10,2)', '$2::int', '$3::int')} AS amount`, [(satang / 100).toFixed(2), days, daysInMonth]);
          expect(Math.round(Number(rows[0]!.amount) * 100)).toBe(proratedStipendSatang(satang, days, daysInMonth));
        }),
        { numRuns: 300 },
      );
    });
  });

  describe('follow-up', () => {
    it('lists stale assessments (> 9 months), caregivers below 2 elders, and short visit days last month', async () => {
      const u = await t.user('staff', (await t.lao()).id);
      const today = todayInBangkok();
      const lastMonth = monthPeriod(addDays(`${today.slice(0, 7)}-01`, -1).slice(0, 7));
      const busy = await caregiver(u, { startDate: '2024-01-01' });
      const idle = await caregiver(u, { startDate: '2024-01-01' });
      const stale = await elder(u, 7, addDays(today, -290));
      const fresh = [await elder(u, 5, addDays(today, -200)), await elder(u, 9, addDays(today, -30))];
      await assign(u, busy.id, stale, '2024-06-01').expect(201);
      await assign(u, busy.id, fresh[0]!, '2024-06-01').expect(201);
      await assign(u, idle.id, fresh[1]!, '2024-06-01').expect(201);
      // busy: 20 distinct days last month (two visits on the first); idle: 3.
      for (let i = 0; i < 20; i++) await visit(u, { caregiverId: busy.id, recipientId: fresh[0]!, visitedOn: addDays(lastMonth.start, i) }).expect(201);
      await visit(u, { caregiverId: busy.id, recipientId: stale, visitedOn: lastMonth.start }).expect(201);
      for (let i = 0; i < 3; i++) await visit(u, { caregiverId: idle.id, recipientId: fresh[1]!, visitedOn: addDays(lastMonth.start, i) }).expect(201);
      const f = (await t.http.get('/api/caregivers/follow-up').set(u.auth).expect(200)).body as CaregiverFollowUp;
      expect(f).toMatchObject({ asOf: today, lastMonth: lastMonth.start.slice(0, 7) });
      expect(f.staleAssessments).toEqual([{
        recipient: { id: stale, name: expect.any(String) }, caregiver: { id: busy.id, name: busy.resident.name },
        lastAssessedOn: addDays(today, -290), lastTotal: 7, group: 'homebound', reassessmentDueOn: expect.any(String),
      }]);
      expect(f.belowMinimum).toEqual([{ caregiver: { id: idle.id, name: idle.resident.name }, activeRecipients: 1 }]);
      expect(f.shortVisitDays).toEqual([{ caregiver: { id: idle.id, name: idle.resident.name }, month: f.lastMonth, visitDays: 3, expectedDays: 20, daysActive: Number(lastMonth.end.slice(8)) }]);
      // A new assessment takes the elder off the list.
      await t.http.post(`/api/residents/${stale}/adl-assessments`).set(u.auth).send({ assessedOn: today, total: 7 }).expect(201);
      expect(((await t.http.get('/api/caregivers/follow-up').set(u.auth).expect(200)).body as CaregiverFollowUp).staleAssessments).toEqual([]);
    });
  });

  describe('figures', () => {
    it('by construction: FY2568 by sex, age band and ADL group, from one SQL statement', async () => {
      const u = await t.user('staff', (await t.lao()).id);
      // Age at the start of FY2568 (1 October 2024): 69 and 79.
      const man = await caregiver(u, { startDate: '2024-10-01' }, { sex: 'male', prefix: 'นาย', birthDate: '1955-01-01' });
      const woman = await caregiver(u, { startDate: '2025-09-16', extraCourseHours: 50 }, { sex: 'female', birthDate: '1945-01-01' });
      const [r1, r2, r3] = [await elder(u, 8), await elder(u, 2), await elder(u, 10)];
      await assign(u, man.id, r1, '2024-10-01').expect(201);
      await assign(u, man.id, r2, '2024-10-01').expect(201);
      await assign(u, woman.id, r3, '2025-09-16').expect(201);
      // Socially active after the year: the year's figures keep r1 as home-bound.
      await t.http.post(`/api/residents/${r1}/adl-assessments`).set(u.auth).send({ assessedOn: '2025-11-01', total: 14 }).expect(201);
      for (const [visitedOn, minutes] of [['2024-10-01', 60], ['2025-03-01', 90], ['2025-09-30', 120], ['2025-10-05', 45]] as const) {
        await visit(u, { caregiverId: man.id, recipientId: r2, visitedOn, minutes }).expect(201);
      }
      await visit(u, { caregiverId: woman.id, recipientId: r3, visitedOn: '2025-09-20', minutes: 30 }).expect(201);
      for (const month of ['2024-10', '2025-09', '2025-10']) await t.http.post('/api/stipends/generate').set(u.auth).send({ month }).expect(200);
      const [oct] = (await t.http.get('/api/stipends').query({ month: '2024-10' }).set(u.auth).expect(200)).body as StipendView[];
      await t.http.post(`/api/stipends/${oct!.id}/paid`).set(u.auth).send({ paidOn: '2024-10-31', confirmBelowNorm: true }).expect(200);

      const s = (await t.http.get('/api/caregivers/summary').query({ year: 2568 }).set(u.auth).expect(200)).body as CaregiversSummary;
      expect(s).toMatchObject({ year: 2568, yearType: 'fiscal', period: { start: '2024-10-01', end: '2025-09-30' } });
      // Stipends: October 5,000 (man); September 5,000 (man) + 3,000 (woman, 15 of 30 days at 6,000).
      expect(s).toMatchObject({ caregivers: 2, stipends: 13000, stipendsPaid: 5000, recipients: 3, visits: 4, minutes: 300, hours: 5 });
      expect(s.recipientsByGroup).toEqual([{ group: 'social', recipients: 0 }, { group: 'homebound', recipients: 2 }, { group: 'bedbound', recipients: 1 }]);
      expect(s.bySex).toEqual([
        { sex: 'female', caregivers: 1, stipends: 3000, stipendsPaid: 0, recipients: 1, visits: 1, minutes: 30, hours: 0.5 },
        { sex: 'male', caregivers: 1, stipends: 10000, stipendsPaid: 5000, recipients: 2, visits: 3, minutes: 270, hours: 4.5 },
      ]);
      expect(s.byAgeBand.map((g) => [g.ageBand, g.caregivers, g.stipends])).toEqual([['60-69', 1, 10000], ['70-79', 1, 3000]]);
      const calendar = (await t.http.get('/api/caregivers/summary').query({ year: 2568, yearType: 'calendar' }).set(u.auth).expect(200)).body as CaregiversSummary;
      // Calendar 2568 (2025): September and October stipends, visits of March, September (two) and October.
      expect(calendar).toMatchObject({ period: { start: '2025-01-01', end: '2025-12-31' }, stipends: 5000 + 3000 + 5000 + 6000, visits: 4, minutes: 90 + 120 + 45 + 30 });
      await t.http.get('/api/caregivers/summary').query({ year: 68 }).set(u.auth).expect(400);
    });
  });

  describe('isolation', () => {
    let other: TestUser;
    let c: CaregiverDetailView;
    let e: string;
    let stipend: StipendView;
    beforeAll(async () => {
      other = await t.user('staff', (await t.lao()).id);
      const u = await t.user('staff', (await t.lao()).id);
      c = await caregiver(u, { startDate: '2025-01-01' });
      e = await elder(u);
      await assign(u, c.id, e, '2025-01-01').expect(201);
      await visit(u, { caregiverId: c.id, recipientId: e, visitedOn: '2025-01-02' }).expect(201);
      [stipend] = ((await t.http.post('/api/stipends/generate').set(u.auth).send({ month: '2025-01' }).expect(200)).body as StipendGeneration).created as [StipendView];
    });

    it('another LAO gets 404 on every id, in the path or in the body, and sees nothing', async () => {
      await t.http.get(`/api/caregivers/${c.id}`).set(other.auth).expect(404);
      await t.http.patch(`/api/caregivers/${c.id}`).set(other.auth).send({ version: 1, careManager: 'ยึด' }).expect(404);
      await t.http.post(`/api/caregivers/${c.id}/recipients`).set(other.auth).send({ recipientId: await elder(other), from: '2025-02-01' }).expect(404);
      await t.http.post(`/api/caregivers/${c.id}/recipients/${e}/end`).set(other.auth).send({ to: '2025-03-01' }).expect(404);
      await t.http.get(`/api/caregivers/${c.id}/months/2025-01`).set(other.auth).expect(404);
      await t.http.post(`/api/stipends/${stipend.id}/paid`).set(other.auth).send({ paidOn: '2025-01-31' }).expect(404);
      await t.http.post(`/api/residents/${e}/adl-assessments`).set(other.auth).send({ assessedOn: '2025-01-01', total: 3 }).expect(404);
      await t.http.get(`/api/residents/${e}/adl-assessments`).set(other.auth).expect(404);
      // References in bodies.
      const asCaregiver = await newCaregiver(other, { residentId: e, startDate: '2025-01-01' }).expect(404);
      expect(asCaregiver.body.errors[0].field).toBe('residentId');
      const theirs = await caregiver(other, { startDate: '2025-01-01' });
      expect((await assign(other, theirs.id, e, '2025-02-01').expect(404)).body.errors[0].field).toBe('recipientId');
      expect((await visit(other, { caregiverId: c.id, recipientId: await elder(other), visitedOn: '2025-01-03' }).expect(404)).body.errors[0].field).toBe('caregiverId');
      expect((await visit(other, { caregiverId: theirs.id, recipientId: e, visitedOn: '2025-01-03' }).expect(404)).body.errors[0].field).toBe('recipientId');
      // Their lists and figures hold nothing of ours.
      expect((await roster(other)).map((x) => x.id)).toEqual([theirs.id]);
      expect((await t.http.get('/api/care-visits').query({ caregiverId: c.id }).set(other.auth).expect(200)).body).toEqual([]);
      expect((await t.http.get('/api/stipends').query({ month: '2025-01' }).set(other.auth).expect(200)).body).toEqual([]);
      expect((await t.http.get('/api/caregivers/summary').query({ year: 2568 }).set(other.auth).expect(200)).body).toMatchObject({ caregivers: 1, recipients: 0, visits: 0, stipends: 0 });
      // Unchanged for the owner.
      expect((await t.http.get(`/api/stipends`).query({ caregiverId: c.id }).set(staff.auth).expect(200)).body).toEqual([]);
      await t.http.get('/api/caregivers/not-a-uuid').set(other.auth).expect(404);
    });

    it('provincial and DLA officers get 403 on every caregiver endpoint', async () => {
      const officers = [await t.user('province_officer', await t.orgUnit('province', lao.provinceCode)), await t.user('dla_officer', await t.orgUnit('dla', 'DLA'))];
      const calls: [method: 'get' | 'post' | 'patch', path: string][] = [
        ['get', '/api/caregivers'], ['post', '/api/caregivers'], ['get', `/api/caregivers/${c.id}`], ['patch', `/api/caregivers/${c.id}`],
        ['post', `/api/caregivers/${c.id}/recipients`], ['post', `/api/caregivers/${c.id}/recipients/${e}/end`], ['get', `/api/caregivers/${c.id}/months/2025-01`],
        ['get', '/api/caregivers/follow-up'], ['get', '/api/caregivers/summary?year=2568'], ['get', '/api/care-visits'], ['post', '/api/care-visits'],
        ['get', '/api/stipends'], ['post', '/api/stipends/generate'], ['post', `/api/stipends/${stipend.id}/paid`],
        ['get', `/api/residents/${e}/adl-assessments`], ['post', `/api/residents/${e}/adl-assessments`],
      ];
      for (const o of officers) {
        for (const [method, path] of calls) {
          const res = await t.http[method](path).set(o.auth).send({});
          expect({ method, path, status: res.status }).toEqual({ method, path, status: 403 });
        }
      }
    });
  });
});
