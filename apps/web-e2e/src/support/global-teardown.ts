import { Client } from 'pg';
import { stopServer } from './server';

export default async function globalTeardown(): Promise<void> {
  const raw = process.env['E2E_SERVER'];
  if (!raw) return;
  const server = JSON.parse(raw) as { pid: number; dataDir: string | null; databaseUrl: string | null; mailOutbox?: string };
  await stopServer(server);
  if (server.databaseUrl) {
    const url = new URL(server.databaseUrl);
    const name = url.pathname.slice(1);
    url.pathname = '/postgres';
    const client = new Client({ connectionString: url.toString() });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
  }
}
