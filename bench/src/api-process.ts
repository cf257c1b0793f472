import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../../apps/api/src/database/free-port';

/** The built API (`nx build api`), as `npm start` runs it. */
export const API_MAIN = join(__dirname, '..', '..', 'dist', 'apps', 'api', 'main.js');

export interface ApiProcess {
  base: string;
  pid: number;
  /** Resident set size now, and its peak since the process started (VmHWM), in bytes. */
  memory(): { rss: number; peak: number };
  /** What the API logged (its import phases, errors). */
  output(): string;
  stop(): Promise<void>;
}

function status(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith(field));
  return Number(/(\d+)/.exec(line ?? '')?.[1] ?? 0) * 1024;
}

/** Starts the built API in a process of its own, on the bench database, so its memory is its own. */
export async function startApi(ownerUrl: string, appPassword: string): Promise<ApiProcess> {
  if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} missing: build the API first (npx nx build api)`);
  const port = await freePort();
  let log = '';
  const child: ChildProcess = fork(API_MAIN, [], {
    env: {
      ...process.env,
      DATABASE_URL: ownerUrl,
      DATABASE_APP_PASSWORD: appPassword,
      PORT: String(port),
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret',
      LOGIN_MAX_FAILURES: '1000',
      ELDERWORK_DEMO: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  child.stdout?.on('data', (c: Buffer) => (log += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (log += c.toString()));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited (${child.exitCode}):\n${log}`);
    const ok = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`the API did not start:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const pid = child.pid!;
  return {
    base,
    pid,
    memory: () => ({ rss: status(pid, 'VmRSS'), peak: status(pid, 'VmHWM') }),
    output: () => log,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
