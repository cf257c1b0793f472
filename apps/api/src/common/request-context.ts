import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { Role } from '@elderwork/contracts';
import { forbidden } from './domain-errors';

/** Who is asking, from the verified token; passed explicitly as the first argument of services. */
export interface RequestContext {
  userId: string;
  /** The signed-in session (user_session.id); absent for contexts the system builds itself (seeding). */
  sessionId?: string;
  role: Role;
  orgUnitId: string;
  /** The tenant: set for staff and LAO admins, null for provincial and DLA officers. */
  laoId: string | null;
  provinceCode: string | null;
  ip: string;
}

export type AuthedRequest = Request & { context?: RequestContext };

export const Ctx = createParamDecorator((_data: unknown, host: ExecutionContext): RequestContext => {
  const context = host.switchToHttp().getRequest<AuthedRequest>().context;
  if (!context) throw new Error('RequestContext missing: route is not behind AuthGuard');
  return context;
});

/** The caller's LAO; person-level services call this first. */
export function laoOf(ctx: RequestContext): string {
  if (!ctx.laoId) throw forbidden();
  return ctx.laoId;
}
