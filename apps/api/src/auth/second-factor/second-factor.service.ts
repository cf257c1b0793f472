import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  SECOND_FACTOR_ROLES,
  type ConfirmSecondFactorDto,
  type SecondFactorEnrolled,
  type SecondFactorSetup,
  type SecondFactorStatus,
  type StartSecondFactorDto,
  type TotpEnrolResponse,
  type TotpRequiredResponse,
  type UserView,
} from '@elderwork/contracts';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { forbidden, invalidField, notFound } from '../../common/domain-errors';
import type { RequestContext } from '../../common/request-context';
import { scopeOf } from '../../users/account-scope';
import { SessionsRepository } from '../../users/sessions.repository';
import { UsersRepository } from '../../users/users.repository';
import { authError } from '../auth-errors';
import { candidateHash } from '../passwords';
import { SecondFactorRepository, type LiveChallenge } from './second-factor.repository';
import {
  acceptedStep,
  decryptSecret,
  encryptSecret,
  newChallengeToken,
  newRecoveryCodes,
  newTotpSecret,
  otpauthUrl,
  qrCodeDataUrl,
  readCode,
  sha256,
} from './totp';

/** How long the step between password and code stays open, and how many codes it takes. */
const CHALLENGE_TTL_SECONDS = 10 * 60;
const CHALLENGE_MAX_ATTEMPTS = 5;

/**
 * TOTP for the roles that approve and oversee (decision 0024): enrolment at the first login after
 * ELDERWORK_REQUIRE_2FA is on, a code (or a recovery code) at every login afterwards.
 */
@Injectable()
export class SecondFactorService {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly repository: SecondFactorRepository,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Whether a right password still needs the second step: for the roles above when
   * ELDERWORK_REQUIRE_2FA is on, and for any account that has an authenticator even when it is
   * off or the account is staff who turned it on themselves (an enrolled factor is never skipped).
   */
  async required(user: UserView): Promise<boolean> {
    if (this.config.require2fa && SECOND_FACTOR_ROLES.includes(user.role)) return true;
    return (await this.repository.totpOf(user.id))?.confirmed === true;
  }

  /** GET /api/me/second-factor. */
  async status(ctx: RequestContext): Promise<SecondFactorStatus> {
    const enrolled = (await this.repository.totpOf(ctx.userId))?.confirmed === true;
    return { enrolled, recoveryCodesLeft: enrolled ? await this.repository.unusedRecoveryCodes(ctx.userId) : 0 };
  }

  /**
   * Self-service enrolment, any role (decision 0026): the password again (a session left open on
   * a shared computer must not let someone else bind their phone), then a fresh secret to scan.
   * Nothing changes at login until the first code confirms it.
   */
  async startOwn(ctx: RequestContext, dto: StartSecondFactorDto): Promise<SecondFactorSetup> {
    const found = await this.users.findById(ctx.userId);
    // The database compares (decision 0027): the API only sends a candidate hash made with the account's settings.
    const candidate = found?.passwordSettings ? await candidateHash(found.passwordSettings, dto.currentPassword) : null;
    if (!found || !(await this.users.passwordMatches(found.passwordSettings ? found.view.id : null, candidate))) {
      this.logger.warn(`own totp enrolment refused (current password wrong): user=${ctx.userId} ip=${ctx.ip}`);
      throw invalidField('currentPassword', 'currentPassword', 'wrong');
    }
    if ((await this.repository.totpOf(ctx.userId))?.confirmed) throw authError(409, 'secondFactorEnrolled');
    const secret = newTotpSecret();
    await this.repository.startEnrolment(ctx.userId, encryptSecret(this.config.totpKey, secret));
    const url = otpauthUrl(found.view.email, secret);
    this.logger.log(`own totp enrolment started: user=${ctx.userId}`);
    return { otpauthUrl: url, qrCodeDataUrl: await qrCodeDataUrl(url), secret };
  }

  /**
   * The first right code confirms the authenticator started above: ten recovery codes (shown
   * once), `totp_enrol` in the account's history, and the account's other sessions end (they were
   * opened with the password alone).
   */
  async confirmOwn(ctx: RequestContext, dto: ConfirmSecondFactorDto): Promise<SecondFactorEnrolled> {
    const stored = await this.repository.pendingSecret(ctx.userId, CHALLENGE_TTL_SECONDS);
    if (stored === null) {
      if ((await this.repository.totpOf(ctx.userId))?.confirmed) throw authError(409, 'secondFactorEnrolled');
      throw authError(409, 'secondFactorNotStarted');
    }
    const secret = decryptSecret(this.config.totpKey, stored);
    const step = secret === null ? null : await acceptedStep(secret, dto.code.replace(/\s/g, ''), null);
    if (step === null) {
      this.logger.warn(`own totp enrolment: wrong code user=${ctx.userId}`);
      throw authError(400, 'secondFactorInvalid');
    }
    const recoveryCodes = newRecoveryCodes();
    const confirmed = await this.repository.db.transaction(async (db) => {
      if (!(await this.repository.useStep(db, ctx.userId, step, true))) return false;
      await this.repository.replaceRecoveryCodes(db, ctx.userId, recoveryCodes.map((c) => sha256(c.replace(/-/g, ''))));
      await this.sessions.endAll(db, ctx.userId, ctx.sessionId ?? null);
      await this.users.recordChange(db, { userId: ctx.userId, actorId: ctx.userId, action: 'totp_enrol', changes: null });
      return true;
    });
    // Another request confirmed it first.
    if (!confirmed) throw authError(409, 'secondFactorEnrolled');
    this.logger.log(`totp enrolled (self-service): user=${ctx.userId}; other sessions ended`);
    return { recoveryCodes };
  }

