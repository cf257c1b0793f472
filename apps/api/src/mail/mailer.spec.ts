// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- mailparser has no types; ts-jest compiles file by file and needs the declaration named
/// <reference path="../../test/support/mailparser.d.ts" />
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { simpleParser } from 'mailparser';
import { loadConfig } from '../config/app-config';
import { Mailer } from './mailer';

const MAIL = { to: 'new.admin@lao.go.th', subject: 'เปิดใช้งานบัญชี Elderwork', text: 'เรียน ปลัด\n\nhttp://localhost:3000/activate?token=abcdefghijklmnopqrstuvwxyz012345\n' };

describe('Mailer without SMTP_URL', () => {
  afterEach(() => jest.restoreAllMocks());

  it('in development: the mail goes to the log with its link and to the outbox as a readable .eml', async () => {
    const outbox = mkdtempSync(join(tmpdir(), 'elderwork-outbox-'));
    const log = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    await new Mailer(loadConfig({ MAIL_OUTBOX_DIR: outbox })).send(MAIL);
    expect(log.mock.calls.some(([line]) => String(line).includes('/activate?token=abcdefghijklmnopqrstuvwxyz012345'))).toBe(true);
    const files = readdirSync(outbox);
    expect(files).toHaveLength(1);
    const parsed = await simpleParser(readFileSync(join(outbox, files[0]!)));
    expect(parsed.subject).toBe(MAIL.subject);
    expect(parsed.text).toContain('http://localhost:3000/activate?token=abcdefghijklmnopqrstuvwxyz012345');
  });

  it('in production: no outbox unless configured, and the log never holds the link', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const log = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    const config = loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://o@db/e', JWT_SECRET: 'q8Vf2LmZ7xR1tY9pK3sD6gH0jW4nB5cE', DATABASE_APP_PASSWORD: 'a-real-password' });
    await new Mailer(config).send(MAIL);
    const lines = [...warn.mock.calls, ...log.mock.calls].map(([line]) => String(line));
    expect(lines.some((line) => line.includes('SMTP_URL is not set'))).toBe(true);
    expect(lines.some((line) => line.includes(MAIL.to))).toBe(true);
    expect(lines.some((line) => line.includes('token='))).toBe(false);
  });
});
