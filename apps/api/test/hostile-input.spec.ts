import fc from 'fast-check';
import { VISIT_ACTIVITIES, type Role } from '@elderwork/contracts';
import { nationalIdCheckDigit } from '@elderwork/thai';
import { TestApp, type TestLao, type TestUser } from './support/test-app';
import {
  THAI, deep, encode, hostilePathValue, hostileQueryValue, hostileValue, openApiDocument, operations, queryString, type Operation,
} from './support/hostile-input';

/**
 * Issue #11's property: every operation of the app's OpenAPI document, sent hostile bodies, queries and
 * paths as each role, never answers 5xx; every 4xx carries a Thai message (and one per field); and a 4xx
 * changes no row of the test LAOs' tenant tables. ELDERWORK_FUZZ_RUNS=N for a longer run (default 8
 * per operation and role, about a minute; 30 took 200 s on a 2-core machine).
 */
const RUNS = Number(process.env['ELDERWORK_FUZZ_RUNS'] ?? 8);
const ROLES: Role[] = ['staff', 'lao_admin', 'province_officer', 'dla_officer'];

interface Ids {
  resident: string;
  disabled: string;
  employer: string;
  placement: string;
  course: string;
  session: string;
  wisdom: string;
  product: string;
  job: string;
  jobPlacement: string;
  income: string;
  caregiver: string;
  recipient: string;
  stipend: string | null;
  user: string;
}