  /** The answer to a right password of an account that needs a second factor. */
  async challenge(user: UserView): Promise<TotpRequiredResponse | TotpEnrolResponse> {
    const totp = await this.repository.totpOf(user.id);
    const challengeToken = newChallengeToken();
    if (Math.random() < 0.01) void this.repository.deleteOldChallenges().catch(() => undefined);
    if (totp?.confirmed) {
      const expiresAt = await this.repository.createChallenge(user.id, 'verify', sha256(challengeToken), CHALLENGE_TTL_SECONDS);
      return { status: 'totp_required', challengeToken, expiresAt: expiresAt.toISOString() };
    }
    // Not enrolled yet (or enrolment never finished): a fresh secret for this attempt.
    const secret = newTotpSecret();
    await this.repository.startEnrolment(user.id, encryptSecret(this.config.totpKey, secret));
    const expiresAt = await this.repository.createChallenge(user.id, 'enrol', sha256(challengeToken), CHALLENGE_TTL_SECONDS);
    const url = otpauthUrl(user.email, secret);
    this.logger.log(`totp enrolment started: user=${user.id}`);
    return { status: 'totp_enrol_required', challengeToken, expiresAt: expiresAt.toISOString(), otpauthUrl: url, qrCodeDataUrl: await qrCodeDataUrl(url), secret };
  }

  /** Counts one try of the challenge; 401 when it is unknown, used, expired or out of tries. */
  async open(challengeToken: string): Promise<LiveChallenge> {
    const challenge = await this.repository.tryChallenge(sha256(challengeToken), CHALLENGE_MAX_ATTEMPTS);
    if (!challenge) throw authError(401, 'challengeExpired');
    return challenge;
  }

  /**
   * Checks the code against the challenge's account and ends the challenge. At enrolment the first
   * right code confirms the authenticator and the ten recovery codes are made (returned once).
   */
  async check(challenge: LiveChallenge, user: UserView, input: string): Promise<{ recoveryCodes?: string[] }> {
    const code = readCode(input);
    const totp = await this.repository.totpOf(user.id);
    if (!totp || totp.confirmed !== (challenge.purpose === 'verify')) throw authError(401, 'challengeExpired');
    if (!code || (challenge.purpose === 'enrol' && code.kind !== 'totp')) throw this.invalid(user, 'format');

    if (code.kind === 'recovery') {
      const used = await this.repository.db.transaction(
        async (db) => (await this.repository.useRecoveryCode(db, user.id, sha256(code.code))) && (await this.finish(db, challenge)),
      );
      if (!used) throw this.invalid(user, 'recovery');
      this.logger.warn(`recovery code used: user=${user.id} left=${await this.repository.unusedRecoveryCodes(user.id)}`);
      return {};
    }

    const secret = decryptSecret(this.config.totpKey, totp.secretEnc);
    if (secret === null) {
      this.logger.error(`totp secret unreadable (TOTP_ENCRYPTION_KEY or JWT_SECRET changed?): user=${user.id}`);
      throw authError(401, 'secondFactorUnreadable');
    }
    const step = await acceptedStep(secret, code.code, totp.lastStep);
    if (step === null) throw this.invalid(user, 'code');
    const enrol = challenge.purpose === 'enrol';
    const recoveryCodes = enrol ? newRecoveryCodes() : undefined;
    const accepted = await this.repository.db.transaction(async (db) => {
      if (!(await this.repository.useStep(db, user.id, step, enrol)) || !(await this.finish(db, challenge))) return false;
      if (recoveryCodes) {
        await this.repository.replaceRecoveryCodes(db, user.id, recoveryCodes.map((c) => sha256(c.replace(/-/g, ''))));
        await this.users.recordChange(db, { userId: user.id, actorId: user.id, action: 'totp_enrol', changes: null });
      }
      return true;
    });
    // Another request used this step or this challenge first.
    if (!accepted) throw this.invalid(user, 'replay');
    if (enrol) this.logger.log(`totp enrolled: user=${user.id}`);
    return recoveryCodes ? { recoveryCodes } : {};
  }

  /**
   * A lost phone and lost recovery codes: whoever manages the account (decision 0022's scopes;
   * 404 outside them) removes its authenticator; its sessions end and its next login enrols afresh.
   */
  async reset(ctx: RequestContext, userId: string): Promise<void> {
    const scope = scopeOf(ctx);
    if (!scope) throw forbidden();
    if (userId === ctx.userId) throw authError(400, 'ownSecondFactor');
    await this.repository.db.transaction(async (db) => {
      if (!(await this.users.findInScope(scope, userId, db))) throw notFound('บัญชีผู้ใช้');
      const had = await this.repository.forget(db, userId);
      await this.sessions.endAll(db, userId);
      await this.users.recordChange(db, { userId, actorId: ctx.userId, action: 'totp_reset', changes: { enrolled: [had, false] } });
    });
    this.logger.warn(`second factor reset: user=${userId} by=${ctx.userId}`);
  }

  private async finish(db: Parameters<SecondFactorRepository['finishChallenge']>[0], challenge: LiveChallenge): Promise<boolean> {
    if (await this.repository.finishChallenge(db, challenge.id)) return true;
    // Roll back what the transaction did so far (a used recovery code, a step).
    throw authError(401, 'challengeExpired');
  }

  private invalid(user: UserView, reason: string): Error {
    this.logger.warn(`second factor refused: user=${user.id} reason=${reason}`);
    return authError(401, 'secondFactorInvalid');
  }
}
