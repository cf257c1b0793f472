import { Injectable, Logger } from '@nestjs/common';
import {
  ACCOUNT_MESSAGES,
  ERROR_CODES,
  type AccountMessage,
  type ChangePasswordDto,
  type ForgotPasswordDto,
  type SetPasswordDto,
} from '@elderwork/contracts';
import { DomainError, fieldError, invalidField } from '../common/domain-errors';
import type { RequestContext } from '../common/request-context';
import type { AccountLinkPurpose } from '../users/account-link.entity';
import { AccountLinks, hashToken } from '../users/account-links';
import { AccountLinksRepository } from '../users/account-links.repository';
import { SessionsRepository } from '../users/sessions.repository';
import { UsersRepository } from '../users/users.repository';
import { UsersService } from '../users/users.service';
import { LoginThrottle } from './login-throttle';
import { checkPassword } from './password-policy';
import { candidateHash, hashPassword } from './passwords';

/** Forgot sends at most this many links to one account an hour: a stranger cannot flood an inbox. */
const FORGOT_LINKS_PER_HOUR = 3;

const linkInvalid = (): DomainError => new DomainError(400, ERROR_CODES.linkInvalid, ACCOUNT_MESSAGES.linkInvalid.th);

const message = (code: AccountMessage['code']): AccountMessage => ({ code, message: ACCOUNT_MESSAGES[code].th });

/**
 * Own passwords (decision 0023): activation and reset through one-time links, forgot, the owner's
 * change of password, and a manager's "send reset link" and "unlock". Setting a password through a
 * link ends every session of the account; changing it ends every other one.
 */
@Injectable()
export class AccountLinksService {
  private readonly logger = new Logger('Accounts');

  constructor(
    private readonly users: UsersRepository,
    private readonly usersService: UsersService,
    private readonly links: AccountLinks,
    private readonly linksRepo: AccountLinksRepository,
    private readonly sessions: SessionsRepository,
    private readonly throttle: LoginThrottle,
  ) {}

  activate(dto: SetPasswordDto): Promise<void> {
    return this.setThroughLink('activate', dto);
  }

  reset(dto: SetPasswordDto): Promise<void> {
    return this.setThroughLink('reset', dto);
  }

  /**
   * The same answer, at once, whether or not the address has an account: the lookup and the mail
   * happen after the answer, so neither the words nor the time tell the caller anything.
   */
  forgot(dto: ForgotPasswordDto, ip: string): AccountMessage {
    void this.sendForgotLink(dto.email, ip).catch((error: unknown) => {
      this.logger.error(`forgot: link not sent to ${dto.email} (${error instanceof Error ? error.message : String(error)})`);
    });
    return message('forgotSent');
  }

  async changePassword(ctx: RequestContext, dto: ChangePasswordDto): Promise<void> {
    const found = await this.users.findById(ctx.userId);
    const current = found?.passwordSettings ? await candidateHash(found.passwordSettings, dto.currentPassword) : null;
    const wrongCurrent = (): DomainError => {
      this.logger.warn(`password change refused (current password wrong): user=${ctx.userId} ip=${ctx.ip}`);
      return invalidField('currentPassword', 'currentPassword', 'wrong');
    };
    // The wrong current password is named before the new one's faults, as before.
    if (!found || !(await this.users.passwordMatches(ctx.userId, current))) throw wrongCurrent();
    checkPassword('newPassword', dto.newPassword, found.view.email);
    const passwordHash = await hashPassword(dto.newPassword);
    await this.users.db.transaction(async (db) => {
      // The function checks the current password again, sets the hash, voids open links and writes `password` (decision 0027).
      if (!(await this.users.changePassword(db, ctx.userId, current, passwordHash))) throw wrongCurrent();
      await this.sessions.endAll(db, ctx.userId, ctx.sessionId ?? null);
    });
    this.logger.log(`password changed: user=${ctx.userId}; other sessions ended`);
  }

  /** A manager mails the account a new link: activation while it has no password, reset afterwards. */
  async sendResetLink(ctx: RequestContext, id: string): Promise<AccountMessage> {
    const link = await this.users.db.transaction(async (db) => {
      const user = await this.usersService.managed(ctx, id, db);
      if (!user.active) throw fieldError('active', 'accountInactive');
      const secret = await this.users.findById(id, db);
      const purpose: AccountLinkPurpose = secret?.passwordSettings ? 'reset' : 'activate';
      await this.users.recordChange(db, { userId: id, actorId: ctx.userId, action: 'reset_link', changes: { purpose: [null, purpose] } });
      return this.links.issue(db, id, { email: user.email, displayName: user.displayName }, purpose);
    });
    try {
      await this.links.send(link);
    } catch (error) {
      this.logger.error(`${link.purpose} mail not sent: actor=${ctx.userId} user=${id} (${error instanceof Error ? error.message : String(error)})`);
      throw new DomainError(503, ERROR_CODES.mailFailed, ACCOUNT_MESSAGES.mailFailed.th);
    }
    this.logger.log(`${link.purpose} link sent: actor=${ctx.userId} user=${id}`);
    return message('resetLinkSent');
  }

  /** A manager lets the account try logging in again at once (its failed attempts are forgotten). */
  async unlock(ctx: RequestContext, id: string): Promise<AccountMessage> {
    const user = await this.users.db.transaction(async (db) => {
      const found = await this.usersService.managed(ctx, id, db);
      await this.users.recordChange(db, { userId: id, actorId: ctx.userId, action: 'unlock', changes: null });
      return found;
    });
    await this.throttle.forgetAccount(user.email);
    this.logger.log(`account unlocked: actor=${ctx.userId} user=${id}`);
    return message('unlocked');
  }

  private async setThroughLink(purpose: AccountLinkPurpose, dto: SetPasswordDto): Promise<void> {
    const userId = await this.users.db.transaction(async (db) => {
      const link = await this.linksRepo.findOpen(db, hashToken(dto.token), purpose);
      const found = link ? await this.users.findById(link.userId, db) : null;
      if (!link || !found?.view.active) throw linkInvalid();
      // A refused password leaves the link open: the owner tries another.
      checkPassword('password', dto.password, found.view.email);
      // The function uses the link, sets the hash, voids every open link and writes the history (decision 0027).
      const owner = await this.users.setPasswordByLink(db, hashToken(dto.token), purpose, await hashPassword(dto.password));
      if (owner !== link.userId) throw linkInvalid();
      await this.sessions.endAll(db, link.userId);
      return link.userId;
    });
    const found = await this.users.findById(userId);
    if (found) await this.throttle.forgetAccount(found.view.email);
    this.logger.log(`password set through ${purpose} link: user=${userId}; every session ended`);
  }

  private async sendForgotLink(email: string, ip: string): Promise<void> {
    const found = await this.users.findByEmail(email);
    if (!found?.view.active) {
      this.logger.warn(`forgot: no active account: email=${email} ip=${ip}`);
      return;
    }
    const { view } = found;
    if ((await this.linksRepo.countRecent(view.id)) >= FORGOT_LINKS_PER_HOUR) {
      this.logger.warn(`forgot: too many links this hour, none sent: user=${view.id} ip=${ip}`);
      return;
    }
    const purpose: AccountLinkPurpose = found.passwordSettings ? 'reset' : 'activate';
    const link = await this.users.db.transaction((db) => this.links.issue(db, view.id, { email: view.email, displayName: view.displayName }, purpose));
    await this.links.send(link);
    this.logger.log(`forgot: ${purpose} link sent: user=${view.id} ip=${ip}`);
  }
}
