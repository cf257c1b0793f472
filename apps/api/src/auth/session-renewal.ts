import { Inject, Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ERROR_CODES, type RenewedSession } from '@elderwork/contracts';
import { DomainError } from '../common/domain-errors';
import type { RequestContext } from '../common/request-context';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { SessionsRepository } from '../users/sessions.repository';
import type { TokenClaims } from './token';

/**
 * "Stay signed in": a fresh token for the same session, up to the session's maximum life
 * (decision 0025). The claims are the guard's view of the account now, never the old token's.
 */
@Injectable()
export class SessionRenewal {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly sessions: SessionsRepository,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async renew(ctx: RequestContext): Promise<RenewedSession> {
    const renewed = ctx.sessionId ? await this.sessions.renew(ctx.userId, ctx.sessionId, this.config.jwtTtlSeconds, this.config.sessionMaxSeconds) : null;
    if (!renewed) throw new DomainError(401, ERROR_CODES.unauthenticated, 'เซสชันสิ้นสุดแล้ว กรุณาเข้าสู่ระบบใหม่');
    const claims: TokenClaims = { sub: ctx.userId, sid: ctx.sessionId!, role: ctx.role, org: ctx.orgUnitId, lao: ctx.laoId, prov: ctx.provinceCode };
    const seconds = Math.max(1, Math.floor((renewed.expiresAt.getTime() - Date.now()) / 1000));
    this.logger.log(`session renewed: user=${ctx.userId} session=${ctx.sessionId} until=${renewed.expiresAt.toISOString()}`);
    return {
      accessToken: await this.jwt.signAsync(claims, { expiresIn: seconds }),
      expiresAt: renewed.expiresAt.toISOString(),
      maxExpiresAt: renewed.maxExpiresAt.toISOString(),
    };
  }
}
