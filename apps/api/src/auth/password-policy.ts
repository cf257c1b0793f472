import { readFileSync } from 'node:fs';
import type { ValidationMessageKey } from '@elderwork/contracts';
import { assetPath } from '../common/assets';
import { invalidField, type DomainError } from '../common/domain-errors';

let common: Set<string> | null = null;

/** The shipped list (assets/common-passwords.txt), read once. */
function commonPasswords(): Set<string> {
  common ??= new Set(
    readFileSync(assetPath('common-passwords.txt'), 'utf8')
      .split('\n')
      .map((line) => line.trim().toLowerCase())
      .filter(Boolean),
  );
  return common;
}

/**
 * What the owner may choose beyond the DTO's 12 characters (decision 0023): not the account's
 * email (nor its part before @), not a password on the common list. Null when it is fine.
 */
export function passwordProblem(password: string, email: string): ValidationMessageKey | null {
  const candidate = password.trim().toLowerCase();
  const address = email.toLowerCase();
  if (candidate === address || candidate === address.split('@')[0]) return 'passwordIsEmail';
  if (commonPasswords().has(candidate)) return 'passwordCommon';
  return null;
}

/** 400 on `field` when the password breaks a rule. */
export function checkPassword(field: string, password: string, email: string): void {
  const problem = passwordProblem(password, email);
  if (problem) throw weakPassword(field, problem);
}

const weakPassword = (field: string, problem: ValidationMessageKey): DomainError => invalidField(field, problem);
