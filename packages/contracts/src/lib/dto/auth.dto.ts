import { IsBoolean, IsDefined, IsEmail, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { ROLES, type Role } from '../roles';
import { Transform } from 'class-transformer';
import { ToBoolean, Trim } from '../validation/transforms';
import { th } from '../validation/messages';

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
  /** Transitional: an initial password set by the creator; without one the account waits for activation. */
  @IsOptional() @IsString({ message: th('password') }) @MinLength(12, { message: th('password') }) @MaxLength(200, { message: th('password') })
  password?: string;
}

export class UpdateUserDto {
  @IsOptional() @Trim() @IsString({ message: th('displayName') }) @MinLength(1, { message: th('displayName') }) @MaxLength(100, { message: th('displayName') })
  displayName?: string;
  @IsOptional() @IsString({ message: th('password') }) @MinLength(12, { message: th('password') }) @MaxLength(200, { message: th('password') })
  password?: string;
  @IsOptional() @IsIn([...ROLES], { message: th('role') })
  role?: Role;
  @IsOptional() @ToBoolean() @IsBoolean({ message: th('boolean') })
  active?: boolean;
}

export class ListUsersQuery {
  @IsOptional() @IsString({ message: th('orgUnitCode') }) @Matches(/^(\d{7}|\d{2}|DLA)$/, { message: th('orgUnitCode') })
  orgUnitCode?: string;
}
