import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import type StreamTransport from 'nodemailer/lib/stream-transport';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Account mails (decision 0023). With SMTP_URL through that server; without one the message is
 * built all the same and written to the log and, when configured, to the outbox as an .eml file,
 * so a newcomer running the demo can open the links. In production the log never holds a link.
 */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private readonly smtp: Transporter<SMTPTransport.SentMessageInfo> | null;
  private readonly local: Transporter<StreamTransport.SentMessageInfo>;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.smtp = config.smtpUrl ? createTransport(config.smtpUrl) : null;
    this.local = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    if (!this.smtp && config.production) {
      this.logger.warn(`SMTP_URL is not set: account mails are not delivered${config.mailOutboxDir ? ` (written to ${config.mailOutboxDir})` : ''}`);
    }
  }

  /** Resolves when the server has taken the message (or it is written locally); rejects when it could not be sent. */
  async send(mail: OutgoingMail): Promise<void> {
    const message = { from: this.config.mailFrom, to: mail.to, subject: mail.subject, text: mail.text };
    if (this.smtp) {
      await this.smtp.sendMail(message);
      this.logger.log(`mail sent: to=${mail.to} subject="${mail.subject}"`);
      return;
    }
    const info = await this.local.sendMail(message);
    if (this.config.production) {
      this.logger.warn(`mail not delivered (no SMTP_URL): to=${mail.to} subject="${mail.subject}"`);
    } else {
      this.logger.log(`mail (no SMTP_URL, not delivered): to=${mail.to} subject="${mail.subject}"\n${mail.text}`);
    }
    if (this.config.mailOutboxDir) await this.writeOutbox(mail.to, info.message);
  }

  private async writeOutbox(to: string, raw: StreamTransport.SentMessageInfo['message']): Promise<void> {
    const dir = this.config.mailOutboxDir;
    if (!dir) return;
    await mkdir(dir, { recursive: true });
    const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${to.replace(/[^A-Za-z0-9@._-]/g, '_')}.eml`;
    await writeFile(join(dir, name), raw);
  }

  onModuleDestroy(): void {
    this.smtp?.close();
  }
}
