import { IsBoolean, IsDefined, IsEmail, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { ROLES, type Role } from '../roles';
import { Transform } from 'class-transformer';
import { ToBoolean, Trim } from '../validation/transforms';
import { th } from '../validation/messages';
import { Omittable } from '../validation/decorators';

const Lowercase = (): PropertyDecorator =>
  Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value));

export class LoginDto {
  @Lowercase() @IsDefined({ message: th('email') }) @IsEmail({}, { message: th('email') }) @MaxLength(254, { message: th('email') })
  email!: string;
  // Length is not checked here: a short wrong password is just a wrong password.
  @IsDefined({ message: th('password') }) @IsString({ message: th('password') }) @MaxLength(200, { message: th('password') })
  password!: string;
}

/** Roles an LAO administrator may give to an account of their LAO. */
export const LAO_ACCOUNT_ROLES = ['staff', 'lao_admin'] as const;
export type LaoAccountRole = (typeof LAO_ACCOUNT_ROLES)[number];

/**
 * A new account. `orgUnitCode`: an LAO's 7-digit DLA code or a province's 2-digit code; an LAO
 * administrator may leave it out (their own LAO), a DLA officer's account belongs to the DLA.
 * Who may give which role to which org unit is decided on the server (decision 0022).
 */
export class CreateUserDto {
  @Lowercase() @IsDefined({ message: th('email') }) @IsEmail({}, { message: th('email') }) @MaxLength(254, { message: th('email') })
  email!: string;
  @Trim() @IsDefined({ message: th('displayName') }) @IsString({ message: th('displayName') }) @MinLength(1, { message: th('displayName') }) @MaxLength(100, { message: th('displayName') })
  displayName!: string;
  @IsDefined({ message: th('role') }) @IsIn([...ROLES], { message: th('role') })
  role!: Role;
  @IsOptional() @IsString({ message: th('orgUnitCode') }) @Matches(/^(\d{7}|\d{2})$/, { message: th('orgUnitCode') })
  orgUnitCode?: string;
}

/** A manager never sets a password: the owner sets it through an activation or reset link (decision 0023). */
export class UpdateUserDto {
  @IsOptional() @Trim() @IsString({ message: th('displayName') }) @MinLength(1, { message: th('displayName') }) @MaxLength(100, { message: th('displayName') })
  displayName?: string;
  // null is no role: refused, like any value outside the list (decision 0018).
  @Omittable() @IsIn([...ROLES], { message: th('role') })
  role?: Role;
  @IsOptional() @ToBoolean() @IsBoolean({ message: th('boolean') })
  active?: boolean;
}

/** Shortest password the owner may choose; the server also refuses the email and common passwords. */
export const MIN_PASSWORD_LENGTH = 12;

const NewPassword = (): PropertyDecorator => (target, key) => {
  IsDefined({ message: th('password') })(target, key);
  IsString({ message: th('password') })(target, key);
  MinLength(MIN_PASSWORD_LENGTH, { message: th('password') })(target, key);
  MaxLength(200, { message: th('password') })(target, key);
};

/** POST /api/auth/activate and /api/auth/reset: the link's token and the password the owner chooses. */
export class SetPasswordDto {
  @IsDefined({ message: th('linkToken') }) @IsString({ message: th('linkToken') }) @Matches(/^[A-Za-z0-9_-]{20,100}$/, { message: th('linkToken') })
  token!: string;
  @NewPassword()
  password!: string;
}

/** POST /api/auth/forgot. */
export class ForgotPasswordDto {
  @Lowercase() @IsDefined({ message: th('email') }) @IsEmail({}, { message: th('email') }) @MaxLength(254, { message: th('email') })
  email!: string;
}

/** POST /api/me/password. */
export class ChangePasswordDto {
  @IsDefined({ message: th('currentPassword') }) @IsString({ message: th('currentPassword') }) @MinLength(1, { message: th('currentPassword') }) @MaxLength(200, { message: th('currentPassword') })
  currentPassword!: string;
  @NewPassword()
  newPassword!: string;
}

/** Columns of POST /api/users/import: an LAO's first administrators (decision 0023). */
export const USER_IMPORT_COLUMNS = ['laoCode', 'email', 'displayName'] as const;
export type UserImportColumn = (typeof USER_IMPORT_COLUMNS)[number];

export class ListUsersQuery {
  @IsOptional() @IsString({ message: th('orgUnitCode') }) @Matches(/^(\d{7}|\d{2}|DLA)$/, { message: th('orgUnitCode') })
  orgUnitCode?: string;
}

/**
 * The second step of a login that needs a second factor: the challenge from the login's answer
 * and either the 6-digit code of the authenticator app or one of the account's recovery codes.
 */
export class TotpDto {
  @IsDefined({ message: th('challengeToken') }) @IsString({ message: th('challengeToken') }) @Matches(/^[A-Za-z0-9_-]{20,100}$/, { message: th('challengeToken') })
  challengeToken!: string;
  @IsDefined({ message: th('totpCode') }) @IsString({ message: th('totpCode') }) @MinLength(6, { message: th('totpCode') }) @MaxLength(40, { message: th('totpCode') })
  code!: string;
}

/** POST /api/me/second-factor: the owner turns on two-step sign-in; the password again, so a borrowed session cannot. */
export class StartSecondFactorDto {
  @IsDefined({ message: th('currentPassword') }) @IsString({ message: th('currentPassword') }) @MinLength(1, { message: th('currentPassword') }) @MaxLength(200, { message: th('currentPassword') })
  currentPassword!: string;
}

/** POST /api/me/second-factor/confirm: the first code from the app confirms it. */
export class ConfirmSecondFactorDto {
  @IsDefined({ message: th('totpCode') }) @IsString({ message: th('totpCode') }) @Matches(/^\s*\d{3}\s?\d{3}\s*$/, { message: th('totpCode') })
  code!: string;
}
