import type { ImportJobView } from '@elderwork/contracts';
import { nationalIdCheckDigit } from '@elderwork/thai';
import { TestApp, type TestLao, type TestUser } from './support/test-app';

/** A registry file of `n` valid elders (IDs from `base`), with `line(i)` replacing row i when given. */
function registry(n: number, base: number, line?: (i: number) => string | undefined): Buffer {
  const rows = ['nationalId,prefix,firstName,lastName,sex,birthDate,moo'];
  for (let i = 0; i < n; i += 1) {
    const stem = String(base + i).padStart(12, '0');
    rows.push(line?.(i) ?? `${stem}${nationalIdCheckDigit(stem)},นาง,สมศรี,ใจดี,female,1950-01-01,${1 + (i % 20)}`);
  }
  return Buffer.from(rows.join('\n') + '\n', 'utf8');
}

const FINISHED = ['done', 'failed', 'cancelled'];

describe('imports as jobs: GET /api/imports/:id, cancel, Prefer: respond-async', () => {
  let t: TestApp;
  let lao: TestLao;
  let staff: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  beforeEach(async () => {
    lao = await t.lao();
    staff = await t.user('staff', lao.id);
  });
  afterAll(() => t.close());

  const startAsync = (file: Buffer, user = staff) =>
    t.http.post('/api/residents/import').set(user.auth).set('Prefer', 'respond-async').attach('file', file, 'registry.csv');

  /** Polls as the web page does, keeping every view seen. */
  async function follow(id: string, user = staff): Promise<ImportJobView[]> {
    const seen: ImportJobView[] = [];
    for (;;) {
      const view = (await t.http.get(`/api/imports/${id}`).set(user.auth).expect(200)).body as ImportJobView;
      seen.push(view);
      if (FINISHED.includes(view.state)) return seen;
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
  }

  it('answers 202 at once and shows the rows and bytes done growing until the result', async () => {
    const firstId = `100000000000${nationalIdCheckDigit('100000000000')}`;
    // Row 7 is invalid; row 50,002 repeats row 2's ID in a later write batch than row 2's.
    const file = registry(60_000, 100_000_000_000, (i) =>
      i === 5 ? `1234567890123,นาง,ผิด,เลข,female,1950-01-01,1` : i === 50_000 ? `${firstId},นาง,ซ้ำ,ในไฟล์,female,1950-01-01,1` : undefined);
    const started = await startAsync(file).expect(202);
    const job = started.body as ImportJobView;
    expect(started.headers['location']).toBe(`/api/imports/${job.id}`);
    expect(job).toMatchObject({ kind: 'residents', fileName: 'registry.csv', bytesTotal: file.length, inserted: 0 });
    expect(['running', 'writing']).toContain(job.state);

    const seen = await follow(job.id);
    const last = seen.at(-1)!;
    expect(last).toMatchObject({ state: 'done', rowsDone: 60_000, rowsRejected: 2, inserted: 59_998, updated: 0, bytesDone: file.length, error: null });
    expect(last.rejected).toEqual([
      { row: 7, field: 'nationalId', message: expect.stringContaining('เลขประจำตัวประชาชน') },
      { row: 50_002, field: 'nationalId', message: expect.stringContaining('แถวที่ 2 ') },
    ]);
    // The bar moves: some view caught the job part-way, and progress never goes back.
    expect(seen.some((v) => v.rowsDone > 0 && v.rowsDone < 60_000)).toBe(true);
    const done = seen.map((v) => v.rowsDone);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(await t.count('resident', lao.id)).toBe(59_998);

    const list = await t.http.get('/api/imports').set(staff.auth).expect(200);
    expect(list.body[0]).toMatchObject({ id: job.id, state: 'done' });
  });

  it('a cancelled import writes nothing, reads cancelled, and cannot be cancelled again', async () => {
    const started = await startAsync(registry(200_000, 200_000_000_000)).expect(202);
    const cancel = await t.http.post(`/api/imports/${started.body.id}/cancel`).set(staff.auth).expect(200);
    expect(cancel.body).toMatchObject({ id: started.body.id, state: 'cancelled', inserted: 0 });
    expect(cancel.body.finishedAt).not.toBeNull();
    expect(await t.count('resident', lao.id)).toBe(0);
    const again = await t.http.post(`/api/imports/${started.body.id}/cancel`).set(staff.auth).expect(409);
    expect(again.body.code).toBe('IMPORT_FINISHED');
    expect(again.body.message).toContain('ยกเลิกไม่ได้');
  });

  it('a file that breaks far into it fails the job with its reason and leaves no row written', async () => {
    const file = registry(40_000, 300_000_000_000, (i) => (i === 39_000 ? `300000039000,"นาง,เปิด,อัญประกาศ,female,1950-01-01,1` : undefined));
    const started = await startAsync(file).expect(202);
    const last = (await follow(started.body.id)).at(-1)!;
    expect(last.state).toBe('failed');
    expect(last.error).toEqual({ code: 'BAD_FILE', message: expect.stringContaining('อ่านไฟล์ CSV ไม่ได้') });
    expect(await t.count('resident', lao.id)).toBe(0);
  });

  it('a file refused at its headings is a 400 even when asked to respond asynchronously', async () => {
    const res = await startAsync(Buffer.from('nationalId,firstName\n1,ก\n')).expect(400);
    expect(res.body.code).toBe('BAD_FILE');
    expect(res.body.message).toContain('lastName');
  });

  it('the classic request waits and returns the finished job, which GET returns too', async () => {
    const res = await t.http.post('/api/residents/import').set(staff.auth).attach('file', registry(3, 400_000_000_000), 'small.csv').expect(200);
    expect(res.body).toMatchObject({ state: 'done', rowsDone: 3, inserted: 3, fileName: 'small.csv' });
    const again = await t.http.get(`/api/imports/${res.body.id}`).set(staff.auth).expect(200);
    expect(again.body).toEqual(res.body);
  });

  it('a job whose owner stopped its heartbeat reads as failed, with the Thai reason, and cannot be cancelled', async () => {
    const res = await t.http.post('/api/residents/import').set(staff.auth).attach('file', registry(1, 500_000_000_000), 'small.csv').expect(200);
    // Another host's process, silent for three minutes (the default IMPORT_STALE_SECONDS is 30).
    await t.owner.query(
      `UPDATE import_job SET state = 'running', finished_at = NULL, owner_id = gen_random_uuid(), owner_host = 'elsewhere', heartbeat_at = now() - interval '3 minutes' WHERE id = $1`,
      [res.body.id],
    );
    const view = await t.http.get(`/api/imports/${res.body.id}`).set(staff.auth).expect(200);
    expect(view.body).toMatchObject({ state: 'failed', error: { code: 'IMPORT_INTERRUPTED', message: expect.stringContaining('หยุดกลางคัน') } });
    await t.http.post(`/api/imports/${res.body.id}/cancel`).set(staff.auth).expect(409);
  });

  describe('isolation', () => {
    it('another LAO’s staff cannot see, list or cancel the job (404), officers get 403', async () => {
      const started = await startAsync(registry(100_000, 600_000_000_000)).expect(202);
      const id = started.body.id as string;
      const other = await t.user('staff', (await t.lao()).id);
      await t.http.get(`/api/imports/${id}`).set(other.auth).expect(404);
      await t.http.post(`/api/imports/${id}/cancel`).set(other.auth).expect(404);
      expect((await t.http.get('/api/imports').set(other.auth).expect(200)).body).toEqual([]);
      const province = await t.user('province_officer', await t.orgUnit('province', lao.provinceCode));
      const dla = await t.user('dla_officer', await t.orgUnit('dla', 'DLA'));
      for (const officer of [province, dla]) {
        await t.http.get(`/api/imports/${id}`).set(officer.auth).expect(403);
        await t.http.get('/api/imports').set(officer.auth).expect(403);
        await t.http.post(`/api/imports/${id}/cancel`).set(officer.auth).expect(403);
      }
      // The job went on untouched.
      expect((await follow(id)).at(-1)).toMatchObject({ state: 'done', inserted: 100_000 });
    }, 120_000); // a 100,000-row import runs beside it

    it('an unknown or malformed id names nothing: 404, not a 500', async () => {
      await t.http.get('/api/imports/00000000-0000-4000-8000-000000000000').set(staff.auth).expect(404);
      await t.http.get('/api/imports/not-an-id').set(staff.auth).expect(404);
    });
  });
});
