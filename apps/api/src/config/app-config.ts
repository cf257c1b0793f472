import { createHash, randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { tmpdir } from 'node:os';
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
  /** How long a session may be kept alive by renewal, counted from its login (decision 0025). */
  sessionMaxSeconds: number;
  /** Free failed logins per account at one address (ten times as many per address) before delays start. */
  loginMaxFailures: number;
  /** LOGIN_MAX_FAILURES failures are forgiven over this long (a leaky bucket); also the longest delay. */
  loginWindowSeconds: number;
  /** The first delay past the free failures; it doubles with each further failure (decision 0024). */
  loginDelaySeconds: number;
  /** TOTP second factor for lao_admin, province_officer, dla_officer (ELDERWORK_REQUIRE_2FA; on in production). */
  require2fa: boolean;
  /** AES-256 key for the TOTP secrets at rest (from TOTP_ENCRYPTION_KEY, else JWT_SECRET). */
  totpKey: Buffer;
  /** Express's `trust proxy`: false (X-Forwarded-For ignored) unless TRUST_PROXY names the proxies. */
  trustProxy: false | number | string[];
  webDir: string;
  production: boolean;
  /** Serve /api/docs and /api/docs-json: always outside production, in production only with ELDERWORK_API_DOCS=1. */
  apiDocs: boolean;
  /** SMTP server of account mails (smtp:// or smtps://); null: mails go to the log and the outbox (decision 0023). */
  smtpUrl: string | null;
  mailFrom: string;
  /** Where mails are written as .eml files when there is no SMTP server; null: not written (production default). */
  mailOutboxDir: string | null;
  /** The web app's address, for the links in mails (no trailing slash). */
  appBaseUrl: string;
  /** The first DLA officer of a fresh installation, created on start when no DLA officer exists. */
  bootstrapAdminEmail: string | null;
  imports: ImportsConfig;
}

/** How imports share a process (decision 0017). */
export interface ImportsConfig {
  /** Imports run at once in this process (IMPORT_CONCURRENCY); the others wait in its queue. */
  concurrency: number;
  /** How often a process proves its jobs are alive, and after how long without it they are orphans. */
  heartbeatMs: number;
  staleMs: number;
  /** How often a process looks for other processes' orphaned jobs. */
  sweepMs: number;
  /** Uploads go under <uploadRoot>/<pid>/. */
  uploadRoot: string;
  /** XLSX: the most bytes its parts may unpack to (all together), and the most an entry may be compressed. */
  xlsxMaxUnpackedBytes: number;
  xlsxMaxRatio: number;
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

function smtpVar(env: NodeJS.ProcessEnv): string | null {
  const raw = env['SMTP_URL'];
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('SMTP_URL is not a URL (e.g. smtps://user:password@mail.example.go.th:465)');
  }
  if (!['smtp:', 'smtps:'].includes(url.protocol)) throw new ConfigError('SMTP_URL must be an smtp:// or smtps:// URL');
  return raw;
}

function baseUrlVar(env: NodeJS.ProcessEnv, port: number): string {
  const raw = env['APP_BASE_URL'];
  if (!raw) return `http://localhost:${port}`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('APP_BASE_URL is not a URL (e.g. https://elderwork.dla.go.th)');
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.search || url.hash) throw new ConfigError('APP_BASE_URL must be an http(s):// address without query or fragment');
  return raw.replace(/\/+$/, '');
}

/** Deliberately loose: the address only has to look like one; the account's DTO rules apply when it is used. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function emailVar(env: NodeJS.ProcessEnv, name: string): string | null {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return null;
  if (!EMAIL.test(raw) || raw.length > 254) throw new ConfigError(`${name} is not an email address`);
  return raw;
}

function boolVar(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'on', 'yes'].includes(raw)) return true;
  if (['0', 'false', 'off', 'no'].includes(raw)) return false;
  throw new ConfigError(`${name} must be 1 or 0 (true/false), got "${env[name]}"`);
}

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * TRUST_PROXY: a hop count (`1`), or addresses/CIDRs/`loopback` separated by commas. Unset: no proxy
 * is trusted and the client address is the socket's, so X-Forwarded-For cannot pick a throttle key.
 */
