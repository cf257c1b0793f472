import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';

export function mailOutbox(): string {
  const dir = process.env['E2E_MAIL_OUTBOX'];
  if (!dir) throw new Error('E2E_MAIL_OUTBOX missing: the global setup did not start the app');
  return dir;
}

/**
 * The newest link to `/<purpose>?token=` in a mail the API wrote to the outbox for `to` (no SMTP_URL:
 * one .eml per mail, named by time and recipient; decision 0023). Waits for the mail a little, since
 * the API answers the creation before the file is surely on disk.
 */
export async function linkInMail(to: string, purpose: 'activate' | 'reset'): Promise<URL> {
  const tail = `-${to.replace(/[^A-Za-z0-9@._-]/g, '_')}.eml`;
  for (let i = 0; i < 40; i += 1) {
    const files = readdirSync(mailOutbox())
      .filter((f) => f.endsWith(tail))
      .sort()
      .reverse();
    for (const file of files) {
      const mail = await simpleParser(readFileSync(join(mailOutbox(), file)));
      const recipients = [mail.to].flat().flatMap((a) => a?.value ?? []).map((a) => a.address);
      if (!recipients.includes(to)) continue;
      const found = (mail.text ?? '').match(new RegExp(`https?://[^\\s]+/${purpose}\\?token=[A-Za-z0-9_-]+`));
      if (found) return new URL(found[0]);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no ${purpose} mail for ${to} in ${mailOutbox()}`);
}
