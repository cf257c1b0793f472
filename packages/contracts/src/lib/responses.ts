import type { LaoType, OrgUnitType } from './org-units';
import type { DisabilityType, LegalBasis, RemovalReason, Sex } from './residents';
import type { Role } from './roles';
import type { AgeBand } from '@elderwork/thai';

export interface OrgUnitView {
  id: string;
  code: string;
  name: string;
  type: OrgUnitType;
  laoType: LaoType | null;
  provinceCode: string | null;
  provinceName: string | null;
}

export interface UserView {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  active: boolean;
  orgUnit: OrgUnitView;
}

export type AccountChangeAction = 'create' | 'update' | 'role' | 'deactivate' | 'reactivate' | 'reset' | 'unlock' | 'password' | 'activate';

/** One change of an account: who, when, what (decision 0022). */
export interface AccountChangeView {
  id: string;
  at: string;
  action: AccountChangeAction;
  /** null when the system did it (bootstrap, a reset link used by the owner). */
  actor: { id: string; email: string; displayName: string } | null;
  changes: Record<string, [unknown, unknown]> | null;
}

/** A signed-in session of the caller's account. */
export interface SessionView {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ip: string | null;
  userAgent: string | null;
  current: boolean;
}

export interface LoginResponse {
  accessToken: string;
  user: UserView;
}

export interface ResidentView {
  id: string;
  nationalId: string;
  prefix: string;
  firstName: string;
  lastName: string;
  sex: Sex;
  birthDate: string;
  /** Completed years today (Asia/Bangkok). */
  age: number;
  houseNo: string | null;
  moo: number | null;
  village: string | null;
  phone: string | null;
  disabilityType: DisabilityType | null;
  disabilityCardIssuedOn: string | null;
  /** A disability card is valid 8 years from issue. */
  disabilityCardExpiresOn: string | null;
  livingAlone: boolean;
  caresForDisabledPerson: boolean;
  legalBasis: LegalBasis;
  version: number;
  removedAt: string | null;
  removalReason: RemovalReason | null;
  createdAt: string;
  updatedAt: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ImportRejection {
  /** Row number as the user sees it in the file: the header is row 1, the first data row is row 2. */
  row: number;
  field: string;
  message: string;
}

export interface ImportResult {
  inserted: number;
  updated: number;
  rejected: ImportRejection[];
}

export type AuditAction = 'create' | 'update' | 'remove' | 'read' | 'import' | 'export';

export interface AuditEntryView {
  id: string;
  at: string;
  action: AuditAction;
  actor: { id: string; email: string; displayName: string };
  /** Field → [before, after] for changes. */
  changes: Record<string, [unknown, unknown]> | null;
  note: string | null;
}

/** The LAO home page's counts. */
export interface RegistrySummary {
  total: number;
  withDisability: number;
  livingAlone: number;
  byAgeBand: { ageBand: AgeBand; male: number; female: number }[];
}

export interface FieldError {
  field: string;
  /** The rule that failed (a key of VALIDATION_MESSAGES or a class-validator constraint). */
  code: string;
  message: string;
}

/** Every 4xx body: a stable code, a Thai message, and field errors where a field is to blame. */
export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  errors?: FieldError[];
  existingId?: string;
}
