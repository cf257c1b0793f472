import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres, type RunningPostgres } from '../../src/database/embedded-postgres';
import { withDatabase } from '../../src/database/database-urls';
import { prepareDatabase } from '../../src/database/bootstrap';
import { Client } from 'pg';
import { TEST_APP_PASSWORD } from './test-env';

declare global {
  var __ELDERWORK_PG__: RunningPostgres | undefined;
}

/**
 * One fresh database per test run, on DATABASE_URL's server or on an embedded PostgreSQL,
 * migrated with the real migrations. Test files share it and keep apart by using their own LAOs.
 */
export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env['DATABASE_URL'];
  if (!serverUrl) {
    const running = await startEmbeddedPostgres(mkdtempSync(join(tmpdir(), 'elderwork-test-pg-')), false);
    globalThis.__ELDERWORK_PG__ = running;
    serverUrl = running.url;
  }
  const ownerUrl = withDatabase(serverUrl, `elderwork_test_${Date.now()}_${process.pid}`);
  await prepareDatabase(ownerUrl, TEST_APP_PASSWORD);
  await createLaoClaims(ownerUrl);
  process.env['ELDERWORK_TEST_OWNER_URL'] = ownerUrl;
}

/**
 * Test files run in parallel workers on one database; each LAO a test takes is claimed here,
 * so no two files (or tests) ever write into the same LAO. Kept outside the app's schema.
 */
async function createLaoClaims(ownerUrl: string): Promise<void> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA test_support; CREATE TABLE test_support.lao_claim (claimed uuid PRIMARY KEY)`);
  } finally {
    await client.end();
  }
}
