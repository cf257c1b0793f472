// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- mailparser has no types; ts-jest compiles file by file and needs the declaration named
/// <reference path="./mailparser.d.ts" />
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
}

/** A real SMTP server in the test process: the API sends to it through SMTP_URL, the test reads what arrived. */
export class Mailbox {
  readonly received: ReceivedMail[] = [];
  private readonly taken = new Set<ReceivedMail>();
  private waiters: (() => void)[] = [];

  private constructor(private readonly server: SMTPServer) {}

  static async start(): Promise<Mailbox> {
    let box: Mailbox | null = null;
    const server = new SMTPServer({
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        simpleParser(stream)
          .then((mail) => {
            box!.arrive({ to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()), subject: mail.subject ?? '', text: mail.text ?? '' });
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
    box = new Mailbox(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return box;
  }

  get url(): string {
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }

  private arrive(mail: ReceivedMail): void {
    this.received.push(mail);
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  /** The next mail to this address not read before; fails after 15 s without one. */
  async next(to: string): Promise<ReceivedMail> {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const mail = this.received.find((m) => !this.taken.has(m) && m.to.includes(to.toLowerCase()));
      if (mail) {
        this.taken.add(mail);
        return mail;
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no mail to ${to} arrived`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Mails to this address so far. */
  to(address: string): ReceivedMail[] {
    return this.received.filter((m) => m.to.includes(address.toLowerCase()));
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** The link in a mail: its path (activate or reset) and token. */
export function linkIn(mail: ReceivedMail): { url: string; path: string; token: string } {
  const match = /(https?:\/\/\S+\/(activate|reset)\?token=([A-Za-z0-9_-]+))/.exec(mail.text);
  if (!match) throw new Error(`no link in the mail: ${mail.text}`);
  return { url: match[1]!, path: match[2]!, token: match[3]! };
}
