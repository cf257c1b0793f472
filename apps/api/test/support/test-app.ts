import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication, LoggerService } from '@nestjs/common';
import { Client } from 'pg';
import request from 'supertest';
import type { CreateResidentDto, LoginResponse, ResidentView, Role } from '@elderwork/contracts';
import { nationalIdCheckDigit } from '@elderwork/thai';
import { createApp } from '../../src/app/create-app';
import { loadConfig } from '../../src/config/app-config';
import { appUrlFrom } from '../../src/database/database-urls';
import { insertUser } from './factories';
import { TEST_APP_PASSWORD, testOwnerUrl } from './test-env';

export const PASSWORD = 'correct-horse-battery';

export interface TestUser {
  id: string;
  email: string;
  token: string;
  orgUnitId: string;
  auth: { authorization: string };
}

export interface TestLao {
  id: string;
  code: string;
  provinceCode: string;
}

/** A random valid national ID (12 random digits and their check digit). */
export function randomNationalId(): string {
  const stem = Array.from({ length: 12 }, (_, i) => (i === 0 ? 1 + Math.floor(Math.random() * 8) : Math.floor(Math.random() * 10))).join('');
  return stem + String(nationalIdCheckDigit(stem));
}

export function residentInput(overrides: Partial<CreateResidentDto> = {}): CreateResidentDto {
  return {
    nationalId: randomNationalId(),
    prefix: 'นาง',
    firstName: 'สมศรี',
    lastName: 'ใจดี',
    sex: 'female',
    birthDate: '1950-05-01',
    legalBasis: 'legal_duty',
    ...overrides,
  };
}

/** The API on the run's test database, as the RLS-bound role, plus factories that create data through HTTP. */
export class TestApp {
  readonly owner: Client;

  private constructor(
    readonly app: INestApplication,
    owner: Client,
  ) {
    this.owner = owner;
  }

  /**
   * `env`: more configuration (SMTP_URL of a test Mailbox, say); without SMTP_URL mails go to a
   * temporary outbox. `ownerUrl`: another database than the run's (bootstrap-admin.spec.ts).
   * `logger`: a logger to read the API's log lines.
   */
  static async start(options: { poolSize?: number; env?: Record<string, string>; ownerUrl?: string; logger?: LoggerService } = {}): Promise<TestApp> {
    const ownerUrl = options.ownerUrl ?? testOwnerUrl();
    const config = loadConfig({
      ...process.env,
      DATABASE_URL: ownerUrl,
      JWT_SECRET: 'test-secret-test-secret-test-secret!',
      MAIL_OUTBOX_DIR: join(tmpdir(), 'elderwork-test-outbox'),
      ...options.env,
    });
    const app = await createApp(config, { appDatabaseUrl: appUrlFrom(ownerUrl, TEST_APP_PASSWORD), poolSize: options.poolSize, logger: options.logger ?? ['error'] });
    await app.init();
    const owner = new Client({ connectionString: ownerUrl });
    await owner.connect();
    return new TestApp(app, owner);
  }

  async close(): Promise<void> {
    await this.owner.end();
    await this.app.close();
  }

  get http(): ReturnType<typeof request> {
    return request(this.app.getHttpServer());
  }

  /** An LAO from DLA's list that no other test of the run has taken (claimed in test_support.lao_claim). */
  async lao(): Promise<TestLao> {
    for (;;) {
      const { rows } = await this.owner.query<TestLao>(
        // Never one of the demo LAOs: demo.spec.ts seeds them.
        `WITH pick AS (
           SELECT id FROM org_unit o
           WHERE type = 'lao' AND code NOT IN ('5210104', '6160414', '5570901')
             AND NOT EXISTS (SELECT 1 FROM test_support.lao_claim c WHERE c.claimed = o.id)
           ORDER BY random() LIMIT 1
         ), claimed AS (
           INSERT INTO test_support.lao_claim (claimed) SELECT id FROM pick ON CONFLICT DO NOTHING RETURNING claimed
         )
         SELECT o.id, o.code, o.province_code AS "provinceCode" FROM org_unit o JOIN claimed ON claimed.claimed = o.id`,
      );
      if (rows[0]) return rows[0];
    }
  }

  /**
   * A whole province for one test: every LAO of a province none of whose LAOs another test has taken,
   * all claimed at once, so its provincial totals hold this test's data only.
   */
  async province(minLaos: number): Promise<{ code: string; laos: TestLao[] }> {
    for (;;) {
      const { rows } = await this.owner.query<{ province_code: string }>(
        `SELECT province_code FROM org_unit o WHERE type = 'lao' AND province_code NOT IN ('21', '16', '57')
         GROUP BY province_code HAVING count(*) >= $1
            AND NOT EXISTS (SELECT 1 FROM org_unit p JOIN test_support.lao_claim c ON c.claimed = p.id WHERE p.province_code = o.province_code)
         ORDER BY random() LIMIT 1`,
        [minLaos],
      );
      const code = rows[0]!.province_code;
      const claimed = await this.owner.query<TestLao>(
        `WITH claimed AS (
           INSERT INTO test_support.lao_claim (claimed) SELECT id FROM org_unit WHERE type = 'lao' AND province_code = $1
           ON CONFLICT DO NOTHING RETURNING claimed
         )
         SELECT o.id, o.code, o.province_code AS "provinceCode" FROM org_unit o JOIN claimed ON claimed.claimed = o.id ORDER BY random()`,
        [code],
      );
      const total = await this.owner.query<{ n: string }>(`SELECT count(*) AS n FROM org_unit WHERE type = 'lao' AND province_code = $1`, [code]);
      if (claimed.rows.length === Number(total.rows[0]!.n)) return { code, laos: claimed.rows };
      // Another test claimed one of its LAOs in between: the LAOs this call did claim stay unused; try another province.
    }
  }

  async orgUnit(type: 'province' | 'dla', code: string): Promise<string> {
    const { rows } = await this.owner.query<{ id: string }>(`SELECT id FROM org_unit WHERE type = $1 AND code = $2`, [type, code]);
    return rows[0]!.id;
  }

  /** A user of the org unit, logged in through the API. */
  async user(role: Role, orgUnitId: string): Promise<TestUser> {
    const email = `${role}-${randomUUID()}@test.example`;
    const id = await insertUser(this.owner, { email, displayName: `ผู้ทดสอบ ${role}`, role, orgUnitId, password: PASSWORD });
    const token = await this.login(email);
    return { id, email, token, orgUnitId, auth: { authorization: `Bearer ${token}` } };
  }

  async login(email: string, password = PASSWORD): Promise<string> {
    const response = await this.http.post('/api/auth/login').send({ email, password }).expect(200);
    return (response.body as LoginResponse).accessToken;
  }

  async resident(user: TestUser, overrides: Partial<CreateResidentDto> = {}): Promise<ResidentView> {
    const response = await this.http.post('/api/residents').set(user.auth).send(residentInput(overrides)).expect(201);
    return response.body as ResidentView;
  }

  /** Rows of one LAO in a tenant table, read as the owner (a superuser here), for checking that nothing was written. */
  async count(table: 'resident' | 'audit_entry', laoId: string): Promise<number> {
    const { rows } = await this.owner.query<{ n: string }>(`SELECT count(*) AS n FROM ${table} WHERE lao_id = $1`, [laoId]);
    return Number(rows[0]!.n);
  }
}
