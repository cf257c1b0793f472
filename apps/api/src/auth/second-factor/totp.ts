import { createCipheriv, createDecipheriv, createHash, randomBytes, randomInt } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';
import { toDataURL } from 'qrcode';

/**
 * RFC 6238 codes (otplib: SHA-1, 6 digits, 30 s, what every authenticator app reads), the secret
 * encrypted at rest, recovery codes and challenge tokens (decision 0024).
 */
export const TOTP_ISSUER = 'Elderwork';

export const newTotpSecret = (): string => generateSecret({ length: 20 });

export const otpauthUrl = (email: string, secret: string): string => generateURI({ issuer: TOTP_ISSUER, label: email, secret });

export const qrCodeDataUrl = (url: string): Promise<string> => toDataURL(url, { errorCorrectionLevel: 'M', margin: 2, width: 240 });

/**
 * The time step of a right code, or null. One step either side is accepted (a phone's clock may
 * drift), but never a step at or before `afterStep`, so a code is used once.
 */
export async function acceptedStep(secret: string, code: string, afterStep: number | null): Promise<number | null> {
  try {
    const result = await verify({ secret, token: code, epochTolerance: 30, ...(afterStep === null ? {} : { afterTimeStep: afterStep }) });
    // Only TOTP results carry timeStep (the union also covers HOTP's).
    return result.valid && 'timeStep' in result ? result.timeStep : null;
  } catch {
    return null;
  }
}

/** AES-256-GCM; `v1.` + base64url(iv ‖ tag ‖ ciphertext). */
export function encryptSecret(key: Buffer, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return `v1.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
}

/** null when the key is not the one it was written with (TOTP_ENCRYPTION_KEY or JWT_SECRET changed). */
export function decryptSecret(key: Buffer, stored: string): string | null {
  if (!stored.startsWith('v1.')) return null;
  const raw = Buffer.from(stored.slice(3), 'base64url');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

export const RECOVERY_CODE_COUNT = 10;
// No 0/O, 1/I: read off paper. 32 symbols × 16 = 80 random bits, so a plain SHA-256 is enough.
const RECOVERY_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Ten codes like `K7QM-2XHP-R9TB-WC4N`. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: 16 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join('');
    return chars.match(/.{4}/g)!.join('-');
  });
}

/** What a typed code is: six digits from the app, or a recovery code (spaces, dashes and case ignored). */
export function readCode(input: string): { kind: 'totp'; code: string } | { kind: 'recovery'; code: string } | null {
  const compact = input.replace(/[\s-]/g, '').toUpperCase();
  if (/^\d{6}$/.test(compact)) return { kind: 'totp', code: compact };
  if (compact.length === 16 && [...compact].every((c) => RECOVERY_ALPHABET.includes(c))) return { kind: 'recovery', code: compact };
  return null;
}

export const sha256 = (value: string): string => createHash('sha256').update(value, 'utf8').digest('hex');

export const newChallengeToken = (): string => randomBytes(32).toString('base64url');
