import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import ExcelJS from 'exceljs';
import { IMPORT_MESSAGES, MAX_INCOME_IMPORT_ROWS, MAX_LISTED_REJECTIONS, type ImportJobView, type ImportResult } from '@elderwork/contracts';
import { nationalIdCheckDigit } from '@elderwork/thai';
import { startApiChild, type ApiChild } from './support/api-child';
import { appUrlFrom } from '../src/database/database-urls';
import { TEST_APP_PASSWORD, testOwnerUrl } from './support/test-env';
import { TestApp, type TestLao, type TestUser } from './support/test-app';
import { sharedStringsBomb, sheetBomb } from './support/zip-bombs';

/** A registry file of `n` valid elders, IDs from `base`. */
function registry(n: number, base: number): Buffer {
  const rows = ['nationalId,prefix,firstName,lastName,sex,birthDate,moo'];
  for (let i = 0; i < n; i += 1) {
    const stem = String(base + i).padStart(12, '0');
    rows.push(`${stem}${nationalIdCheckDigit(stem)},นาง,สมศรี,ใจดี,female,1950-01-01,${1 + (i % 20)}`);
  }
  return Buffer.from(rows.join('\n') + '\n', 'utf8');
}

const FINISHED = ['done', 'failed', 'cancelled'];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * How long one health probe may take here. A pool deadlock (the bug) holds a probe for minutes;
 * a loaded two-core CI machine can hold a healthy one for seconds, so this is no latency figure:
 * the one-second latency is measured in bench/ (bench/src/import-load.ts, decision 0017).
 */
const PROBE_BOUND_MS = 20_000;

