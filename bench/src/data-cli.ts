import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { withDatabase } from '../../apps/api/src/database/database-urls';
import { prepareDatabase } from '../../apps/api/src/database/bootstrap';
import type { RunningPostgres } from '../../apps/api/src/database/embedded-postgres';
import { generate } from './generate';

/**
 * npm run bench:data -- --scale 0.1
 *
 * A synthetic Thailand (src/generate.ts) in a database of its own, kept for exploring: on
 * DATABASE_URL's server the database elderwork_bench_data (dropped and recreated); without
 * DATABASE_URL, the same database on an embedded PostgreSQL whose data stays in .bench-data/pg
 * under the repository root until the next run (a new cluster each run; the server is stopped at
 * the end). Prints each phase's progress, then the owner URL and the counts.
 */
const DATABASE = 'elderwork_bench_data';
const ROOT = resolve(__dirname, '../..');
const DATA_DIR = join(ROOT, '.bench-data');

/**
 * A new cluster in `dir` on every run (the database is recreated anyway). Reusing it would be the
 * point of startEmbeddedPostgres(dir, true), but as root its letPostgresUserTraverse() adds o+x to
 * the data directory itself, and PostgreSQL then refuses to start on it ("invalid permissions").
 */
function freshCluster(dir: string): void {
  const pidFile = join(dir, 'postmaster.pid');
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    let running = true;
    try {
      process.kill(pid, 0);
    } catch {
      running = false;
    }
    if (running) throw new Error(`A PostgreSQL (pid ${pid}) still runs on ${dir}: stop it first`);
  }
  rmSync(dir, { recursive: true, force: true });
}

let aborted = false;

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

async function main(): Promise<void> {
  const scale = arg('scale', 0.01);
  const server = process.env['DATABASE_URL'];
  let embedded: RunningPostgres | null = null;
  const stop = async (): Promise<void> => {
    const running = embedded;
    embedded = null;
    if (running) {
      console.log('stopping the embedded PostgreSQL');
      await running.stop();
    }
  };
  // Ctrl-C must not leave the embedded server running.
  const interrupted = (): void => {
    aborted = true;
    console.log('interrupted');
    void stop().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    if (!server) {
      mkdirSync(DATA_DIR, { recursive: true });
      // Keeps the directory out of git without touching the repository's .gitignore.
      writeFileSync(join(DATA_DIR, '.gitignore'), '*\n');
      freshCluster(join(DATA_DIR, 'pg'));
      console.log(`starting the embedded PostgreSQL in ${join(DATA_DIR, 'pg')}`);
      // Loaded only when needed (an ES module), as bench.ts does.
      embedded = await (await import('../../apps/api/src/database/embedded-postgres')).startEmbeddedPostgres(join(DATA_DIR, 'pg'), true);
    }
    const ownerUrl = withDatabase(server ?? embedded!.url, DATABASE);
    const admin = new Client({ connectionString: withDatabase(ownerUrl, 'postgres') });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${DATABASE}`);
    } finally {
      await admin.end();
    }
    console.log(`database ${DATABASE} created; migrating`);
    // The app role's password as the API's own default, so a local API keeps working against this server.
    await prepareDatabase(ownerUrl, process.env['DATABASE_APP_PASSWORD'] || 'elderwork-app-local');
    console.log(`generating a synthetic Thailand at scale ${scale}`);
    const started = Date.now();
    const { largestLao, ...counts } = await generate({ ownerUrl, scale, log: (m) => console.log(m) });
    console.log(`\ndone in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    console.log(`owner URL: ${ownerUrl}${embedded ? ` (embedded server, stopped now; its data stays in ${join(DATA_DIR, 'pg')} until the next run, and the port changes on every start)` : ''}`);
    console.log(`largest LAO: ${largestLao.code} (${largestLao.elders.toLocaleString('en-US')} elders, id ${largestLao.id})`);
    const width = Math.max(...Object.keys(counts).map((k) => k.length));
    for (const [name, count] of Object.entries(counts)) console.log(`  ${name.padEnd(width)}  ${count.toLocaleString('en-US').padStart(12)}`);
  } finally {
    await stop();
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
  }
}

main().catch((error: unknown) => {
  if (aborted) return; // the interrupt handler stops the server and exits
  console.error(error);
  process.exit(1);
});
