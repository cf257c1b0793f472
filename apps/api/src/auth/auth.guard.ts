import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { ERROR_CODES, type Role } from '@elderwork/contracts';
import { DomainError, forbidden } from '../common/domain-errors';
import type { AuthedRequest } from '../common/request-context';
import { PUBLIC_KEY, ROLES_KEY } from './access.decorators';
import { SessionsRepository } from '../users/sessions.repository';
import type { TokenClaims } from './token';

const unauthenticated = (): DomainError =>
  new DomainError(401, ERROR_CODES.unauthenticated, 'กรุณาเข้าสู่ระบบ (โทเค็นไม่ถูกต้องหรือหมดอายุ)');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/** Global guard: a valid bearer token everywhere but @Public routes, and the route's roles. */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger('Access');

  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly sessions: SessionsRepository,
  ) {}

  async canActivate(host: ExecutionContext): Promise<boolean> {
    const targets = [host.getHandler(), host.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = host.switchToHttp().getRequest<AuthedRequest>();
    const claims = await this.verify(request.headers.authorization);
    // Every claim is checked against the open session and its account, on every request (no cache):
    // logout, deactivation, a role or password change end the token at once; a forged lao fails.
    const live = isUuid(claims.sid) && isUuid(claims.sub) ? await this.sessions.live(claims.sid, claims.sub) : null;
    if (!live?.active || live.role !== claims.role || live.orgUnitId !== claims.org || live.laoId !== claims.lao || live.provinceCode !== claims.prov) {
      throw new DomainError(401, ERROR_CODES.unauthenticated, 'บัญชีนี้ถูกปิดหรือสิทธิ์เปลี่ยนแปลง กรุณาเข้าสู่ระบบใหม่');
    }
    request.context = {
      userId: claims.sub,
      sessionId: claims.sid,
      role: claims.role,
      orgUnitId: claims.org,
      laoId: claims.lao,
      provinceCode: claims.prov,
      ip: request.ip ?? '',
    };
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(claims.role)) {
      this.logger.warn(`permission denied: user=${claims.sub} role=${claims.role} ${request.method} ${request.path}`);
      throw forbidden();
    }
    return true;
  }

  private async verify(header: string | undefined): Promise<TokenClaims> {
    const token = header?.startsWith('Bearer ') ? header.slice(7) : null;
    if (!token) throw unauthenticated();
    try {
      return await this.jwt.verifyAsync<TokenClaims>(token);
    } catch {
      throw unauthenticated();
    }
  }
}