describe('imports that keep the API answering and clean up after themselves (decision 0017)', () => {
  let t: TestApp;
  let root: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'elderwork-uploads-test-'));
    t = await TestApp.start({ env: { IMPORT_UPLOAD_DIR: root } });
  });
  afterAll(() => t.close());

  /** What this process has left in its upload directory, and ExcelJS's temporary files of this process. */
  const uploadsLeft = (): string[] => readdirSync(join(root, String(process.pid)));
  const excelTemps = (): string[] => readdirSync(tmpdir()).filter((name) => name.startsWith(`tmp-${process.pid}-`));

  async function staffOfTwoLaos(): Promise<{ laos: TestLao[]; staff: TestUser[] }> {
    const laos = [await t.lao(), await t.lao()];
    return { laos, staff: [await t.user('staff', laos[0]!.id), await t.user('staff', laos[1]!.id)] };
  }

  /** Polls /api/health one probe after another until `work` ends; each probe's status (0: no answer within the bound). */
  async function probing<T>(work: Promise<T>): Promise<{ result: T; probes: number[] }> {
    const probes: number[] = [];
    let running = true;
    const prober = (async () => {
      while (running) {
        probes.push(await t.http.get('/api/health').timeout(PROBE_BOUND_MS).then((r) => r.status, () => 0));
        await sleep(50);
      }
    })();
    try {
      return { result: await work, probes };
    } finally {
      running = false;
      await prober;
    }
  }

  async function follow(id: string, user: TestUser): Promise<ImportJobView> {
    for (;;) {
      const view = (await t.http.get(`/api/imports/${id}`).set(user.auth).expect(200)).body as ImportJobView;
      if (FINISHED.includes(view.state)) return view;
      await sleep(100);
    }
  }

  describe('parallel imports under the import slots', () => {
    it('ten parallel registry imports (2,000 rows, staff of two LAOs) all finish while every health probe answers', async () => {
      const { laos, staff } = await staffOfTwoLaos();
      const uploads = Array.from({ length: 10 }, (_, i) =>
        t.http.post('/api/residents/import').set(staff[i % 2]!.auth).attach('file', registry(2000, 710_000_000_000 + i * 2000), `r${i}.csv`).timeout(240_000));
      const { result, probes } = await probing(Promise.all(uploads));
      expect(result.map((r) => [r.status, r.body.state, r.body.inserted])).toEqual(Array.from({ length: 10 }, () => [200, 'done', 2000]));
      expect(probes.length).toBeGreaterThan(0);
      expect(probes.filter((status) => status !== 200)).toEqual([]);
      expect(await t.count('resident', laos[0]!.id)).toBe(10_000);
      expect(await t.count('resident', laos[1]!.id)).toBe(10_000);
      expect(uploadsLeft()).toEqual([]);
    }, 300_000);

    it('thirty asked to respond asynchronously: those beyond the slots are queued with their place, all finish, health answers throughout', async () => {
      const { laos, staff } = await staffOfTwoLaos();
      const work = (async () => {
        const answers = await Promise.all(Array.from({ length: 30 }, (_, i) =>
          t.http.post('/api/residents/import').set(staff[i % 2]!.auth).set('Prefer', 'respond-async')
            .attach('file', registry(2000, 720_000_000_000 + i * 2000), `r${i}.csv`).timeout(240_000)));
        const ends = await Promise.all(answers.map((a, i) => follow(a.body.id as string, staff[i % 2]!)));
        return { answers, ends };
      })();
      const { result, probes } = await probing(work);
      expect(result.answers.map((a) => a.status)).toEqual(Array.from({ length: 30 }, () => 202));
      const queued = result.answers.map((a) => a.body as ImportJobView).filter((v) => v.state === 'queued');
      // IMPORT_CONCURRENCY is 2: at least 28 wait, each with its place (1 = next).
      expect(queued.length).toBeGreaterThanOrEqual(28);
      expect(queued.every((v) => Number.isInteger(v.queuePosition) && v.queuePosition! >= 1)).toBe(true);
      expect(Math.max(...queued.map((v) => v.queuePosition!))).toBeGreaterThan(1);
      expect(result.ends.map((v) => [v.state, v.inserted, v.queuePosition])).toEqual(Array.from({ length: 30 }, () => ['done', 2000, null]));
      expect(probes.filter((status) => status !== 200)).toEqual([]);
      expect(await t.count('resident', laos[0]!.id)).toBe(30_000);
      expect(await t.count('resident', laos[1]!.id)).toBe(30_000);
      expect(uploadsLeft()).toEqual([]);
    }, 300_000);
  });

  describe('a queued import', () => {
    it('cancelled while it waits for a slot: ends at once, cancelled, its upload removed; the running ones go on', async () => {
      const { laos, staff } = await staffOfTwoLaos();
      const start = (rows: number, base: number) => t.http.post('/api/residents/import').set(staff[0]!.auth).set('Prefer', 'respond-async').attach('file', registry(rows, base), 'r.csv');
      const running = [await start(100_000, 750_000_000_000).expect(202), await start(100_000, 751_000_000_000).expect(202)];
      const queued = await start(10, 752_000_000_000).expect(202);
      expect(queued.body).toMatchObject({ state: 'queued', queuePosition: 1, rowsDone: 0 });
      const { rows } = await t.owner.query<{ file_path: string }>(`SELECT file_path FROM import_job WHERE id = $1`, [queued.body.id]);
      expect(existsSync(rows[0]!.file_path)).toBe(true);

      const cancel = await t.http.post(`/api/imports/${queued.body.id}/cancel`).set(staff[0]!.auth).expect(200);
      expect(cancel.body).toMatchObject({ state: 'cancelled', queuePosition: null, inserted: 0, finishedAt: expect.any(String) });
      expect(existsSync(rows[0]!.file_path)).toBe(false);
      for (const r of running) expect(await follow(r.body.id as string, staff[0]!)).toMatchObject({ state: 'done', inserted: 100_000 });
      expect(await t.count('resident', laos[0]!.id)).toBe(200_000);
      expect(uploadsLeft()).toEqual([]);
    }, 300_000);
  });

  describe('XLSX bombs (default caps: 200 MB unpacked, ratio 100)', () => {
    let staff: TestUser;
    let lao: TestLao;
    beforeAll(async () => {
      lao = await t.lao();
      staff = await t.user('staff', lao.id);
    });

    // `late`: the bomb is past the sheet's heading row, so an asynchronous request is answered 202 and its job fails.
    const shapes: [string, () => Buffer, number, string, string, boolean][] = [
      ['sharedStrings.xml of 3 GB, declared', () => sharedStringsBomb(3, false), 413, 'IMPORT_TOO_LARGE', 'คลายการบีบอัดแล้วมีขนาดเกิน 200 MB', false],
      ['sharedStrings.xml of 3 GB declared as 900 KB', () => sharedStringsBomb(3, true), 400, 'BAD_FILE', 'เสียหาย', false],
      ['sheet1.xml of 2.15 GB before sharedStrings.xml, declared', () => sheetBomb(2.15, false), 413, 'IMPORT_TOO_LARGE', 'คลายการบีบอัดแล้วมีขนาดเกิน 200 MB', false],
      ['sheet1.xml of 2.15 GB before sharedStrings.xml declared as 900 KB', () => sheetBomb(2.15, true), 400, 'BAD_FILE', 'เสียหาย', true],
      ['sheet1.xml of 150 MB (under the cap) compressed a thousandfold', () => sheetBomb(0.15, false), 400, 'BAD_FILE', 'บีบอัดมากผิดปกติ (เกิน 100 เท่า)', false],
    ];

    it.each(shapes)('%s: refused with its Thai message, no row written, no temporary file left, memory flat', async (_shape, build, status, code, message, late) => {
      const bomb = build();
      const rssBefore = process.memoryUsage().rss;
      const refused = { code, message: expect.stringContaining(message) };
      const classic = await t.http.post('/api/residents/import').set(staff.auth).attach('file', bomb, 'bomb.xlsx').expect(status);
      expect(classic.body).toMatchObject(refused);
      const async = await t.http.post('/api/residents/import').set(staff.auth).set('Prefer', 'respond-async').attach('file', bomb, 'bomb.xlsx').expect(late ? 202 : status);
      if (late) expect(await follow(async.body.id as string, staff)).toMatchObject({ state: 'failed', error: refused });
      else expect(async.body).toMatchObject(refused);
      const income = await t.http.post('/api/income-records/import').set(staff.auth).attach('file', bomb, 'bomb.xlsx').expect(status);
      expect(income.body).toMatchObject(refused);
      // The review saw 3 GB of heap and a 2.1 GB temporary file; a reader that stops at the cap grows by far less than one cap.
      expect(process.memoryUsage().rss - rssBefore).toBeLessThan(200 * 1024 * 1024);
      expect(uploadsLeft()).toEqual([]);
      expect(excelTemps()).toEqual([]);
      expect(await t.count('resident', lao.id)).toBe(0);
      const jobs = (await t.http.get('/api/imports').set(staff.auth).expect(200)).body as ImportJobView[];
      expect(jobs.filter((j) => j.state !== 'failed')).toEqual([]);
    }, 60_000);

    it('a file that starts like a zip and is none, or whose directory points past its end: 400 from both imports, never a 500', async () => {
      const lying = sharedStringsBomb(0.01, false);
      lying.writeUInt32LE(0x7fffffff, lying.length - 6); // the directory's offset
      for (const file of [Buffer.from('PK\u0003\u0004 and then nothing of a zip'), lying]) {
        for (const target of ['/api/residents/import', '/api/income-records/import']) {
          const res = await t.http.post(target).set(staff.auth).attach('file', file, 'broken.xlsx').expect(400);
          expect(res.body).toMatchObject({ code: 'BAD_FILE', message: expect.stringContaining('Excel') });
        }
      }
      expect(uploadsLeft()).toEqual([]);
    });

    it('the app’s own XLSX templates, downloaded and uploaded again, leave no temporary file', async () => {
      for (const [template, target] of [['/api/residents/import/template', '/api/residents/import'], ['/api/income-records/import/template', '/api/income-records/import']] as const) {
        const xlsx = await t.http.get(template).query({ format: 'xlsx' }).set(staff.auth).buffer(true).parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        }).expect(200);
        const res = await t.http.post(target).set(staff.auth).attach('file', xlsx.body as Buffer, 'template.xlsx').expect(200);
        expect(res.body).toMatchObject({ inserted: 0, updated: 0, rowsRejected: 0 });
      }
      expect(excelTemps()).toEqual([]);
      expect(uploadsLeft()).toEqual([]);
    });
  });

  describe('the income import’s answer and size', () => {
    let staff: TestUser;
    let lao: TestLao;
    beforeAll(async () => {
      lao = await t.lao();
      staff = await t.user('staff', lao.id);
    });
    const upload = (content: string) => t.http.post('/api/income-records/import').set(staff.auth).attach('file', Buffer.from(content, 'utf8'), 'income.csv');

    it('counts every rejected row and lists the first 1,000', async () => {
      const elder = await t.resident(staff);
      const lines = ['nationalId,month,amount', `${elder.nationalId},2025-05,120`];
      for (let i = 0; i < 3000; i += 1) lines.push(`1234567890121,2025-05,${i + 1}`);
      const res = await upload(lines.join('\n')).expect(200);
      const body = res.body as ImportResult;
      expect(body).toMatchObject({ inserted: 1, rowsRejected: 3000, rejectionsTruncated: true });
      expect(body.rejected).toHaveLength(MAX_LISTED_REJECTIONS);
      expect(body.rejected[0]).toEqual({ row: 3, field: 'nationalId', message: expect.stringContaining('ไม่พบ') });
      expect(body.rejected.at(-1)!.row).toBe(1002);
      expect(uploadsLeft()).toEqual([]);
    });

    it(`refuses a file of more than ${MAX_INCOME_IMPORT_ROWS.toLocaleString('en-US')} rows with a Thai 413, writing nothing`, async () => {
      const elder = await t.resident(staff);
      const lines = ['nationalId,month,amount', `${elder.nationalId},2025-06,120`];
      for (let i = 0; i < MAX_INCOME_IMPORT_ROWS; i += 1) lines.push(`1234567890121,2025-05,${(i % 900) + 1}`);
      const res = await upload(lines.join('\n')).expect(413);
      expect(res.body).toMatchObject({ code: 'IMPORT_TOO_LARGE', message: expect.stringContaining('เกิน 50,000 แถว') });
      const list = await t.http.get('/api/income-records').query({ residentId: elder.id }).set(staff.auth).expect(200);
      expect(list.body.items).toEqual([]);
      expect(uploadsLeft()).toEqual([]);
    });

    it('reads a whole XLSX sheet of Thai text, split across many inflated chunks, unchanged', async () => {
      const elder = await t.resident(staff);
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('income');
      sheet.addRow(['nationalId', 'month', 'amount', 'note']);
      const note = 'ขายขนมกล้วยที่ตลาดนัดหมู่บ้าน'.repeat(14).slice(0, 400);
      for (let m = 1; m <= 12; m += 1) sheet.addRow([elder.nationalId, `2025-${String(m).padStart(2, '0')}`, 100 + m, `${m} ${note}`]);
      for (let i = 0; i < 400; i += 1) sheet.addRow(['1234567890121', '2025-01', 1, `${i} ${note}`]);
      const res = await t.http.post('/api/income-records/import').set(staff.auth).attach('file', Buffer.from(await workbook.xlsx.writeBuffer()), 'income.xlsx').expect(200);
      expect(res.body).toMatchObject({ inserted: 12, rowsRejected: 400 });
      const list = await t.http.get('/api/income-records').query({ residentId: elder.id }).set(staff.auth).expect(200);
      expect((list.body.items as { note: string }[]).map((r) => r.note).sort()).toEqual(Array.from({ length: 12 }, (_, i) => `${i + 1} ${note}`).sort());
    });
  });

  describe('the two cross-LAO views of import_job (row-level security, migration 1795800000001)', () => {
    it('the sweep sees unfinished jobs of every LAO and writes none; an owner sees and moves only its own unfinished jobs; no setting, nothing', async () => {
      const [a, b] = [await t.lao(), await t.lao()];
      const [ua, ub] = [await t.user('staff', a.id), await t.user('staff', b.id)];
      const [x, y] = ['00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-00000000000b'];
      const insert = async (lao: TestLao, by: TestUser, owner: string, state: string): Promise<string> =>
        (await t.owner.query<{ id: string }>(
          `INSERT INTO import_job (lao_id, kind, file_name, created_by, owner_id, owner_host, owner_pid, heartbeat_at, state)
           VALUES ($1, 'residents', 'f.csv', $2, $3, 'elsewhere', 1, now(), $4) RETURNING id`, [lao.id, by.id, owner, state])).rows[0]!.id;
      const running = await insert(a, ua, x, 'running');
      const done = await insert(b, ub, x, 'done');
      const others = await insert(b, ub, y, 'queued');
      const ours = [running, done, others];
      const app = new Client({ connectionString: appUrlFrom(testOwnerUrl(), TEST_APP_PASSWORD) });
      await app.connect();
      const as = async <T>(setting: string | null, value: string, work: () => Promise<T>): Promise<T> => {
        await app.query('BEGIN');
        try {
          if (setting) await app.query(`SELECT set_config($1, $2, true)`, [setting, value]);
          return await work();
        } finally {
          await app.query('ROLLBACK');
        }
      };
      const seen = async () => (await app.query<{ id: string }>(`SELECT id FROM import_job WHERE id = ANY($1::uuid[])`, [ours])).rows.map((r) => r.id).sort();
      try {
        expect(await as(null, '', seen)).toEqual([]);
        expect(await as('app.import_sweep', 'on', seen)).toEqual([running, others].sort());
        expect(await as('app.import_sweep', 'on', async () => (await app.query(`UPDATE import_job SET state = 'failed' WHERE id = $1`, [running])).rowCount)).toBe(0);
        expect(await as('app.import_owner', x, seen)).toEqual([running]);
        expect(await as('app.import_owner', x, async () => (await app.query(`UPDATE import_job SET heartbeat_at = now() WHERE id = ANY($1::uuid[])`, [ours])).rowCount)).toBe(1);
        await expect(as('app.import_owner', x, () => app.query(`UPDATE import_job SET owner_id = $2 WHERE id = $1`, [running, y]))).rejects.toThrow(/row-level security/);
      } finally {
        await app.end();
        await t.owner.query(`UPDATE import_job SET state = 'failed', finished_at = now() WHERE id = ANY($1::uuid[]) AND state <> 'done'`, [ours]);
      }
    });
  });

  describe('an import whose process is killed', () => {
    let childRoot: string;
    let api: ApiChild | null = null;
    let lao: TestLao;
    let staff: TestUser;
    beforeAll(async () => {
      childRoot = mkdtempSync(join(tmpdir(), 'elderwork-uploads-child-'));
      lao = await t.lao();
      staff = await t.user('staff', lao.id);
    });
    afterEach(async () => {
      await api?.kill();
      api = null;
    });

    /** A big import started on a child API, followed until it is reading rows; the child's upload directory then holds its file. */
    async function importUnderWay(base: number): Promise<{ id: string; pid: number; file: string }> {
      api = await startApiChild({ IMPORT_UPLOAD_DIR: childRoot });
      const started = await request(api.base).post('/api/residents/import').set(staff.auth).set('Prefer', 'respond-async')
        .attach('file', registry(600_000, base), 'big.csv').expect(202);
      const id = started.body.id as string;
      for (;;) {
        const view = (await request(api.base).get(`/api/imports/${id}`).set(staff.auth).expect(200)).body as ImportJobView;
        if (view.rowsDone > 0) break;
        expect(FINISHED).not.toContain(view.state);
        await sleep(50);
      }
      const dir = join(childRoot, String(api.pid));
      const files = readdirSync(dir);
      expect(files).toHaveLength(1);
      return { id, pid: api.pid, file: join(dir, files[0]!) };
    }

    it('is found failed with its Thai reason after a restart, its upload gone, nothing written', async () => {
      const { id, pid, file } = await importUnderWay(730_000_000_000);
      await api!.kill(); // kill -9: no shutdown hook
      expect(existsSync(file)).toBe(true);

      api = await startApiChild({ IMPORT_UPLOAD_DIR: childRoot });
      const view = await request(api.base).get(`/api/imports/${id}`).set(staff.auth).expect(200);
      expect(view.body).toMatchObject({ state: 'failed', error: { code: 'IMPORT_INTERRUPTED', message: IMPORT_MESSAGES.interrupted.th }, finishedAt: expect.any(String) });
      // Written so, not only read so.
      const { rows } = await t.owner.query(`SELECT state, error->>'code' AS code, finished_at IS NOT NULL AS finished FROM import_job WHERE id = $1`, [id]);
      expect(rows[0]).toEqual({ state: 'failed', code: 'IMPORT_INTERRUPTED', finished: true });
      expect(existsSync(file)).toBe(false);
      expect(existsSync(join(childRoot, String(pid)))).toBe(false);
      expect(await t.count('resident', lao.id)).toBe(0);
    }, 300_000);

    it('cancelled while nobody runs it: ends at once, cancelled, its upload removed', async () => {
      const { id, file } = await importUnderWay(740_000_000_000);
      await api!.kill();
      // Asked of another process (the test's own API), which finds the owner dead.
      const res = await t.http.post(`/api/imports/${id}/cancel`).set(staff.auth).expect(200);
      expect(res.body).toMatchObject({ id, state: 'cancelled', error: null, finishedAt: expect.any(String) });
      expect(existsSync(file)).toBe(false);
      await t.http.post(`/api/imports/${id}/cancel`).set(staff.auth).expect(409);
      expect(await t.count('resident', lao.id)).toBe(0);
    }, 300_000);
  });
});
