import type { Role } from '@elderwork/contracts';
import type { RequestContext } from '../common/request-context';

/**
 * Whose accounts a caller manages (issue 13, decision 0022): the DLA manages DLA and provincial
 * officers and every LAO's administrators; a province the administrators of its LAOs; an LAO
 * administrator the staff of their LAO. Nobody else manages accounts.
 */
export type ManageScope =
  | { kind: 'dla' }
  | { kind: 'province'; provinceCode: string }
  | { kind: 'lao'; laoId: string };

export interface TargetOrgUnit {
  id: string;
  type: 'dla' | 'province' | 'lao';
  provinceCode: string | null;
}

export function scopeOf(ctx: RequestContext): ManageScope | null {
  if (ctx.role === 'dla_officer') return { kind: 'dla' };
  if (ctx.role === 'province_officer' && ctx.provinceCode) return { kind: 'province', provinceCode: ctx.provinceCode };
  if (ctx.role === 'lao_admin' && ctx.laoId) return { kind: 'lao', laoId: ctx.laoId };
  return null;
}

/** Roles the scope may give at all (never one above the caller's own level, never a second LAO admin from inside the LAO). */
export function givableRoles(scope: ManageScope): Role[] {
  if (scope.kind === 'dla') return ['dla_officer', 'province_officer', 'lao_admin'];
  if (scope.kind === 'province') return ['lao_admin'];
  return ['staff'];
}

/** The kind of org unit each role belongs to. */
export const ORG_TYPE_OF_ROLE: Record<Role, TargetOrgUnit['type']> = {
  staff: 'lao',
  lao_admin: 'lao',
  province_officer: 'province',
  dla_officer: 'dla',
};

/** Whether the scope may hold an account of this role in this org unit (the org unit's type already matches the role). */
export function orgUnitInScope(scope: ManageScope, org: TargetOrgUnit): boolean {
  if (scope.kind === 'dla') return true;
  if (scope.kind === 'province') return org.type === 'lao' && org.provinceCode === scope.provinceCode;
  return org.type === 'lao' && org.id === scope.laoId;
}
