import { candidateHash, DUMMY_SETTINGS, hashPassword } from './passwords';

const settingsOf = (hash: string): string => hash.slice(0, hash.lastIndexOf('$'));

describe('candidateHash', () => {
  it('gives the stored hash for the right password under its settings, and another for a wrong one', async () => {
    const hash = await hashPassword('correct-horse-battery');
    expect(await candidateHash(settingsOf(hash), 'correct-horse-battery')).toBe(hash);
    expect(await candidateHash(settingsOf(hash), 'correct-horse-batterx')).not.toBe(hash);
  });

  it('computes under the dummy settings too (unknown addresses cost the same), and refuses settings it does not make', async () => {
    expect(await candidateHash(DUMMY_SETTINGS, 'x')).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$c29tZXNhbHRzb21lc2FsdA\$[A-Za-z0-9+/]{43}$/);
    expect(await candidateHash('$argon2i$v=19$m=19456,t=2,p=1$c29tZXNhbHQ', 'x')).toBeNull();
    expect(await candidateHash('$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$extra', 'x')).toBeNull();
  });
});