/** A fuller LAO: one of everything, made through the API. */
async function seedLao(t: TestApp, staff: TestUser, admin: TestUser): Promise<Ids> {
  const ok = async (req: Promise<{ status: number; body: { id?: string } & Record<string, unknown> }>, status = 201) => {
    const res = await req;
    if (res.status !== status) throw new Error(`seed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const post = (path: string, body: object, status = 201) => ok(t.http.post(path).set(staff.auth).send(body), status);
  const resident = (await t.resident(staff)).id;
  const recipient = (await t.resident(staff)).id;
  const disabled = (await t.resident(staff, { disabilityType: 'physical' })).id;
  const stem = String(100000000000 + Math.floor(Math.random() * 899999999999)).slice(0, 12);
  const employer = (await post('/api/employers', { name: 'บริษัท ทดสอบ จำกัด', registrationNumber: stem + nationalIdCheckDigit(stem), provinceCode: '21' })).id!;
  const placement = (await post('/api/placements', { residentId: disabled, employerId: employer, modality: 'other_assistance', startDate: '2025-01-01', endDate: '2025-12-31' })).id!;
  const courseBody = await post('/api/courses', { kind: 'elderly_school', title: 'หลักสูตรทดสอบ', startDate: '2025-06-04', endDate: '2025-06-25', weekdays: [3], startTime: '09:00', hoursPerSession: 3 });
  const course = courseBody.id!;
  const session = (courseBody['sessions'] as { id: string }[])[0]!.id;
  await post(`/api/courses/${course}/enrolments`, { residentIds: [resident] }, 200);
  const wisdom = (await post('/api/wisdom', { residentId: resident, branch: 'agriculture', title: 'ทำนา' })).id!;
  const product = (await post('/api/products', { name: 'ขนม', category: 'food', makerIds: [resident] })).id!;
  const job = (await post('/api/jobs', { title: 'งาน', field: 'food', organisation: 'ครัวกลาง', weekdays: [1], startTime: '08:00', endTime: '12:00', physicalDemand: 'light', slots: 3 })).id!;
  const jobPlacement = (await post(`/api/jobs/${job}/placements`, { residentId: resident, from: '2025-01-01' })).id!;
  const income = (await post('/api/income-records', { residentId: resident, month: '2025-05', amount: 100, source: 'service', channel: 'order', jobPlacementId: jobPlacement })).id!;
  const caregiver = (await post('/api/caregivers', { residentId: resident, startDate: '2025-01-01', trainingHours: 70, careManager: 'นางสาวพยาบาล ใจดี', monthlyStipend: 1000 })).id!;
  await post(`/api/residents/${recipient}/adl-assessments`, { assessedOn: '2025-01-01', total: 8 });
  await post(`/api/caregivers/${caregiver}/recipients`, { recipientId: recipient, from: '2025-01-01' });
  const generated = await ok(t.http.post('/api/stipends/generate').set(staff.auth).send({ month: '2025-02' }), 200);
  const stipend = (generated['created'] as { id: string }[])[0]?.id ?? null;
  const user = (await t.user('staff', staff.orgUnitId)).id;
  void admin;
  return { resident, disabled, employer, placement, course, session, wisdom, product, job, jobPlacement, income, caregiver, recipient, stipend, user };
}

/** A body the operation would accept (or nearly), for mutation one field at a time. */
function seedBody(dto: string, ids: Ids): Record<string, unknown> {
  const seeds: Record<string, Record<string, unknown>> = {
    LoginDto: { email: 'nobody@test.example', password: 'wrong-password-123' },
    CreateUserDto: { email: `fuzz-${Math.random().toString(36).slice(2)}@test.example`, displayName: 'ผู้ใช้ทดสอบ', role: 'staff' },
    UpdateUserDto: { displayName: 'ผู้ใช้ทดสอบ' },
    CreateResidentDto: { nationalId: '1101700203451', prefix: 'นาง', firstName: 'สมศรี', lastName: 'ใจดี', sex: 'female', birthDate: '1950-05-01', legalBasis: 'legal_duty' },
    UpdateResidentDto: { version: 1, village: 'บ้านทดสอบ' },
    RemoveResidentDto: { reason: 'moved' },
    PutSection35RateDto: { dailyRate: 350 },
    CreateEmployerDto: { name: 'บริษัท', registrationNumber: '0105556000001', provinceCode: '21' },
    UpdateEmployerDto: { name: 'บริษัท ใหม่' },
    CreatePlacementDto: { residentId: ids.disabled, employerId: ids.employer, modality: 'other_assistance', startDate: '2025-01-01', endDate: '2025-12-31' },
    UpdatePlacementDto: { version: 1, note: 'หมายเหตุ' },
    CreatePaymentDto: { paidOn: '2025-06-30', amount: 100 },
    CreateCourseDto: { kind: 'elderly_school', title: 'หลักสูตร', startDate: '2025-06-04', endDate: '2025-06-25', weekdays: [3], startTime: '09:00', hoursPerSession: 3 },
    UpdateCourseDto: { version: 1, title: 'หลักสูตรใหม่' },
    CreateSessionDto: { date: '2025-06-12' },
    UpdateSessionDto: { note: 'หมายเหตุ' },
    AttendanceDto: { residentIds: [ids.resident] },
    EnrolDto: { residentIds: [ids.resident] },
    FollowUpDto: { followUp: 'earning' },
    CreateWisdomDto: { residentId: ids.resident, branch: 'agriculture', title: 'ทำนา' },
    UpdateWisdomDto: { version: 1, title: 'ทำไร่' },
    CreateProductDto: { name: 'สินค้า', category: 'food', makerIds: [ids.resident] },
    UpdateProductDto: { version: 1, unit: 'ชิ้น' },
    CreateIncomeRecordDto: { residentId: ids.resident, month: '2025-04', amount: 50, source: 'other', channel: 'market' },
    PutIncomeMonthDto: { rows: [{ residentId: ids.resident, amount: 10, source: 'other', channel: 'market' }] },
    CreateJobDto: { title: 'งาน', field: 'food', organisation: 'ครัว', weekdays: [2], startTime: '08:00', endTime: '10:00', physicalDemand: 'light', slots: 1 },
    UpdateJobDto: { version: 1, title: 'งานใหม่' },
    CreateJobPlacementDto: { residentId: ids.recipient, from: '2025-02-01' },
    UpdateJobPlacementDto: { note: 'หมายเหตุ' },
    ReportStepDto: { yearType: 'fiscal' },
    ReopenReportDto: { yearType: 'fiscal', reason: 'แก้ไข' },
    CreateAdlAssessmentDto: { assessedOn: '2025-03-01', total: 12 },
    CreateCaregiverDto: { residentId: ids.recipient, startDate: '2025-01-01', trainingHours: 70, careManager: 'ผู้จัดการ' },
    UpdateCaregiverDto: { version: 1, careManager: 'ผู้จัดการ' },
    AssignRecipientDto: { recipientId: ids.disabled, from: '2025-03-01' },
    EndAssignmentDto: { to: '2025-12-31' },
    CreateCareVisitDto: { caregiverId: ids.caregiver, recipientId: ids.recipient, visitedOn: '2025-03-03', minutes: 30, activities: [VISIT_ACTIVITIES[0]] },
    GenerateStipendsDto: { month: '2025-03' },
    MarkStipendPaidDto: { paidOn: '2025-04-01' },
  };
  return structuredClone(seeds[dto] ?? {});
}

function seedQuery(op: Operation): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  for (const f of op.query?.fields ?? []) {
    if (f.name === 'year') query['year'] = 2568;
    if (f.name === 'format') query['format'] = op.path.includes('statistics') ? 'csv' : 'xlsx';
  }
  for (const name of op.queryParams) if (name === 'format') query['format'] = 'csv';
  return query;
}

/** The value a path parameter would take in a well-formed request, by the collection it names. */
function seedPath(op: Operation, param: string, ids: Ids): string {
  const segment = op.path.split('/')[2];
  if (param === 'sessionId') return ids.session;
  if (param === 'residentId') return ids.resident;
  if (param === 'recipientId') return ids.recipient;
  if (param === 'placementId') return ids.jobPlacement;
  if (param === 'month') return segment === 'caregivers' ? '2025-03' : '2025-04';
  if (param === 'year') return '2568';
  const byCollection: Record<string, string | null> = {
    users: ids.user, residents: ids.resident, employers: ids.employer, placements: ids.placement, courses: ids.course,
    wisdom: ids.wisdom, products: ids.product, 'income-records': ids.income, jobs: ids.job, caregivers: ids.caregiver, stipends: ids.stipend,
  };
  return byCollection[segment ?? ''] ?? '00000000-0000-4000-8000-000000000000';
}

interface Sent {
  path: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  raw?: string;
}

/** Where the fuzzer's requests come from (TEST-NET-3, RFC 5737). */
const FUZZ_ADDRESS = '203.0.113.77';

/** Operations that take no body by design: the path says it all. */
const BODYLESS = new Set(['/api/auth/logout', '/api/auth/refresh', '/api/users/{id}/reset-link', '/api/users/{id}/unlock']);

describe('hostile input over the OpenAPI document', () => {
  let t: TestApp;
  let lao: TestLao;
  let other: TestLao;
  let users: Record<Role, TestUser>;
  let logoutTokens: Record<Role, TestUser>;
  let ids: Ids;
  let foreign: Ids;
  let ops: Operation[];
  let tables: { name: string; column: string }[];
  let scope: string[];

  beforeAll(async () => {
    // Its hostile logins come from an address of their own (through a trusted loopback proxy): the
    // login throttle is shared by the run's database, and they must not slow other files' logins.
    t = await TestApp.start({ env: { TRUST_PROXY: 'loopback' } });
    lao = await t.lao();
    other = await t.lao();
    const province = await t.orgUnit('province', lao.provinceCode);
    const dla = await t.orgUnit('dla', 'DLA');
    const unitOf: Record<Role, string> = { staff: lao.id, lao_admin: lao.id, province_officer: province, dla_officer: dla };
    users = {} as Record<Role, TestUser>;
    logoutTokens = {} as Record<Role, TestUser>;
    for (const role of ROLES) {
      users[role] = await t.user(role, unitOf[role]);
      logoutTokens[role] = await t.user(role, unitOf[role]);
    }
    ids = await seedLao(t, users.staff, users.lao_admin);
    const otherStaff = await t.user('staff', other.id);
    foreign = await seedLao(t, otherStaff, await t.user('lao_admin', other.id));
    ops = operations(t.app, openApiDocument(t.app));
    scope = [lao.id, other.id, province, dla];
    // Every table that holds a tenant's rows (lao_id) or an org unit's accounts (org_unit_id); sessions change on every request.
    const found = await t.owner.query<{ name: string; column: string }>(
      `SELECT c.relname AS name, a.attname AS column FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
       WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace AND a.attname IN ('lao_id', 'org_unit_id')
         AND c.relname NOT IN ('org_unit', 'user_session') ORDER BY 1`,
    );
    tables = found.rows;
  }, 120_000);
  afterAll(() => t.close());

  /** One checksum over every row of the test's org units in every tenant table, read as the owner. */
  async function checksum(): Promise<string> {
    const parts = tables.map(
      (x) => `SELECT '${x.name}' AS t, count(*) AS n, coalesce(md5(string_agg(r::text, ',' ORDER BY r::text)), '') AS h FROM "${x.name}" r WHERE "${x.column}" = ANY($1)`,
    );
    const { rows } = await t.owner.query<{ t: string; n: string; h: string }>(parts.join(' UNION ALL '), [scope]);
    return rows.map((r) => `${r.t}:${r.n}:${r.h}`).join(';');
  }

  const foreignIds = (): string[] => Object.values(foreign).filter((v): v is string => typeof v === 'string');

  function requestArb(op: Operation): fc.Arbitrary<Sent> {
    const fields = [...new Set([...(op.body?.fields.map((f) => f.name) ?? []), ...Object.keys(op.body ? seedBody(op.body.name, ids) : {})])];
    const value = hostileValue(foreignIds());
    const seed = () => (op.body ? seedBody(op.body.name, ids) : {});
    const mutated = fc
      .array(fc.tuple(fields.length ? fc.constantFrom(...fields) : fc.constant('unknown'), value), { minLength: 1, maxLength: 3 })
      .map((changes) => Object.assign(seed(), Object.fromEntries(changes)));
    const nulled = fields.length ? fc.constantFrom(...fields).map((f) => ({ ...seed(), [f]: null })) : fc.constant({});
    const body: fc.Arbitrary<{ body: unknown; raw?: string }> = fc.oneof(
      { arbitrary: mutated.map((b) => ({ body: b })), weight: 6 },
      { arbitrary: nulled.map((b) => ({ body: b })), weight: 3 },
      { arbitrary: fc.constant({ body: Object.fromEntries(fields.map((f) => [f, null])) }), weight: 1 },
      { arbitrary: value.map((b) => ({ body: b })), weight: 1 },
      { arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), value, { maxKeys: 4 }).map((b) => ({ body: b })), weight: 1 },
      { arbitrary: fc.integer({ min: 33, max: 1500 }).map((n) => ({ body: { [fields[0] ?? 'name']: deep(n) } })), weight: 1 },
      { arbitrary: fc.constant({ body: null, raw: JSON.stringify({ [fields[0] ?? 'name']: 'ก'.repeat(400_000) }) }), weight: 1 },
      { arbitrary: fc.constantFrom('{"a":', '[1,2', 'null', '"text"', '{"constructor":{"prototype":{}}}', '{"__proto__":{"x":1}}').map((raw) => ({ body: null, raw })), weight: 1 },
    );
    const queryFields = [...(op.query?.fields.map((f) => f.name) ?? []), ...op.queryParams, 'q', 'page'];
    const query = fc
      .array(fc.tuple(fc.constantFrom(...queryFields), hostileQueryValue(foreignIds())), { maxLength: 3 })
      .map((changes) => Object.assign(seedQuery(op), Object.fromEntries(changes)));
    const path = fc.record(
      Object.fromEntries(op.pathParams.map((p) => [p, fc.oneof({ arbitrary: fc.constant(seedPath(op, p, ids)), weight: 2 }, { arbitrary: hostilePathValue(foreignIds()), weight: 3 })])),
    ) as fc.Arbitrary<Record<string, string>>;
    const hasBody: fc.Arbitrary<{ body: unknown; raw?: string }> = op.method !== 'get' && op.method !== 'delete' ? body : fc.constant({ body: undefined });
    return fc.record({ path, query, b: hasBody }).map(({ path: p, query: q, b }) => ({ path: p, query: q, body: b.body, raw: b.raw }));
  }

  async function send(op: Operation, user: TestUser, sent: Sent): Promise<{ status: number; body: unknown }> {
    const url = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => encode(sent.path[name] ?? '')) + queryString(sent.query);
    const req = t.http[op.method](url).set(user.auth).set('X-Forwarded-For', FUZZ_ADDRESS);
    if (sent.raw !== undefined) return req.set('Content-Type', 'application/json').send(sent.raw);
    if (sent.body !== undefined) return req.set('Content-Type', 'application/json').send(JSON.stringify(sent.body));
    return req;
  }

  /** What is wrong with one answer, or null. */
  /**
   * The tables whose rows a 4xx changed. A refused import keeps its failed job (and the data version it
   * bumped) as the record of the attempt (decision 0014): that, and only for imports, is no change of data.
   */
  function diff(before: string, after: string, op: Operation): string | null {
    const was = new Set(before.split(';'));
    const allowed = op.multipart ? ['import_job', 'lao_data_version'] : [];
    const changed = after.split(';').filter((x) => !was.has(x)).map((x) => x.split(':')[0]!).filter((table) => !allowed.includes(table));
    return changed.length ? changed.join(', ') : null;
  }

  function problem(status: number, body: unknown, changed: string | null): string | null {
    if (status >= 500) return `${status}`;
    if (status < 400) return null;
    const b = (body ?? {}) as { message?: unknown; errors?: { field?: unknown; message?: unknown }[] };
    if (typeof b.message !== 'string' || !THAI.test(b.message)) return `${status} without a Thai message: ${JSON.stringify(body).slice(0, 200)}`;
    for (const e of b.errors ?? []) {
      if (typeof e.field !== 'string' || typeof e.message !== 'string' || !THAI.test(e.message)) return `${status} field error not Thai: ${JSON.stringify(e)}`;
    }
    if (changed) return `${status} but rows changed (${changed})`;
    return null;
  }

  it.each(ROLES)('as %s: no 5xx, a Thai message for each 4xx, and no row changed by a 4xx', async (role) => {
    const failures: string[] = [];
    let before = await checksum();
    for (const op of ops) {
      const user = op.path === '/api/auth/logout' ? logoutTokens[role] : users[role];
      const result = await fc.check(
        fc.asyncProperty(requestArb(op), async (sent) => {
          const res = await send(op, user, sent);
          const after = await checksum();
          const changed = res.status >= 400 && after !== before ? diff(before, after, op) : null;
          const wrong = problem(res.status, res.body, changed);
          before = after;
          if (wrong) throw new Error(`${wrong} ← ${JSON.stringify(sent).slice(0, 400)}`);
        }),
        { numRuns: RUNS, endOnFailure: true },
      );
      if (result.failed) failures.push(`${op.id}: ${result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance)}`);
    }
    if (failures.length) console.log(failures.join('\n'));
    expect(failures).toEqual([]);
  }, 600_000);

  it('covers every operation of the document (none silently left out)', () => {
    expect(ops.length).toBeGreaterThanOrEqual(90);
    const withoutShape = ops.filter((op) => op.method !== 'get' && op.method !== 'delete' && !op.body && !op.multipart && !BODYLESS.has(op.path) && !op.path.endsWith('/cancel'));
    expect(withoutShape.map((op) => op.id)).toEqual([]);
  });
});
