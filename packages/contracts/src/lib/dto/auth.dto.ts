import { IsBoolean, IsDefined, IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
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

export class CreateUserDto {
  @Lowercase() @IsDefined({ message: th('email') }) @IsEmail({}, { message: th('email') }) @MaxLength(254, { message: th('email') })
  email!: string;
  @Trim() @IsDefined({ message: th('displayName') }) @IsString({ message: th('displayName') }) @MinLength(1, { message: th('displayName') }) @MaxLength(100, { message: th('displayName') })
  displayName!: string;
  @IsDefined({ message: th('password') }) @IsString({ message: th('password') }) @MinLength(12, { message: th('password') }) @MaxLength(200, { message: th('password') })
  password!: string;
  @IsDefined({ message: th('role') }) @IsIn([...LAO_ACCOUNT_ROLES], { message: th('role') })
  role!: LaoAccountRole;
}

export class UpdateUserDto {
  @IsOptional() @Trim() @IsString({ message: th('displayName') }) @MinLength(1, { message: th('displayName') }) @MaxLength(100, { message: th('displayName') })
  displayName?: string;
  @IsOptional() @IsString({ message: th('password') }) @MinLength(12, { message: th('password') }) @MaxLength(200, { message: th('password') })
  password?: string;
  @IsOptional() @IsIn([...LAO_ACCOUNT_ROLES], { message: th('role') })
  role?: LaoAccountRole;
  @IsOptional() @ToBoolean() @IsBoolean({ message: th('boolean') })
  active?: boolean;
}
