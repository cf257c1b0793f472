import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { ACTIVATION_LINK_HOURS, RESET_LINK_HOURS } from '@elderwork/contracts';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Mailer, type OutgoingMail } from '../mail/mailer';
import type { AccountLinkPurpose } from './account-link.entity';
import { AccountLinksRepository } from './account-links.repository';
import type { Db } from './users.repository';

export interface LinkRecipient {
  email: string;
  displayName: string;
}

/** A link made in a transaction, mailed after it commits. */
export interface IssuedLink {
  to: LinkRecipient;
  purpose: AccountLinkPurpose;
  url: string;
}

export const LINK_HOURS: Record<AccountLinkPurpose, number> = { activate: ACTIVATION_LINK_HOURS, reset: RESET_LINK_HOURS };

/** The stored form of a token: its SHA-256, so the table holds nothing that opens an account. */
export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

function mailOf(link: IssuedLink): OutgoingMail {
  const { to, url } = link;
  if (link.purpose === 'activate') {
    return {
      to: to.email,
      subject: 'เปิดใช้งานบัญชี Elderwork | Activate your Elderwork account',
      text: [
        `เรียน ${to.displayName}`,
        '',
        `มีการสร้างบัญชีผู้ใช้ระบบ Elderwork สำหรับอีเมลนี้ กรุณาเปิดลิงก์ด้านล่างเพื่อตั้งรหัสผ่านและเปิดใช้งานบัญชี ลิงก์ใช้ได้ครั้งเดียว ภายใน ${ACTIVATION_LINK_HOURS} ชั่วโมง`,
        '',
        url,
        '',
        'หากท่านไม่ได้คาดว่าจะได้รับอีเมลนี้ ไม่ต้องดำเนินการใด ๆ และโปรดแจ้งผู้ดูแลระบบของหน่วยงาน',
        '',
        '--',
        `An Elderwork account was created for this address. Open the link above to choose a password and activate it; it works once, within ${ACTIVATION_LINK_HOURS} hours. If you did not expect this mail, do nothing and tell your administrator.`,
      ].join('\n'),
    };
  }
  return {
    to: to.email,
    subject: 'ตั้งรหัสผ่านใหม่ Elderwork | Set a new Elderwork password',
    text: [
      `เรียน ${to.displayName}`,
      '',
      `มีการขอตั้งรหัสผ่านใหม่สำหรับบัญชี Elderwork ของอีเมลนี้ กรุณาเปิดลิงก์ด้านล่างเพื่อตั้งรหัสผ่านใหม่ ลิงก์ใช้ได้ครั้งเดียว ภายใน ${RESET_LINK_HOURS} ชั่วโมง เมื่อตั้งรหัสผ่านใหม่แล้ว ทุกเซสชันที่เข้าสู่ระบบอยู่จะสิ้นสุดลง`,
      '',
      url,
      '',
      'หากท่านไม่ได้ขอ ไม่ต้องดำเนินการใด ๆ รหัสผ่านเดิมยังใช้ได้',
      '',
      '--',
      `Someone asked to set a new password for the Elderwork account of this address. Open the link above to choose one; it works once, within ${RESET_LINK_HOURS} hour. Setting it ends every signed-in session. If you did not ask, do nothing: the current password still works.`,
    ].join('\n'),
  };
}

/**
 * Activation and reset links (decision 0023): a random token of 32 bytes goes in the mail, only
 * its hash in account_link; made inside the caller's transaction, mailed after it commits.
 */
@Injectable()
export class AccountLinks {
  private readonly logger = new Logger('Accounts');
  /** Bulk mails go out one after another behind the answer. */
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly links: AccountLinksRepository,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async issue(db: Db, userId: string, to: LinkRecipient, purpose: AccountLinkPurpose): Promise<IssuedLink> {
    const token = randomBytes(32).toString('base64url');
    await this.links.insert(db, userId, purpose, hashToken(token), LINK_HOURS[purpose]);
    const path = purpose === 'activate' ? 'activate' : 'reset';
    return { to, purpose, url: `${this.config.appBaseUrl}/${path}?token=${token}` };
  }

  /** Mails the link; rejects when the mail could not be handed over. */
  async send(link: IssuedLink): Promise<void> {
    await this.mailer.send(mailOf(link));
  }

  /** Mails the link and logs a failure instead of failing the request (the manager can send a new link). */
  async sendOrLog(link: IssuedLink): Promise<boolean> {
    try {
      await this.send(link);
      return true;
    } catch (error) {
      this.logger.error(`${link.purpose} mail not sent: to=${link.to.email} (${error instanceof Error ? error.message : String(error)})`);
      return false;
    }
  }

  /** Mails many links one after another, after the answer; the outcome goes to the log. */
  sendInBackground(links: IssuedLink[]): void {
    if (!links.length) return;
    this.queue = this.queue.then(async () => {
      let failed = 0;
      for (const link of links) if (!(await this.sendOrLog(link))) failed += 1;
      this.logger.log(`link mails: ${links.length - failed} sent, ${failed} failed`);
    });
  }

  /** Resolves when the mails queued so far are out (tests, shutdown). */
  drain(): Promise<void> {
    return this.queue;
  }
}
