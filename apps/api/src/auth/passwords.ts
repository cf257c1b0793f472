import { randomBytes } from 'node:crypto';
import { argon2id, argon2Verify } from 'hash-wasm';

export const MIN_PASSWORD_LENGTH = 12;

/**
 * argon2id in WebAssembly (hash-wasm): the native `argon2` addon's prebuilt binary crashes on
 * this platform and building it needs a toolchain a fresh machine may lack (docs/decisions/0003).
 * Parameters: OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane), PHC-encoded.
 */
export function hashPassword(password: string): Promise<string> {
  return argon2id({
    password,
    salt: randomBytes(16),
    parallelism: 1,
    iterations: 2,
    memorySize: 19456,
    hashLength: 32,
    outputType: 'encoded',
  });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2Verify({ password, hash });
  } catch {
    return false;
  }
}

/** Verifying against this when the account does not exist keeps the timing the same. */
export const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$H802ZnZrjYe9qkX4jQfBWTQtJnmj6Noz+sJrSQ8gzOM';
