import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '../../src/database/free-port';
import { TEST_APP_PASSWORD, testOwnerUrl } from './test-env';

/** The API as `npm start` runs it (src/main.ts), in a process of its own on the run's test database: one a test can kill. */
export interface ApiChild {
  base: string;
  pid: number;
  output(): string;
  /** SIGKILL: no shutdown hook runs, as in a crash or an OOM kill. */
  kill(): Promise<void>;
}

export async function startApiChild(env: Record<string, string>): Promise<ApiChild> {
  const port = await freePort();
  let log = '';
  const repo = join(__dirname, '..', '..', '..', '..');
  const child: ChildProcess = spawn(process.execPath, ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', join(__dirname, '..', '..', 'src', 'main.ts')], {
    cwd: repo,
    // Nx sets TS_NODE_* options of its own for loading the Jest config; the API needs its own (as in start-twice.ts).
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('TS_NODE_'))),
      TS_NODE_PROJECT: 'apps/api/tsconfig.app.json',
      TS_NODE_TRANSPILE_ONLY: '1',
      // The workspace's paths (@elderwork/contracts, @elderwork/thai) are relative to the repository.
      TS_NODE_BASEURL: repo,
      NODE_ENV: 'test',
      DATABASE_URL: testOwnerUrl(),
      DATABASE_APP_PASSWORD: TEST_APP_PASSWORD,
      PORT: String(port),
      JWT_SECRET: 'test-secret-test-secret-test-secret!',
      ELDERWORK_DEMO: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (c: Buffer) => (log += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (log += c.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited (${child.exitCode}):\n${log}`);
    if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the API did not start:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    base,
    pid: child.pid!,
    output: () => log,
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
