import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app/app.module';
import { loadConfig } from '../config/app-config';
import { prepareDatabase } from '../database/bootstrap';
import { appUrlFrom, withDatabase } from '../database/database-urls';
import { startEmbeddedPostgres, type RunningPostgres } from '../database/embedded-postgres';
import { seedDemo } from './demo-seed';
import { seedDemoThroughServices } from './demo-workflow';

/**
 * `npm start`'s first step (its own bundle, `dist/apps/api/demo.js`; the server's `main.js` does
 * not contain the demo): with DATABASE_URL, that server; without, the embedded PostgreSQL under
 * .data/ that `main.js` then starts again. Migrates, and on a database without the demo seeds it —
 * the register as the owner, then stipends and the 2568 reports through the app's own services in
 * a Nest application context (no HTTP), as the app role. Does nothing when the demo is off.
 */
async function main(): Promise<void> {
  const logger = new Logger('Demo');
  const config = loadConfig();
  if (!config.demo) return;
  let embedded: RunningPostgres | null = null;
  let ownerUrl = config.databaseUrl;
  if (!ownerUrl) {
    embedded = await startEmbeddedPostgres(config.dataDir, true);
    ownerUrl = withDatabase(embedded.url, 'elderwork');
  }
  try {
    await prepareDatabase(ownerUrl, config.appDbPassword);
    if (!(await seedDemo(ownerUrl))) return;
    const appDatabaseUrl = config.appDatabaseUrl ?? appUrlFrom(ownerUrl, config.appDbPassword);
    const context = await NestFactory.createApplicationContext(AppModule.register(config, appDatabaseUrl), { logger: ['warn', 'error'] });
    try {
      await seedDemoThroughServices(context);
    } finally {
      await context.close();
    }
    logger.log('demo data seeded (accounts in README.md)');
  } finally {
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
