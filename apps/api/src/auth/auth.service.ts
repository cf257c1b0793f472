import { Inject, Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ERROR_CODES, type LoginDto, type LoginResponse, type SessionView, type UserView } from '@elderwork/contracts';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { SessionsRepository } from '../users/sessions.repository';
import { DomainError, notFound } from '../common/domain-errors';
import type { RequestContext } from '../common/request-context';
import { UsersRepository } from '../users/users.repository';
import { LoginThrottle } from './login-throttle';
import { DUMMY_HASH, verifyPassword } from './passwords';
import type { TokenClaims } from './token';

@Injectable()
export class AuthService {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly users: UsersRepository,
    private readonly jwt: JwtService,
    private readonly throttle: LoginThrottle,
    private readonly sessions: SessionsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(dto: LoginDto, ip: string, userAgent: string | null = null): Promise<LoginResponse> {
    if (this.throttle.isBlocked(dto.email, ip)) {
      this.logger.warn(`login throttled: email=${dto.email} ip=${ip}`);
      throw new DomainError(429, ERROR_CODES.tooManyAttempts, 'เข้าสู่ระบบผิดหลายครั้งเกินไป กรุณารอ 15 นาทีแล้วลองใหม่');
    }
    const found = await this.users.findByEmail(dto.email);
    const passwordOk = await verifyPassword(found?.passwordHash ?? DUMMY_HASH, dto.password);
    if (!found || !found.passwordHash || !passwordOk || !found.view.active) {
      this.throttle.recordFailure(dto.email, ip);
      this.logger.warn(`login failed: email=${dto.email} ip=${ip} reason=${!found ? 'unknown' : !passwordOk ? 'password' : 'inactive'}`);
      throw new DomainError(401, ERROR_CODES.unauthenticated, 'อีเมลหรือรหัสผ่านไม่ถูกต้อง');
    }
    this.throttle.recordSuccess(dto.email);
    const { view } = found;
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