function trustProxyVar(env: NodeJS.ProcessEnv): false | number | string[] {
  const raw = env['TRUST_PROXY']?.trim();
  if (!raw || ['0', 'false', 'off', 'no'].includes(raw.toLowerCase())) return false;
  if (/^\d+$/.test(raw)) return Number(raw);
  const items = raw.split(',').map((item) => item.trim()).filter(Boolean);
  for (const item of items) {
    const [address, bits, ...rest] = item.split('/');
    const ok = PROXY_NAMES.has(item) || (rest.length === 0 && isIP(address ?? '') !== 0 && (bits === undefined || /^\d{1,3}$/.test(bits)));
    if (!ok) throw new ConfigError(`TRUST_PROXY must be a hop count or addresses/CIDRs/loopback separated by commas (not "true": that trusts anyone), got "${item}"`);
  }
  return items;
}

/** The TOTP secrets' key: its own secret when given, else derived from JWT_SECRET; a fixed one only outside production. */
function totpKeyVar(env: NodeJS.ProcessEnv, production: boolean): Buffer {
  const own = env['TOTP_ENCRYPTION_KEY'];
  if (own !== undefined && own !== '' && own.length < 32) throw new ConfigError('TOTP_ENCRYPTION_KEY must have 32+ characters');
  const source = own || env['JWT_SECRET'] || (production ? '' : 'elderwork-development-totp-key-not-secret');
  if (!source) throw new ConfigError('TOTP_ENCRYPTION_KEY or JWT_SECRET must be set in production');
  return createHash('sha256').update(`elderwork totp secrets\0${source}`).digest();
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
  const port = intVar(env, 'PORT', 3000, 0, 65535);
  return {
    port,
    databaseUrl,
    appDatabaseUrl: urlVar(env, 'DATABASE_APP_URL'),
    appDbPassword,
    dataDir: env['ELDERWORK_DATA_DIR'] || join(process.cwd(), '.data'),
    demo: databaseUrl === null || env['ELDERWORK_DEMO'] === '1',
    // Without a configured secret (development), a fresh one per process: tokens end with the process.
    jwtSecret: jwtSecret || randomBytes(32).toString('hex'),
    jwtTtlSeconds: intVar(env, 'JWT_TTL_SECONDS', 8 * 3600, 60, 7 * 24 * 3600),
    sessionMaxSeconds: intVar(env, 'SESSION_MAX_SECONDS', 12 * 3600, 60, 30 * 24 * 3600),
    loginMaxFailures: intVar(env, 'LOGIN_MAX_FAILURES', 5, 1, 1000),
    loginWindowSeconds: intVar(env, 'LOGIN_WINDOW_SECONDS', 15 * 60, 1, 24 * 3600),
    loginDelaySeconds: intVar(env, 'LOGIN_DELAY_SECONDS', 60, 1, 24 * 3600),
    require2fa: boolVar(env, 'ELDERWORK_REQUIRE_2FA', production),
    totpKey: totpKeyVar(env, production),
    trustProxy: trustProxyVar(env),
    webDir: env['ELDERWORK_WEB_DIR'] || join(__dirname, '..', 'web'),
    production,
    apiDocs: !production || env['ELDERWORK_API_DOCS'] === '1',
    imports: {
      concurrency: intVar(env, 'IMPORT_CONCURRENCY', 2, 1, 64),
      heartbeatMs: intVar(env, 'IMPORT_HEARTBEAT_SECONDS', 5, 1, 600) * 1000,
      staleMs: intVar(env, 'IMPORT_STALE_SECONDS', 30, 2, 3600) * 1000,
      sweepMs: intVar(env, 'IMPORT_SWEEP_SECONDS', 15, 1, 3600) * 1000,
      uploadRoot: env['IMPORT_UPLOAD_DIR'] || join(tmpdir(), 'elderwork-uploads'),
      xlsxMaxUnpackedBytes: intVar(env, 'IMPORT_XLSX_MAX_UNPACKED_MB', 200, 1, 4096) * 1024 * 1024,
      xlsxMaxRatio: intVar(env, 'IMPORT_XLSX_MAX_RATIO', 100, 2, 10_000),
    },
    smtpUrl: smtpVar(env),
    mailFrom: env['MAIL_FROM'] || 'Elderwork <no-reply@elderwork.local>',
    // Outside production a newcomer follows the demo's mails here; in production only when asked for.
    mailOutboxDir: env['MAIL_OUTBOX_DIR'] || (production ? null : join(process.cwd(), '.elderwork', 'outbox')),
    appBaseUrl: baseUrlVar(env, port),
    bootstrapAdminEmail: emailVar(env, 'ELDERWORK_BOOTSTRAP_ADMIN_EMAIL'),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
