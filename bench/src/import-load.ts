import { execSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { nationalIdCheckDigit } from '@elderwork/thai';
import { prepareDatabase } from '../../apps/api/src/database/bootstrap';
import { withDatabase } from '../../apps/api/src/database/database-urls';
import { insertUser } from '../../apps/api/test/support/factories';
import { startApi } from './api-process';

/**
 * `npm run bench:imports -- --parallel 30 --rows 2000`: N registry imports at once (staff of two
 * LAOs) against the built API, while /api/health is probed one request after another; prints the
 * probes' latency. Target (issue 11, decision 0017): every probe answers within 1 s. The tests
 * (apps/api/test/import-robustness.spec.ts) check that every probe answers; the latency is measured here.
 */
function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive integer`);
  return value;
}

const PASSWORD = 'bench-password-long-enough';
const APP_PASSWORD = 'elderwork-app-bench';

function registry(n: number, base: number): Blob {
  const rows = ['nationalId,prefix,firstName,lastName,sex,birthDate,moo'];
  for (let i = 0; i < n; i += 1) {
    const stem = String(base + i).padStart(12, '0');
    rows.push(`${stem}${nationalIdCheckDigit(stem)},นาง,สมศรี,ใจดี,female,1950-01-01,${1 + (i % 20)}`);
  }
  return new Blob([rows.join('\n') + '\n'], { type: 'text/csv' });
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

(async () => {
  const parallel = arg('parallel', 30);
  const rows = arg('rows', 2000);
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('TS_NODE_')));
  execSync('npx nx build api --output-style=static', { stdio: 'inherit', env });
  const server = process.env['DATABASE_URL'];
  const embedded = server
    ? null
    : await (await import('../../apps/api/src/database/embedded-postgres')).startEmbeddedPostgres(mkdtempSync(join(tmpdir(), 'elderwork-bench-pg-')), false);
  const ownerUrl = withDatabase(server ?? embedded!.url, `elderwork_bench_imports_${Date.now()}`);
  await prepareDatabase(ownerUrl, APP_PASSWORD);
  const owner = new Client({ connectionString: ownerUrl });
  await owner.connect();
  const laos = (await owner.query<{ id: string }>(`SELECT id FROM org_unit WHERE type = 'lao' ORDER BY code LIMIT 2`)).rows;
  for (const [i, lao] of laos.entries()) {
    await insertUser(owner, { email: `bench-import-${i}@bench.example`, displayName: 'bench', role: 'staff', orgUnitId: lao.id, password: PASSWORD });
  }
  const api = await startApi(ownerUrl, APP_PASSWORD);
  try {
    const tokens = await Promise.all(laos.map(async (_, i) => {
      const res = await fetch(`${api.base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: `bench-import-${i}@bench.example`, password: PASSWORD }) });
      return `Bearer ${((await res.json()) as { accessToken: string }).accessToken}`;
    }));
    const probes: number[] = [];
    let running = true;
    const prober = (async () => {
      while (running) {
        const started = performance.now();
        const ok = await fetch(`${api.base}/api/health`).then((r) => r.ok, () => false);
        probes.push(ok ? performance.now() - started : Number.POSITIVE_INFINITY);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const started = performance.now();
    const results = await Promise.all(Array.from({ length: parallel }, async (_, i) => {
      const form = new FormData();
      form.append('file', registry(rows, 800_000_000_000 + i * rows), `bench-${i}.csv`);
      const res = await fetch(`${api.base}/api/residents/import`, { method: 'POST', headers: { authorization: tokens[i % 2]! }, body: form });
      return { status: res.status, body: (await res.json()) as { state: string; inserted: number } };
    }));
    const allMs = performance.now() - started;
    running = false;
    await prober;
    const sorted = [...probes].sort((a, b) => a - b);
    const done = results.filter((r) => r.status === 200 && r.body.state === 'done').length;
    const max = sorted.at(-1) ?? 0;
    console.log(`\n${parallel} parallel imports of ${rows.toLocaleString()} rows: ${done}/${parallel} done in ${(allMs / 1000).toFixed(1)} s`);
    console.log(`/api/health meanwhile: ${probes.length} probes, p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, max ${max.toFixed(1)} ms`);
    console.log(`target: every probe within 1 s — ${max < 1000 && done === parallel ? 'met' : `missed (max ${max.toFixed(0)} ms, ${done}/${parallel} done)`}`);
  } finally {
    await api.stop();
    await owner.end();
    const cleanup = new Client({ connectionString: withDatabase(ownerUrl, 'postgres') });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS "${new URL(ownerUrl).pathname.slice(1)}" WITH (FORCE)`);
    await cleanup.end();
    await embedded?.stop();
  }
})().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
