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
