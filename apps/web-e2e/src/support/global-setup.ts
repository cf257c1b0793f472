import { existsSync } from 'node:fs';
import { CHROMIUM, startServer } from './server';

/** Starts the app once for all journeys; its URL and mail outbox reach the tests through the environment. */
export default async function globalSetup(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.warn(`\n[web-e2e] ${CHROMIUM} not found: browser journeys are SKIPPED. Install it with: apt-get install -y chromium\n`);
    return;
  }
  const server = await startServer();
  process.env['E2E_BASE_URL'] = server.baseUrl;
  process.env['E2E_MAIL_OUTBOX'] = server.mailOutbox;
  process.env['E2E_SERVER'] = JSON.stringify({ pid: server.process.pid, dataDir: server.dataDir, databaseUrl: server.databaseUrl, mailOutbox: server.mailOutbox });
  server.process.unref();
}
