import fc from 'fast-check';
import { NationalIdSet } from './national-id-set';

describe('NationalIdSet', () => {
  it('answers like a Map of first rows, through growth and collisions', () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: 0n, max: 10n ** 13n - 1n }), { maxLength: 3000 }), fc.integer({ min: 0, max: 50 }), (ids, repeats) => {
        const set = new NationalIdSet();
        const map = new Map<string, number>();
        // Repeats of earlier IDs mixed in, so "seen before" is often true.
        const all = [...ids, ...ids.slice(0, repeats)].map((n) => n.toString().padStart(13, '0'));
        all.forEach((id, i) => {
          const row = i + 2;
          expect(set.firstRowOf(id, row)).toBe(map.get(id) ?? 0);
          if (!map.has(id)) map.set(id, row);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('holds a million IDs (growing many times) and still knows the first', () => {
    const set = new NationalIdSet();
    for (let i = 0; i < 1_000_000; i += 1) set.firstRowOf(String(3_100_000_000_000 + i * 7), i + 2);
    expect(set.firstRowOf(String(3_100_000_000_000), 5)).toBe(2);
    expect(set.firstRowOf(String(3_100_000_000_000 + 999_999 * 7), 5)).toBe(1_000_001);
    expect(set.firstRowOf('0000000000001', 5)).toBe(0);
  });
});
