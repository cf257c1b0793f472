import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

/** Everything the API reads from the environment, validated once at boot. */
export interface AppConfig {
  port: number;
  /** Owner connection (migrations, seeding). Absent: an embedded PostgreSQL under dataDir. */
  databaseUrl: string | null;
  /** Runtime connection as the RLS-bound role; derived from databaseUrl when absent. */
  appDatabaseUrl: string | null;
  appDbPassword: string;
  dataDir: string;
  /** Seed the demo LAOs, accounts and elders (always on with the embedded database). */
  demo: boolean;
  jwtSecret: string;
  jwtTtlSeconds: number;
  loginMaxFailures: number;
  loginWindowSeconds: number;
  webDir: string;
  production: boolean;
  /** Serve /api/docs and /api/docs-json: always outside production, in production only with ELDERWORK_API_DOCS=1. */
  apiDocs: boolean;
}

/** The app role's password README and local servers use; never acceptable in production. */
export const LOCAL_APP_PASSWORD = 'elderwork-app-local';
/** Example secrets that have shipped in this repository (docker-compose's old default). */
const KNOWN_SECRETS = new Set(['change-me-to-a-long-random-secret-of-32-chars']);

/** A JWT secret an attacker could guess: short, a known example, or too few distinct characters (`a`×32). */
export function weakJwtSecret(secret: string): string | null {
  if (secret.length < 32) return 'shorter than 32 characters';
  if (KNOWN_SECRETS.has(secret) || /change-?me/i.test(secret)) return 'a known example value';
  if (new Set(secret).size < 10) return 'too few distinct characters';
  return null;
}

export class ConfigError extends Error {}

function intVar(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}

function urlVar(env: NodeJS.ProcessEnv, name: string): string | null {
  const raw = env[name];
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} is not a URL`);
  }
  if (!['postgres:', 'postgresql:'].includes(url.protocol)) throw new ConfigError(`${name} must be a postgres:// URL`);
  return raw;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env['NODE_ENV'] === 'production';
  const jwtSecret = env['JWT_SECRET'] ?? '';
  const appDbPassword = env['DATABASE_APP_PASSWORD'] || LOCAL_APP_PASSWORD;
  if (production) {
    const weak = weakJwtSecret(jwtSecret);
    if (weak) throw new ConfigError(`JWT_SECRET must be a random secret of 32+ characters in production (this one is ${weak})`);
    if (appDbPassword === LOCAL_APP_PASSWORD && !env['DATABASE_APP_URL']) {
      throw new ConfigError(`DATABASE_APP_PASSWORD must be set (not the README's ${LOCAL_APP_PASSWORD}) in production`);
    }
    if (env['DATABASE_APP_URL'] && new URL(env['DATABASE_APP_URL']).password === LOCAL_APP_PASSWORD) {
      throw new ConfigError(`DATABASE_APP_URL uses the README's password ${LOCAL_APP_PASSWORD}: not in production`);
    }
  }
  const databaseUrl = urlVar(env, 'DATABASE_URL');
  return {
    port: intVar(env, 'PORT', 3000, 0, 65535),
    databaseUrl,
    appDatabaseUrl: urlVar(env, 'DATABASE_APP_URL'),
    appDbPassword,
    dataDir: env['ELDERWORK_DATA_DIR'] || join(process.cwd(), '.data'),
    demo: databaseUrl === null || env['ELDERWORK_DEMO'] === '1',
    // Without a configured secret (development), a fresh one per process: tokens end with the process.
    jwtSecret: jwtSecret || randomBytes(32).toString('hex'),
    jwtTtlSeconds: intVar(env, 'JWT_TTL_SECONDS', 8 * 3600, 60, 7 * 24 * 3600),
    loginMaxFailures: intVar(env, 'LOGIN_MAX_FAILURES', 5, 1, 1000),
    loginWindowSeconds: intVar(env, 'LOGIN_WINDOW_SECONDS', 15 * 60, 1, 24 * 3600),
    webDir: env['ELDERWORK_WEB_DIR'] || join(__dirname, '..', 'web'),
    production,
    apiDocs: !production || env['ELDERWORK_API_DOCS'] === '1',
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
