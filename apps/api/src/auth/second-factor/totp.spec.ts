import { randomBytes } from 'node:crypto';
import { generate } from 'otplib';
import { acceptedStep, decryptSecret, encryptSecret, newRecoveryCodes, newTotpSecret, otpauthUrl, readCode } from './totp';

describe('totp helpers (decision 0024)', () => {
  it('encrypts the secret so only the same key reads it back', () => {
    const key = randomBytes(32);
    const secret = newTotpSecret();
    const stored = encryptSecret(key, secret);
    expect(stored).toMatch(/^v1\./);
    expect(stored).not.toContain(secret);
    expect(encryptSecret(key, secret)).not.toBe(stored);
    expect(decryptSecret(key, stored)).toBe(secret);
    expect(decryptSecret(randomBytes(32), stored)).toBeNull();
    // One character of the tag changed (not the last one, whose low bits base64 may not use).
    const tampered = `${stored.slice(0, 30)}${stored[30] === 'A' ? 'B' : 'A'}${stored.slice(31)}`;
    expect(decryptSecret(key, tampered)).toBeNull();
    expect(decryptSecret(key, 'plain')).toBeNull();
  });

  it('accepts the current code once a step has passed it, never the same step again', async () => {
    const secret = newTotpSecret();
    const now = Math.floor(Date.now() / 1000);
    const step = await acceptedStep(secret, await generate({ secret, epoch: now }), null);
    expect(step).toBe(Math.floor(now / 30));
    expect(await acceptedStep(secret, await generate({ secret, epoch: now }), step)).toBeNull();
    expect(await acceptedStep(secret, await generate({ secret, epoch: now + 30 }), step)).toBe(step! + 1);
    expect(await acceptedStep(secret, await generate({ secret, epoch: now + 300 }), null)).toBeNull();
    expect(await acceptedStep(secret, 'abcdef', null)).toBeNull();
  });

  it('ten distinct recovery codes of 80 bits in four groups; typed codes are read leniently', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){3}$/);
    expect(readCode(' 123 456 ')).toEqual({ kind: 'totp', code: '123456' });
    expect(readCode('k7qm 2xhp-r9tb wc4n')).toEqual({ kind: 'recovery', code: 'K7QM2XHPR9TBWC4N' });
    expect(readCode('K7QM-2XHP-R9TB-WC40')).toBeNull(); // 0 is not in the alphabet
    expect(readCode('12345')).toBeNull();
  });

  it('the otpauth URL names the issuer and the account', () => {
    const url = new URL(otpauthUrl('admin@lao.example', 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'));
    expect(url.protocol).toBe('otpauth:');
    expect(url.searchParams.get('issuer')).toBe('Elderwork');
    expect(decodeURIComponent(url.pathname)).toContain('Elderwork:admin@lao.example');
  });
});
