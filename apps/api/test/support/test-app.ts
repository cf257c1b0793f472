import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import request from 'supertest';
import type { CreateResidentDto, LoginResponse, ResidentView, Role } from '@elderwork/contracts';
import { nationalIdCheckDigit } from '@elderwork/thai';
import { createApp } from '../../src/app/create-app';
import { loadConfig } from '../../src/config/app-config';
import { appUrlFrom } from '../../src/database/database-urls';
import { insertUser } from '../../src/database/seed/demo-seed';
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
  private usedLaos = new Set<string>();

  private constructor(
    readonly app: INestApplication,
    owner: Client,
  ) {
    this.owner = owner;
  }

  static async start(options: { poolSize?: number; env?: Record<string, string> } = {}): Promise<TestApp> {
    const ownerUrl = testOwnerUrl();
    const config = loadConfig({ ...process.env, DATABASE_URL: ownerUrl, JWT_SECRET: 'test-secret-test-secret-test-secret!', ...options.env });
    const app = await createApp(config, { appDatabaseUrl: appUrlFrom(ownerUrl, TEST_APP_PASSWORD), poolSize: options.poolSize, logger: false });
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

  /** An LAO from DLA's list that no other test of this file uses (test files pick at random, so they rarely meet). */
  async lao(): Promise<TestLao> {
    for (;;) {
      const { rows } = await this.owner.query<TestLao>(
        // Never one of the demo LAOs: demo.spec.ts seeds them.
        `SELECT id, code, province_code AS "provinceCode" FROM org_unit
         WHERE type = 'lao' AND code NOT IN ('5210104', '6160414', '5570901') ORDER BY random() LIMIT 1`,
      );
      const lao = rows[0]!;
      if (!this.usedLaos.has(lao.id)) {
        this.usedLaos.add(lao.id);
        return lao;
      }
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
