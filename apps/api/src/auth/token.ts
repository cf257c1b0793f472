import type { Role } from '@elderwork/contracts';

/** What the bearer token carries: enough to authorise without a query per request. */
export interface TokenClaims {
  sub: string;
  role: Role;
  org: string;
  lao: string | null;
  prov: string | null;
}
