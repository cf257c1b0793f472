// `npm run db:types`: migrates a scratch database and writes the schema types kysely-codegen
// generates from it (decision 0059). Uses DATABASE_URL's server, or an embedded PostgreSQL.
import { spawnSync } from 'node:child_process';
import { Client } from 'pg';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareDatabase } from './bootstrap';
import { withDatabase } from './database-urls';
import { startEmbeddedPostgres, type RunningPostgres } from './embedded-postgres';
import { codegenArgs, SCHEMA_TYPES_FILE } from './schema-types';

(async () => {
  let embedded: RunningPostgres | null = null;
  let server = process.env['DATABASE_URL'];
  if (!server) {
    embedded = await startEmbeddedPostgres(mkdtempSync(join(tmpdir(), 'elderwork-types-pg-')), false);
    server = embedded.url;
  }
  const name = `elderwork_types_${Date.now()}`;
  try {
    const url = withDatabase(server, name);
    await prepareDatabase(url, 'elderwork-types');
    const run = spawnSync(join('node_modules', '.bin', 'kysely-codegen'), [...codegenArgs(url), '--out-file', SCHEMA_TYPES_FILE], { stdio: 'inherit' });
    if (run.status !== 0) throw new Error('kysely-codegen failed');
    console.log(`wrote ${SCHEMA_TYPES_FILE}`);
  } finally {
    if (embedded) await embedded.stop();
    else {
      const admin = new Client({ connectionString: withDatabase(server, 'postgres') });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
      await admin.end();
    }
  }
})().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
