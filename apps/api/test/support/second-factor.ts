import { randomUUID } from 'node:crypto';
import { generate } from 'otplib';
import type { LoginResult, Role, TotpEnrolResponse, TotpLoginResponse, TotpRequiredResponse } from '@elderwork/contracts';
import { insertUser } from './factories';
import { PASSWORD, type TestApp } from './test-app';

export interface TestAccount {
  id: string;
  email: string;
}

/** An account made in the database, not logged in (a second-factor role cannot go through t.user with 2FA on). */
export async function account(t: TestApp, role: Role, orgUnitId: string): Promise<TestAccount> {
  const email = `${role}-${randomUUID()}@test.example`;
  const id = await insertUser(t.owner, { email, displayName: `ผู้ทดสอบ ${role}`, role, orgUnitId, password: PASSWORD });
  return { id, email };
}

/** The authenticator's code `steps` periods of 30 s from now (a code is accepted once, so tests step ahead). */
export const codeAt = (secret: string, steps = 0): Promise<string> => generate({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });

export async function passwordStep(t: TestApp, email: string, headers: Record<string, string> = {}): Promise<LoginResult> {
  const res = await t.http.post('/api/auth/login').set(headers).send({ email, password: PASSWORD }).expect(200);
  return res.body as LoginResult;
}

/** First login of a second-factor account: password, then the current code of the secret it was given. */
export async function enrol(t: TestApp, email: string): Promise<{ secret: string; token: string; recoveryCodes: string[] }> {
  const first = (await passwordStep(t, email)) as TotpEnrolResponse;
  if (first.status !== 'totp_enrol_required') throw new Error(`expected enrolment, got ${JSON.stringify(first)}`);
  const res = await t.http.post('/api/auth/totp').send({ challengeToken: first.challengeToken, code: await codeAt(first.secret) }).expect(200);
  const body = res.body as TotpLoginResponse;
  return { secret: first.secret, token: body.accessToken, recoveryCodes: body.recoveryCodes ?? [] };
}

/** A later login with the code `steps` periods ahead (the enrolment used the current one). */
export async function loginWithCode(t: TestApp, email: string, secret: string, steps: number): Promise<string> {
  const challenge = (await passwordStep(t, email)) as TotpRequiredResponse;
  const res = await t.http.post('/api/auth/totp').send({ challengeToken: challenge.challengeToken, code: await codeAt(secret, steps) }).expect(200);
  return (res.body as TotpLoginResponse).accessToken;
}
