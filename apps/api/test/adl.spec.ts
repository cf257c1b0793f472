import type { AdlAssessmentView, AuditEntryView } from '@elderwork/contracts';
import { addDays, todayInBangkok } from '@elderwork/thai';
import { TestApp, type TestLao, type TestUser } from './support/test-app';

const ITEMS = { feeding: 2, bathing: 0, grooming: 1, dressing: 1, bowels: 2, bladder: 1, toiletUse: 1, transfers: 1, mobility: 0, stairs: 0 };

describe('ADL assessments (Barthel, 20-point form)', () => {
  let t: TestApp;
  let lao: TestLao;
  let staff: TestUser;
  let elder: string;

  const assess = (user: TestUser, residentId: string, body: object) => t.http.post(`/api/residents/${residentId}/adl-assessments`).set(user.auth).send(body);
  const rows = async (laoId: string): Promise<number> =>
    Number((await t.owner.query<{ n: string }>('SELECT count(*) AS n FROM adl_assessment WHERE lao_id = $1', [laoId])).rows[0]!.n);

  beforeAll(async () => {
    t = await TestApp.start();
    lao = await t.lao();
    staff = await t.user('staff', lao.id);
    elder = (await t.resident(staff)).id;
  });
  afterAll(() => t.close());

  it('scores the ten items: the API adds them up and names the group', async () => {
    const res = await assess(staff, elder, { assessedOn: '2026-03-01', items: ITEMS, note: 'ประเมินที่บ้าน' }).expect(201);
    const a = res.body as AdlAssessmentView;
    expect(a).toMatchObject({ residentId: elder, assessedOn: '2026-03-01', items: ITEMS, total: 9, group: 'homebound', dependent: true, note: 'ประเมินที่บ้าน' });
    expect(a.reassessmentDueOn).toBe('2026-12-01');
    expect(a.assessedBy.id).toBe(staff.id);
  });

  it('takes a total alone (items null) and groups at the thresholds: ≥ 12 ติดสังคม, 5–11 ติดบ้าน, 0–4 ติดเตียง', async () => {
    const person = (await t.resident(staff)).id;
    const cases: [number, string, boolean][] = [[20, 'social', false], [12, 'social', false], [11, 'homebound', true], [5, 'homebound', true], [4, 'bedbound', true], [0, 'bedbound', true]];
    for (const [total, group, dependent] of cases) {
      const res = await assess(staff, person, { assessedOn: '2026-01-10', total }).expect(201);
      expect(res.body).toMatchObject({ total, group, dependent, items: null });
    }
    // Items and a total that agree are fine; a BE date is converted.
    const both = await assess(staff, person, { assessedOn: '15/02/2569', items: ITEMS, total: 9 }).expect(201);
    expect(both.body).toMatchObject({ assessedOn: '2026-02-15', total: 9 });
  });

  it('keeps the history, newest first', async () => {
    const person = (await t.resident(staff)).id;
    await assess(staff, person, { assessedOn: '2025-06-01', total: 10 }).expect(201);
    await assess(staff, person, { assessedOn: '2026-02-01', total: 3 }).expect(201);
    await assess(staff, person, { assessedOn: '2025-12-01', total: 6 }).expect(201);
    const res = await t.http.get(`/api/residents/${person}/adl-assessments`).set(staff.auth).expect(200);
    expect((res.body as AdlAssessmentView[]).map((a) => [a.assessedOn, a.total, a.group])).toEqual([
      ['2026-02-01', 3, 'bedbound'], ['2025-12-01', 6, 'homebound'], ['2025-06-01', 10, 'homebound'],
    ]);
  });

  it('refuses scores outside an item’s range, missing or unknown items, and bad totals (400, nothing written)', async () => {
    const before = await rows(lao.id);
    const fieldOf = async (body: object): Promise<{ field: string; code: string; message: string }> => {
      const res = await assess(staff, elder, { assessedOn: '2026-03-01', ...body }).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      return res.body.errors[0];
    };
    expect(await fieldOf({ items: { ...ITEMS, feeding: 3 } })).toMatchObject({ field: 'items.feeding', code: 'adlScore', message: 'คะแนนข้อนี้ต้องเป็น 0, 1 หรือ 2' });
    expect(await fieldOf({ items: { ...ITEMS, transfers: 4 } })).toMatchObject({ field: 'items.transfers', message: 'คะแนนข้อนี้ต้องเป็น 0, 1, 2 หรือ 3' });
    expect(await fieldOf({ items: { ...ITEMS, bathing: 2 } })).toMatchObject({ field: 'items.bathing', message: 'คะแนนข้อนี้ต้องเป็น 0 หรือ 1' });
    expect(await fieldOf({ items: { ...ITEMS, grooming: -1 } })).toMatchObject({ field: 'items.grooming' });
    expect(await fieldOf({ items: { ...ITEMS, mobility: 1.5 } })).toMatchObject({ field: 'items.mobility' });
    const { stairs: _stairs, ...nine } = ITEMS;
    // An unanswered item (missing, null, or '' from a form) is asked for, not told its range.
    const choose = { code: 'adlScoreRequired', message: 'กรุณาเลือกคะแนนข้อนี้' };
    expect(await fieldOf({ items: nine })).toEqual({ field: 'items.stairs', ...choose });
    expect(await fieldOf({ items: { ...ITEMS, feeding: null } })).toEqual({ field: 'items.feeding', ...choose });
    expect(await fieldOf({ items: { ...ITEMS, transfers: '' } })).toEqual({ field: 'items.transfers', ...choose });
    expect(await fieldOf({ items: { ...ITEMS, walking: 1 } })).toMatchObject({ field: 'items.walking', code: 'unknownField' });
    expect(await fieldOf({ items: 'all good' })).toMatchObject({ field: 'items' });
    expect(await fieldOf({ items: ITEMS, total: 10 })).toMatchObject({ field: 'total', code: 'adlTotalMismatch' });
    expect(await fieldOf({})).toMatchObject({ field: 'total', code: 'adlItemsOrTotal' });
    expect(await fieldOf({ total: 21 })).toMatchObject({ field: 'total', code: 'adlTotal' });
    expect(await fieldOf({ total: 'สิบ' })).toMatchObject({ field: 'total' });
    const future = await assess(staff, elder, { assessedOn: addDays(todayInBangkok(), 1), total: 8 }).expect(400);
    expect(future.body.errors[0]).toMatchObject({ field: 'assessedOn', code: 'assessedInFuture' });
    await assess(staff, elder, { assessedOn: '2026-02-30', total: 8 }).expect(400);
    expect(await rows(lao.id)).toBe(before);
  });

  it('audits writes and reads of the health record', async () => {
    const admin = await t.user('lao_admin', lao.id);
    const person = (await t.resident(staff)).id;
    await assess(staff, person, { assessedOn: '2026-03-01', total: 7 }).expect(201);
    await t.http.get(`/api/residents/${person}/adl-assessments`).set(staff.auth).expect(200);
    const audit = (await t.http.get(`/api/residents/${person}/audit`).set(admin.auth).expect(200)).body as AuditEntryView[];
    expect(audit.filter((e) => e.note?.startsWith('ADL')).map((e) => e.action).sort()).toEqual(['read', 'update']);
  });

  it('another LAO gets 404 (nothing written); officers get 403', async () => {
    const other = await t.user('staff', (await t.lao()).id);
    const before = await rows(lao.id);
    await assess(other, elder, { assessedOn: '2026-03-01', total: 8 }).expect(404);
    await t.http.get(`/api/residents/${elder}/adl-assessments`).set(other.auth).expect(404);
    await t.http.get('/api/residents/not-a-uuid/adl-assessments').set(staff.auth).expect(404);
    expect(await rows(lao.id)).toBe(before);
    const officers = [await t.user('province_officer', await t.orgUnit('province', lao.provinceCode)), await t.user('dla_officer', await t.orgUnit('dla', 'DLA'))];
    for (const o of officers) {
      await assess(o, elder, { assessedOn: '2026-03-01', total: 8 }).expect(403);
      await t.http.get(`/api/residents/${elder}/adl-assessments`).set(o.auth).expect(403);
    }
  });
});
