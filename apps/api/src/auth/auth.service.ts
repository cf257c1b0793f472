import { Inject, Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { LoginDto, LoginResponse, LoginResult, SessionView, TotpDto, TotpLoginResponse, UserView } from '@elderwork/contracts';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { SessionsRepository } from '../users/sessions.repository';
import { notFound } from '../common/domain-errors';
import type { RequestContext } from '../common/request-context';
import { UsersRepository } from '../users/users.repository';
import { authError } from './auth-errors';
import { LoginThrottle } from './login-throttle';
import { SecondFactorService } from './second-factor/second-factor.service';
import { candidateHash, DUMMY_SETTINGS } from './passwords';
import type { TokenClaims } from './token';

@Injectable()
export class AuthService {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly users: UsersRepository,
    private readonly jwt: JwtService,
    private readonly throttle: LoginThrottle,
    private readonly sessions: SessionsRepository,
    private readonly secondFactor: SecondFactorService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A session at once, or (lao_admin and officers, with ELDERWORK_REQUIRE_2FA) the second step. */
  async login(dto: LoginDto, ip: string, userAgent: string | null = null): Promise<LoginResult> {
    await this.throttle.attempt(dto.email, ip);
    const found = await this.users.findByEmail(dto.email);
    // The database compares (decision 0027): an unknown address or one without a password costs the same hash and round trip.
    const candidate = await candidateHash(found?.passwordSettings ?? DUMMY_SETTINGS, dto.password);
    const passwordOk = await this.users.passwordMatches(found?.passwordSettings ? found.view.id : null, candidate);
    if (!found || !found.passwordSettings || !passwordOk || !found.view.active) {
      this.logger.warn(`login failed: email=${dto.email} ip=${ip} reason=${!found ? 'unknown' : !passwordOk ? 'password' : 'inactive'}`);
      throw authError(401, 'badCredentials');
    }
    if (await this.secondFactor.required(found.view)) {
      await this.throttle.passwordAccepted(dto.email, ip);
      return this.secondFactor.challenge(found.view);
    }
    await this.throttle.succeeded(dto.email, ip);
    return this.startSession(found.view, ip, userAgent);
  }

  /** The second step: the challenge of a right password and a code from the app (or a recovery code). */
  async loginWithCode(dto: TotpDto, ip: string, userAgent: string | null = null): Promise<TotpLoginResponse> {
    const challenge = await this.secondFactor.open(dto.challengeToken);
    const found = await this.users.findById(challenge.userId);
    if (!found?.view.active || !found.passwordSettings) throw authError(401, 'challengeExpired');
    const { view } = found;
    // Wrong codes count against the account at this address like wrong passwords.
    await this.throttle.attempt(view.email, ip);
    const { recoveryCodes } = await this.secondFactor.check(challenge, view, dto.code);
    await this.throttle.succeeded(view.email, ip);
    const login = await this.startSession(view, ip, userAgent);
    return recoveryCodes ? { ...login, recoveryCodes } : login;
  }

  private async startSession(view: UserView, ip: string, userAgent: string | null): Promise<LoginResponse> {
    const session = await this.sessions.create(view.id, this.config.jwtTtlSeconds, ip, userAgent);
    this.logger.log(`login: user=${view.id} session=${session.id} ip=${ip}`);
    const claims: TokenClaims = {
      sub: view.id,
      sid: session.id,
      role: view.role,
      org: view.orgUnit.id,
      lao: view.orgUnit.type === 'lao' ? view.orgUnit.id : null,
      prov: view.orgUnit.provinceCode,
    };
    return { accessToken: await this.jwt.signAsync(claims), user: view };
  }

  async logout(ctx: RequestContext): Promise<void> {
    if (ctx.sessionId) await this.sessions.end(ctx.userId, ctx.sessionId);
    this.logger.log(`logout: user=${ctx.userId} session=${ctx.sessionId ?? '-'}`);
  }

  sessionsOf(ctx: RequestContext): Promise<SessionView[]> {
    return this.sessions.listOpen(ctx.userId, ctx.sessionId ?? '');
  }

  async endSession(ctx: RequestContext, id: string): Promise<void> {
    if (!(await this.sessions.end(ctx.userId, id))) throw notFound('เซสชัน');
    this.logger.log(`session ended: user=${ctx.userId} session=${id}`);
  }

  async me(ctx: RequestContext): Promise<UserView> {
    const user = await this.users.findInOrgUnit(ctx.orgUnitId, ctx.userId);
    if (!user) throw notFound('บัญชีผู้ใช้');
    return user;
  }
}
