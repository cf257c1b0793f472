import { randomBytes } from 'node:crypto';
import { argon2id } from 'hash-wasm';

export const MIN_PASSWORD_LENGTH = 12;

/** Bytes of every hash this code makes (candidateHash assumes it: the settings do not carry it). */
const HASH_LENGTH = 32;

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
    hashLength: HASH_LENGTH,
    outputType: 'encoded',
  });
}

/**
 * The hash a typed password would have under an account's stored settings
 * (`$argon2id$v=19$m=…,t=…,p=…$salt`, from elderwork_password_settings): the database compares it
 * with the stored hash, which never leaves it (decision 0027). Null for settings this code does not make.
 */
export async function candidateHash(settings: string, password: string): Promise<string | null> {
  // An empty password matches nothing (and argon2 refuses to hash it).
  if (password === '') return null;
  const match = /^\$argon2id\$v=19\$m=(?<memorySize>\d+),t=(?<iterations>\d+),p=(?<parallelism>\d+)\$(?<salt>[A-Za-z0-9+/]+)$/.exec(settings);
  if (!match?.groups) return null;
  const { memorySize, iterations, parallelism, salt } = match.groups;
  return argon2id({
    password,
    salt: Buffer.from(salt ?? '', 'base64'),
    parallelism: Number(parallelism),
    iterations: Number(iterations),
    memorySize: Number(memorySize),
    hashLength: HASH_LENGTH,
    outputType: 'encoded',
  });
}

/** Candidates are computed under these when the account does not exist, so the timing stays the same. */
export const DUMMY_SETTINGS = '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA';
