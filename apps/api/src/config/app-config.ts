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
  if (production && jwtSecret.length < 32) throw new ConfigError('JWT_SECRET must be set (32+ characters) in production');
  const databaseUrl = urlVar(env, 'DATABASE_URL');
  return {
    port: intVar(env, 'PORT', 3000, 0, 65535),
    databaseUrl,
    appDatabaseUrl: urlVar(env, 'DATABASE_APP_URL'),
    appDbPassword: env['DATABASE_APP_PASSWORD'] || 'elderwork-app-local',
    dataDir: env['ELDERWORK_DATA_DIR'] || join(process.cwd(), '.data'),
    demo: databaseUrl === null || env['ELDERWORK_DEMO'] === '1',
    // Without a configured secret (development), a fresh one per process: tokens end with the process.
    jwtSecret: jwtSecret || randomBytes(32).toString('hex'),
    jwtTtlSeconds: intVar(env, 'JWT_TTL_SECONDS', 8 * 3600, 60, 7 * 24 * 3600),
    loginMaxFailures: intVar(env, 'LOGIN_MAX_FAILURES', 5, 1, 1000),
    loginWindowSeconds: intVar(env, 'LOGIN_WINDOW_SECONDS', 15 * 60, 1, 24 * 3600),
    webDir: env['ELDERWORK_WEB_DIR'] || join(__dirname, '..', 'web'),
    production,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
