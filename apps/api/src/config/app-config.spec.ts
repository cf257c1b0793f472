import { ConfigError, loadConfig } from './app-config';

const STRONG = 'q8Vf2LmZ7xR1tY9pK3sD6gH0jW4nB5cE';

describe('loadConfig in production', () => {
  const prod = (env: Record<string, string>) => () => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://o@db/e', ...env });

  it('refuses the default app password, unset or the README’s', () => {
    expect(prod({ JWT_SECRET: STRONG })).toThrow(/DATABASE_APP_PASSWORD/);
    expect(prod({ JWT_SECRET: STRONG, DATABASE_APP_PASSWORD: 'elderwork-app-local' })).toThrow(ConfigError);
    expect(prod({ JWT_SECRET: STRONG, DATABASE_APP_URL: 'postgres://elderwork_app:elderwork-app-local@db/e' })).toThrow(/DATABASE_APP_URL/);
  });

  it('refuses weak or known JWT secrets', () => {
    for (const secret of ['', 'short', 'a'.repeat(32), 'change-me-to-a-long-random-secret-of-32-chars', 'abababababababababababababababab']) {
      expect(prod({ JWT_SECRET: secret, DATABASE_APP_PASSWORD: 'a-real-password' })).toThrow(/JWT_SECRET/);
    }
  });

  it('starts with a strong secret and a set password; docs off unless ELDERWORK_API_DOCS=1', () => {
    expect(prod({ JWT_SECRET: STRONG, DATABASE_APP_PASSWORD: 'a-real-password' })().apiDocs).toBe(false);
    expect(prod({ JWT_SECRET: STRONG, DATABASE_APP_URL: 'postgres://elderwork_app:s3cret@db/e' })().apiDocs).toBe(false);
    expect(prod({ JWT_SECRET: STRONG, DATABASE_APP_PASSWORD: 'a-real-password', ELDERWORK_API_DOCS: '1' })().apiDocs).toBe(true);
  });

  it('outside production the defaults stand and the docs are served', () => {
    const config = loadConfig({});
    expect(config.apiDocs).toBe(true);
    expect(config.appDbPassword).toBe('elderwork-app-local');
  });
});

describe('mail and link configuration (decision 0023)', () => {
  it('defaults: no SMTP, an outbox outside production, links to localhost on the port', () => {
    const config = loadConfig({ PORT: '4100' });
    expect(config.smtpUrl).toBeNull();
    expect(config.mailOutboxDir).toMatch(/\.elderwork[\\/]outbox$/);
    expect(config.appBaseUrl).toBe('http://localhost:4100');
    expect(config.bootstrapAdminEmail).toBeNull();
  });

  it('in production no outbox unless asked for', () => {
    const prod = { NODE_ENV: 'production', DATABASE_URL: 'postgres://o@db/e', JWT_SECRET: STRONG, DATABASE_APP_PASSWORD: 'a-real-password' };
    expect(loadConfig(prod).mailOutboxDir).toBeNull();
    expect(loadConfig({ ...prod, MAIL_OUTBOX_DIR: '/var/mail/out' }).mailOutboxDir).toBe('/var/mail/out');
  });

  it('validates SMTP_URL, APP_BASE_URL and the bootstrap email', () => {
    expect(() => loadConfig({ SMTP_URL: 'not a url' })).toThrow(/SMTP_URL/);
    expect(() => loadConfig({ SMTP_URL: 'http://mail.example' })).toThrow(/smtp/);
    expect(loadConfig({ SMTP_URL: 'smtps://u:p@mail.example:465' }).smtpUrl).toBe('smtps://u:p@mail.example:465');
    expect(() => loadConfig({ APP_BASE_URL: 'ftp://x' })).toThrow(/APP_BASE_URL/);
    expect(() => loadConfig({ APP_BASE_URL: 'https://x.example/?a=1' })).toThrow(/APP_BASE_URL/);
    expect(loadConfig({ APP_BASE_URL: 'https://elderwork.dla.go.th/' }).appBaseUrl).toBe('https://elderwork.dla.go.th');
    expect(() => loadConfig({ ELDERWORK_BOOTSTRAP_ADMIN_EMAIL: 'nobody' })).toThrow(/ELDERWORK_BOOTSTRAP_ADMIN_EMAIL/);
    expect(loadConfig({ ELDERWORK_BOOTSTRAP_ADMIN_EMAIL: ' Admin@DLA.go.th ' }).bootstrapAdminEmail).toBe('admin@dla.go.th');
  });
});

describe('second factor, throttling and proxy settings (decision 0024)', () => {
  const base = { JWT_SECRET: STRONG, DATABASE_APP_PASSWORD: 'a-real-password', DATABASE_URL: 'postgres://o@db/e' };

  it('ELDERWORK_REQUIRE_2FA: on by default in production, off otherwise, either way when set', () => {
    expect(loadConfig({ ...base, NODE_ENV: 'production' }).require2fa).toBe(true);
    expect(loadConfig({ ...base, NODE_ENV: 'production', ELDERWORK_REQUIRE_2FA: '0' }).require2fa).toBe(false);
    expect(loadConfig({}).require2fa).toBe(false);
    expect(loadConfig({ ELDERWORK_REQUIRE_2FA: 'true' }).require2fa).toBe(true);
    expect(() => loadConfig({ ELDERWORK_REQUIRE_2FA: 'maybe' })).toThrow(/ELDERWORK_REQUIRE_2FA/);
  });

  it('TRUST_PROXY: nothing trusted unless named; hop counts and addresses accepted; "true" refused', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8,fd00::1' }).trustProxy).toEqual(['loopback', '10.0.0.0/8', 'fd00::1']);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/8/1' })).toThrow(/TRUST_PROXY/);
  });

  it('the TOTP key: its own secret when set (32+ characters), else derived from JWT_SECRET', () => {
    const own = loadConfig({ TOTP_ENCRYPTION_KEY: 'x'.repeat(16) + STRONG }).totpKey;
    expect(own).toHaveLength(32);
    expect(own.equals(loadConfig({ ...base, TOTP_ENCRYPTION_KEY: 'x'.repeat(16) + STRONG }).totpKey)).toBe(true);
    expect(loadConfig(base).totpKey.equals(own)).toBe(false);
    expect(() => loadConfig({ TOTP_ENCRYPTION_KEY: 'short' })).toThrow(/TOTP_ENCRYPTION_KEY/);
  });
});
