import type { RuleParams } from './rules/bilingual';
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

/**
 * `reset_link`: a manager sent the account a reset (or activation) link; `reset` / `activate`: the
 * owner set a password through a link; `password`: the owner changed it (decision 0023).
 */
export type AccountChangeAction = 'create' | 'update' | 'role' | 'deactivate' | 'reactivate' | 'reset_link' | 'reset' | 'unlock' | 'password' | 'activate' | 'totp_enrol' | 'totp_reset';

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

/** `POST /api/auth/refresh`: a new token for the same session, valid until `expiresAt` (ISO). */
export interface RenewedSession {
  accessToken: string;
  expiresAt: string;
  /** Later than now + JWT_TTL_SECONDS cannot be granted: the session ends then, whatever the user does. */
  maxExpiresAt: string;
}

/** Roles that sign in with a second factor when ELDERWORK_REQUIRE_2FA is on (decision 0024). */
export const SECOND_FACTOR_ROLES: readonly Role[] = ['lao_admin', 'province_officer', 'dla_officer'];

/** The password was right; the account still has to show its authenticator code (POST /api/auth/totp). */
export interface TotpRequiredResponse {
  status: 'totp_required';
  challengeToken: string;
  expiresAt: string;
}

/** The password was right and the account has no authenticator yet: scan this, then send a code. */
export interface TotpEnrolResponse {
  status: 'totp_enrol_required';
  challengeToken: string;
  expiresAt: string;
  /** otpauth://totp/… for the authenticator app. */
  otpauthUrl: string;
  /** The same as a QR code, a PNG data: URL for an <img>. */
  qrCodeDataUrl: string;
  /** Base32, for typing into the app by hand. */
  secret: string;
}

/** What POST /api/auth/login answers: a session at once, or the second step. */
export type LoginResult = LoginResponse | TotpRequiredResponse | TotpEnrolResponse;

/** What POST /api/auth/totp answers; the recovery codes only once, when the authenticator was just enrolled. */
export interface TotpLoginResponse extends LoginResponse {
  recoveryCodes?: string[];
}

/** GET /api/me/second-factor: whether the account signs in with a code, and how many recovery codes are left. */
export interface SecondFactorStatus {
  enrolled: boolean;
  recoveryCodesLeft: number;
}

/** POST /api/me/second-factor: the secret to scan; nothing changes until the first code confirms it. */
export interface SecondFactorSetup {
  otpauthUrl: string;
  qrCodeDataUrl: string;
  secret: string;
}

/** POST /api/me/second-factor/confirm: the ten recovery codes, shown once. */
export interface SecondFactorEnrolled {
  recoveryCodes: string[];
}

export const isSecondStep = (result: LoginResult): result is TotpRequiredResponse | TotpEnrolResponse => 'status' in result;

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
  /** Every rejected row, counted. */
  rowsRejected: number;
  /** The first MAX_LISTED_REJECTIONS rejections, in row order (one per wrong field). */
  rejected: ImportRejection[];
  /** More rejections were found than are listed. */
  rejectionsTruncated: boolean;
}

export type AuditAction = 'create' | 'update' | 'remove' | 'restore' | 'read' | 'import' | 'export';

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
  /**
   * The rule that failed: a code of RULES (rendered from `params` in either language), a key of
   * VALIDATION_MESSAGES, or a class-validator constraint.
   */
  code: string;
  /** The Thai message, for the user. */
  message: string;
  /** What a RULES message is filled with, so that the web can render it in the user's language. */
  params?: RuleParams;
}

/** Every 4xx body: a stable code, a Thai message, and field errors where a field is to blame. */
export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  errors?: FieldError[];
  existingId?: string;
}
