import { Client } from 'pg';
import { databaseName, withDatabase } from '../../src/database/database-urls';

export default async function globalTeardown(): Promise<void> {
  const ownerUrl = process.env['ELDERWORK_TEST_OWNER_URL'];
  if (globalThis.__ELDERWORK_PG__) {
    await globalThis.__ELDERWORK_PG__.stop();
    return;
  }
  if (!ownerUrl) return;
  // On a shared server, leave nothing behind.
  const client = new Client({ connectionString: withDatabase(ownerUrl, 'postgres') });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${databaseName(ownerUrl)}" WITH (FORCE)`);
  await client.end();
}
