import type { Role } from '@elderwork/contracts';

/**
 * What the bearer token carries. `sid` names the session the guard looks up on every request;
 * the other claims are compared with the account's current state there, never trusted alone.
 */
export interface TokenClaims {
  sub: string;
  sid: string;
  role: Role;
  org: string;
  lao: string | null;
  prov: string | null;
}
