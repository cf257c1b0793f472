import fc from 'fast-check';
import {
  formatNationalId,
  isValidNationalId,
  maskNationalId,
  nationalIdCheckDigit,
  normalizeNationalId,
} from './national-id';

const first12 = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 12, maxLength: 12 });
const validId = first12.map((p) => p + nationalIdCheckDigit(p));

describe('national ID', () => {
  it('checks the published example', () => {
    expect(isValidNationalId('1234567890121')).toBe(true);
    expect(isValidNationalId('1234567890123')).toBe(false);
    expect(nationalIdCheckDigit('123456789012')).toBe(1);
  });

  it('requires exactly 13 digits', () => {
    for (const bad of ['', '123456789012', '12345678901210', '1-2345-67890-12-1', '123456789012a', ' 1234567890121']) {
      expect(isValidNationalId(bad)).toBe(false);
    }
    expect(() => nationalIdCheckDigit('12345')).toThrow(RangeError);
  });

  it('formats, normalizes and masks', () => {
    expect(formatNationalId('1234567890121')).toBe('1-2345-67890-12-1');
    expect(formatNationalId('1 2345 67890 12 1')).toBe('1-2345-67890-12-1');
    expect(formatNationalId('12345')).toBe('12345');
    expect(normalizeNationalId('1-2345-67890-12-1')).toBe('1234567890121');
    expect(normalizeNationalId('1-2345')).toBeNull();
    expect(maskNationalId('1234567890121')).toBe('1-2345-xxxxx-xx-1');
    expect(maskNationalId('1-2345-67890-12-1')).toBe('1-2345-xxxxx-xx-1');
    expect(maskNationalId('12345678')).toBe('xxxxxxxx');
  });

  it('generated IDs are valid', () => {
    fc.assert(fc.property(validId, (id) => isValidNationalId(id)));
  });

  // The official checksum cannot catch every single-digit change, so the universal form of
  // "any changed digit invalidates" is false. What holds, and is tested here:
  //  - the 3rd digit has weight 11 ≡ 0 (mod 11), so changing it never affects validity;
  //  - residues 0 and 10 both give check digit 1, so other changes slip through only then;
  //  - changing the check digit itself always invalidates.
  const residue = (id: string) => [...id.slice(0, 12)].reduce((s, d, i) => s + Number(d) * (13 - i), 0) % 11;
  const mutate = (id: string, pos: number, delta: number) =>
    id.slice(0, pos) + ((Number(id[pos]) + delta) % 10) + id.slice(pos + 1);

  it('changing the check digit always invalidates', () => {
    fc.assert(fc.property(validId, fc.integer({ min: 1, max: 9 }), (id, delta) => !isValidNationalId(mutate(id, 12, delta))));
  });

  it('changing digits 1–2 or 4–12 invalidates unless the residue moves between 0 and 10', () => {
    const pos = fc.integer({ min: 0, max: 11 }).filter((p) => p !== 2);
    fc.assert(
      fc.property(validId, pos, fc.integer({ min: 1, max: 9 }), (id, p, delta) => {
        const mutated = mutate(id, p, delta);
        const collides = [residue(id), residue(mutated)].every((r) => r === 0 || r === 10);
        return isValidNationalId(mutated) === collides;
      }),
    );
  });

  it('changing the 3rd digit never changes validity (known weakness of the checksum)', () => {
    expect(isValidNationalId('1204567890121')).toBe(true);
    fc.assert(fc.property(validId, fc.integer({ min: 1, max: 9 }), (id, delta) => isValidNationalId(mutate(id, 2, delta))));
  });
});
