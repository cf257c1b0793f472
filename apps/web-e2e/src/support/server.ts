import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const WORKSPACE = resolve(__dirname, '../../../..');
export const API_MAIN = join(WORKSPACE, 'dist/apps/api/main.js');
/** The demo's own bundle: `npm start` runs it before main.js. */
export const API_DEMO = join(WORKSPACE, 'dist/apps/api/demo.js');
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(WORKSPACE, 'test-output/web-e2e');

export interface E2eServer {
  baseUrl: string;
  process: ChildProcess;
  dataDir: string | null;
  databaseUrl: string | null;
  /** Where the API writes its mails as .eml files (no SMTP_URL; decision 0023): the journeys read their links there. */
  mailOutbox: string;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The built app exactly as `npm start` runs it, on a fresh database with the demo data. */
export async function startServer(): Promise<E2eServer> {
  if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} missing: the e2e target builds api and web first`);
  const port = await freePort();
  const mailOutbox = mkdtempSync(join(tmpdir(), 'elderwork-e2e-outbox-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    NODE_ENV: 'test',
    // Mails as files in a directory of this run; their links open this server.
    MAIL_OUTBOX_DIR: mailOutbox,
    APP_BASE_URL: `http://127.0.0.1:${port}`,
    // The demo admins of the other journeys sign in with a password; an account that turned on its
    // own second factor is asked for it all the same (decision 0024, 0026).
    ELDERWORK_REQUIRE_2FA: '0',
  };
  delete env['SMTP_URL'];
  let dataDir: string | null = null;
  let databaseUrl: string | null = null;
  if (process.env['DATABASE_URL']) {
    const url = new URL(process.env['DATABASE_URL']);
    url.pathname = `/elderwork_e2e_${Date.now()}`;
    databaseUrl = url.toString();
    Object.assign(env, { DATABASE_URL: databaseUrl, ELDERWORK_DEMO: '1' });
  } else {
    dataDir = mkdtempSync(join(tmpdir(), 'elderwork-e2e-pg-'));
    env['ELDERWORK_DATA_DIR'] = dataDir;
  }
  // As `npm start` does: the demo first (migrations and demo data), then the server.
  const demo = spawnSync(process.execPath, [API_DEMO], { env, encoding: 'utf8', timeout: 240_000 });
  if (demo.status !== 0) throw new Error(`demo.js failed:\n${demo.stdout}${demo.stderr}`);
  const child = spawn(process.execPath, [API_MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i += 1) {
    if (child.exitCode !== null) throw new Error(`API exited early:\n${log}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return { baseUrl, process: child, dataDir, databaseUrl, mailOutbox };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill('SIGKILL');
  throw new Error(`API did not answer /api/health within 120 s:\n${log}`);
}

export async function stopServer(server: { pid: number; dataDir: string | null; mailOutbox?: string }): Promise<void> {
  if (server.mailOutbox) rmSync(server.mailOutbox, { recursive: true, force: true });
  try {
    process.kill(server.pid, 'SIGTERM');
  } catch {
    return;
  }
  for (let i = 0; i < 40; i += 1) {
    try {
      process.kill(server.pid, 0);
    } catch {
      break;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  if (server.dataDir) rmSync(server.dataDir, { recursive: true, force: true });
}
