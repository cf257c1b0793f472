import type { LoggerService } from '@nestjs/common';
import { Client } from 'pg';
import { prepareDatabase } from '../src/database/bootstrap';
import { withDatabase } from '../src/database/database-urls';
import { linkIn, Mailbox } from './support/mailbox';
import { TestApp } from './support/test-app';
import { TEST_APP_PASSWORD, testOwnerUrl } from './support/test-env';

/** Keeps the API's log lines. */
class CapturingLogger implements LoggerService {
  readonly lines: string[] = [];
  log(message: unknown): void {
    this.lines.push(String(message));
  }
  warn(message: unknown): void {
    this.lines.push(String(message));
  }
  error(message: unknown): void {
    this.lines.push(String(message));
  }
}

const EMAIL = 'first.officer@dla.test';

/**
 * The first DLA officer of a fresh installation (issue 13, decision 0023). A database of its own:
 * the run's shared one has DLA officers from other test files.
 */
describe('ELDERWORK_BOOTSTRAP_ADMIN_EMAIL', () => {
  const ownerUrl = withDatabase(testOwnerUrl(), `elderwork_boot_${Date.now()}_${process.pid}`);
  let box: Mailbox;
  let owner: Client;
  const logger = new CapturingLogger();
  const start = () => TestApp.start({ ownerUrl, logger, env: { SMTP_URL: box.url, ELDERWORK_BOOTSTRAP_ADMIN_EMAIL: ` ${EMAIL.toUpperCase()} ` } });

  beforeAll(async () => {
    box = await Mailbox.start();
    await prepareDatabase(ownerUrl, TEST_APP_PASSWORD);
    owner = new Client({ connectionString: ownerUrl });
    await owner.connect();
  }, 180_000);
  afterAll(async () => {
    await owner?.end();
    await box.close();
    const server = new Client({ connectionString: withDatabase(ownerUrl, 'postgres') });
    await server.connect();
    await server.query(`DROP DATABASE IF EXISTS "${new URL(ownerUrl).pathname.slice(1)}" WITH (FORCE)`);
    await server.end();
  });

  it('two API instances starting at once on a fresh database make one DLA officer, without a password, its activation link in the log and the mail', async () => {
    const [a, b] = await Promise.all([start(), start()]);
    try {
      const { rows } = await owner.query(`SELECT id, email, password_hash FROM app_user WHERE role = 'dla_officer'`);
      expect(rows).toEqual([{ id: expect.any(String), email: EMAIL, password_hash: null }]);
      const links = await owner.query(`SELECT purpose FROM account_link WHERE user_id = $1`, [rows[0].id]);
      expect(links.rows).toEqual([{ purpose: 'activate' }]);
      const changes = await owner.query(`SELECT action, actor_id FROM account_change WHERE user_id = $1`, [rows[0].id]);
      expect(changes.rows).toEqual([{ action: 'create', actor_id: null }]);

      const link = linkIn(await box.next(EMAIL));
      const logged = logger.lines.filter((line) => line.includes('first DLA officer created'));
      expect(logged).toHaveLength(1);
      expect(logged[0]).toContain(link.url);

      await a.http.post('/api/auth/activate').send({ token: link.token, password: 'กรมส่งเสริม-ผู้ดูแลคนแรก' }).expect(204);
      const token = await b.login(EMAIL, 'กรมส่งเสริม-ผู้ดูแลคนแรก');
      const me = await b.http.get('/api/me').set({ authorization: `Bearer ${token}` }).expect(200);
      expect(me.body).toMatchObject({ role: 'dla_officer', orgUnit: { type: 'dla' } });
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('a later start with a DLA officer present creates nothing and logs no link', async () => {
    logger.lines.length = 0;
    const again = await start();
    await again.close();
    const { rows } = await owner.query(`SELECT count(*)::int AS n FROM account_link`);
    expect(rows[0].n).toBe(1);
    expect(logger.lines.filter((line) => line.includes('first DLA officer created'))).toEqual([]);
  });
});
