import type { CreateResidentDto, ErrorBody, Page, ResidentView } from '@elderwork/contracts';
import { addDays, todayInBangkok } from '@elderwork/thai';
import { TestApp, type TestLao, type TestUser } from './support/test-app';

/** A birth date `years` before today (the age is `years` today). */
const yearsAgo = (years: number, today = todayInBangkok()): string => `${Number(today.slice(0, 4)) - years}${today.slice(4)}`.replace(/-02-29$/, '-02-28');

describe('registry filters and sort (GET /api/residents, decision 0038)', () => {
  let t: TestApp;
  let lao: TestLao;
  let staff: TestUser;
  let otherStaff: TestUser;
  /** Five elders of one LAO, in name order (ก ข ค ง จ) and created in that order. */
  const e: Record<1 | 2 | 3 | 4 | 5, string> = { 1: '', 2: '', 3: '', 4: '', 5: '' };
  let stranger: string;

  const list = async (query: Record<string, string | number | boolean>, user: TestUser = staff): Promise<Page<ResidentView>> =>
    (await t.http.get('/api/residents').query(query).set(user.auth).expect(200)).body as Page<ResidentView>;
  const ids = async (query: Record<string, string | number | boolean>): Promise<string[]> => {
    const page = await list({ pageSize: 200, ...query });
    expect(page.total).toBe(page.items.length);
    return page.items.map((r) => r.id);
  };
  const assess = (residentId: string, assessedOn: string, total: number) =>
    t.http.post(`/api/residents/${residentId}/adl-assessments`).set(staff.auth).send({ assessedOn, total }).expect(201);

  beforeAll(async () => {
    t = await TestApp.start();
    lao = await t.lao();
    staff = await t.user('staff', lao.id);
    const other = await t.lao();
    otherStaff = await t.user('staff', other.id);
    const make = async (fields: Partial<CreateResidentDto>, user = staff): Promise<string> => (await t.resident(user, fields)).id;
    e[1] = await make({ firstName: 'กมล', lastName: 'อ่อนศรี', sex: 'male', birthDate: yearsAgo(62), moo: 1, village: 'บ้านนา', livingAlone: false });
    e[2] = await make({ firstName: 'ขวัญ', lastName: 'ดีใจ', sex: 'female', birthDate: yearsAgo(75), moo: 2, village: 'บ้านดง', disabilityType: 'visual', livingAlone: true });
    e[3] = await make({ firstName: 'คำ', lastName: 'แสงทอง', sex: 'female', birthDate: yearsAgo(83), moo: 1, village: 'บ้านนา', disabilityType: 'physical', livingAlone: true });
    e[4] = await make({ firstName: 'งาม', lastName: 'ศรีสุข', sex: 'male', birthDate: yearsAgo(91), moo: null, village: null });
    // 59 today, 60 tomorrow: registered before turning 60.
    e[5] = await make({ firstName: 'จันทร์', lastName: 'ใจดี', sex: 'female', birthDate: yearsAgo(60, addDays(todayInBangkok(), 1)), moo: 3, village: 'บ้านนา' });
    await assess(e[1], '2026-01-10', 15);
    await assess(e[2], '2025-06-01', 16);
    await assess(e[2], '2026-02-01', 2); // the latest: bed-bound
    await assess(e[4], '2026-03-01', 8);
    // Another LAO's elder matching every filter above.
    stranger = await make({ firstName: 'กมล', lastName: 'อ่อนศรี', sex: 'male', birthDate: yearsAgo(62), moo: 1, village: 'บ้านนา' }, otherStaff);
  });
  afterAll(() => t.close());

  it('without filters lists the LAO in name order, as before', async () => {
    expect(await ids({})).toEqual([e[1], e[2], e[3], e[4], e[5]]);
  });

  it.each([
    ['village', { village: 'บ้านนา' }, [1, 3, 5]],
    ['village, trimmed', { village: '  บ้านดง ' }, [2]],
    ['moo', { moo: 1 }, [1, 3]],
    ['sex', { sex: 'female' }, [2, 3, 5]],
    ['sex male', { sex: 'male' }, [1, 4]],
    ['age band 60-69', { ageBand: '60-69' }, [1]],
    ['age band 70-79', { ageBand: '70-79' }, [2]],
    ['age band 80-89', { ageBand: '80-89' }, [3]],
    ['age band 90+', { ageBand: '90+' }, [4]],
    ['age band under-60', { ageBand: 'under-60' }, [5]],
    ['disability type', { disabilityType: 'visual' }, [2]],
    ['no disability', { disabilityType: 'none' }, [1, 4, 5]],
    ['living alone', { livingAlone: true }, [2, 3]],
    ['not living alone', { livingAlone: 'false' }, [1, 4, 5]],
    ['ADL social', { adlGroup: 'social' }, [1]],
    ['ADL bed-bound (the latest assessment, not the earlier social one)', { adlGroup: 'bedbound' }, [2]],
    ['ADL home-bound', { adlGroup: 'homebound' }, [4]],
    ['ADL unassessed', { adlGroup: 'unassessed' }, [3, 5]],
    ['sex and village', { sex: 'female', village: 'บ้านนา' }, [3, 5]],
    ['sex, village and living alone', { sex: 'female', village: 'บ้านนา', livingAlone: true }, [3]],
    ['moo and ADL', { moo: 1, adlGroup: 'unassessed' }, [3]],
    ['search and a filter', { q: 'ใจดี', sex: 'female' }, [5]],
    ['nothing matches', { moo: 2, sex: 'male' }, []],
  ] as [string, Record<string, string | number | boolean>, (1 | 2 | 3 | 4 | 5)[]][])('%s narrows to exactly the matching elders', async (_name, query, expected) => {
    expect(await ids(query)).toEqual(expected.map((n) => e[n]));
  });

  it('counts a filtered list with the same filter, past the first page', async () => {
    const first = await list({ sex: 'female', pageSize: 1 });
    expect(first.items.map((r) => r.id)).toEqual([e[2]]);
    expect(first.total).toBe(3);
    const second = await list({ sex: 'female', pageSize: 2, page: 2 });
    expect(second.items.map((r) => r.id)).toEqual([e[5]]);
    expect(second.total).toBe(3);
    // The unfiltered registry's kept count is not reused for a filter, nor the other way.
    expect((await list({ pageSize: 1 })).total).toBe(5);
    expect((await list({ pageSize: 1, moo: 1 })).total).toBe(2);
    expect((await list({ pageSize: 1 })).total).toBe(5);
  });

  it.each([
    ['name', [1, 2, 3, 4, 5]],
    ['-name', [5, 4, 3, 2, 1]],
    ['age', [5, 1, 2, 3, 4]],
    ['-age', [4, 3, 2, 1, 5]],
    ['moo', [1, 3, 2, 5, 4]],
    ['-moo', [5, 2, 1, 3, 4]],
    ['village', [2, 1, 3, 5, 4]],
    ['-village', [1, 3, 5, 2, 4]],
    ['createdAt', [1, 2, 3, 4, 5]],
    ['-createdAt', [5, 4, 3, 2, 1]],
  ] as [string, (1 | 2 | 3 | 4 | 5)[]][])('sorts by %s', async (sort, expected) => {
    expect(await ids({ sort })).toEqual(expected.map((n) => e[n]));
  });

  it('sorts a filtered list and pages through it in that order', async () => {
    expect(await ids({ village: 'บ้านนา', sort: '-age' })).toEqual([e[3], e[1], e[5]]);
    const page2 = await list({ village: 'บ้านนา', sort: '-age', pageSize: 2, page: 2 });
    expect(page2.items.map((r) => r.id)).toEqual([e[5]]);
    expect(page2.total).toBe(3);
  });

  it.each([
    ['moo', '0'],
    ['moo', '100'],
    ['moo', 'หนึ่ง'],
    ['sex', 'other'],
    ['ageBand', '50-59'],
    ['disabilityType', 'deaf'],
    ['livingAlone', 'maybe'],
    ['adlGroup', 'dependent'],
    ['sort', 'height'],
    ['sort', '--name'],
    ['sort', 'name;DROP TABLE resident'],
    ['village', 'ก'.repeat(101)],
  ])('refuses %s=%s with 400 naming the field in Thai', async (field, value) => {
    const res = await t.http.get('/api/residents').query({ [field]: value }).set(staff.auth).expect(400);
    const body = res.body as ErrorBody;
    expect(body.errors).toEqual([expect.objectContaining({ field, message: expect.stringMatching(/[\u0E00-\u0E7F]/) })]);
  });

  it("never shows another LAO's elders, whatever the filter", async () => {
    const query = { village: 'บ้านนา', moo: 1, sex: 'male', ageBand: '60-69', disabilityType: 'none', livingAlone: false, adlGroup: 'unassessed' };
    expect((await list(query)).items).toEqual([]);
    expect((await list({ village: 'บ้านนา', moo: 1, sex: 'male' })).items.map((r) => r.id)).toEqual([e[1]]);
    const theirs = await list(query, otherStaff);
    expect(theirs.items.map((r) => r.id)).toEqual([stranger]);
    expect(theirs.total).toBe(1);
  });

  it('records the filters and the sort in the access log beside the search and page', async () => {
    const [{ now: since } = { now: new Date() }] = (await t.owner.query<{ now: Date }>('SELECT clock_timestamp() AS now')).rows;
    await list({ q: 'ใจดี', moo: 3, sex: 'female', adlGroup: 'unassessed', livingAlone: false, sort: '-age' });
    const { rows } = await t.owner.query<{ filters: unknown; count: number }>(
      'SELECT filters, count FROM access_log WHERE lao_id = $1 AND at >= $2', [lao.id, since],
    );
    expect(rows).toEqual([
      { filters: { q: 'ใจดี', page: 1, pageSize: 20, moo: 3, sex: 'female', adlGroup: 'unassessed', livingAlone: false, sort: '-age' }, count: 1 },
    ]);
  });

  it('filters the removed records too, apart from the current ones', async () => {
    const gone = (await t.resident(staff, { firstName: 'ฉวี', lastName: 'ย้ายไป', village: 'บ้านนา', moo: 1 })).id;
    await t.http.delete(`/api/residents/${gone}`).set(staff.auth).send({ reason: 'moved' }).expect(200);
    expect(await ids({ village: 'บ้านนา' })).toEqual([e[1], e[3], e[5]]);
    expect(await ids({ removed: true, village: 'บ้านนา', moo: 1 })).toEqual([gone]);
    expect(await ids({ removed: true, village: 'บ้านดง' })).toEqual([]);
  });
});
