import { Logger } from '@nestjs/common';
import { createApp } from './app/create-app';
import { loadConfig } from './config/app-config';
import { appUrlFrom, withDatabase } from './database/database-urls';
import { startEmbeddedPostgres, type RunningPostgres } from './database/embedded-postgres';
import { prepareDatabase } from './database/bootstrap';

/**
 * The server: with DATABASE_URL, that server; without, an embedded PostgreSQL under .data/
 * (kept across runs). Migrations run on every start. The demo is not in this bundle: `npm start`
 * runs `demo.js` (src/demo/demo-entry.ts) first, which seeds it once (decision 0029).
 */
async function main(): Promise<void> {
  const logger = new Logger('Elderwork');
  const config = loadConfig();
  let embedded: RunningPostgres | null = null;
  let ownerUrl = config.databaseUrl;
  if (!ownerUrl) {
    logger.log(`no DATABASE_URL: starting the embedded PostgreSQL in ${config.dataDir}`);
    embedded = await startEmbeddedPostgres(config.dataDir, true);
    ownerUrl = withDatabase(embedded.url, 'elderwork');
  }
  await prepareDatabase(ownerUrl, config.appDbPassword);

  const app = await createApp(config, { appDatabaseUrl: config.appDatabaseUrl ?? appUrlFrom(ownerUrl, config.appDbPassword) });
  const stop = async (): Promise<void> => {
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  await app.listen(config.port);
  logger.log(`Elderwork is running on http://localhost:${config.port} (API docs: /api/docs)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
