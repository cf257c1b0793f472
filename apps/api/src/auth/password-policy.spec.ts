import { passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it('refuses the account’s email and its part before @, in any case', () => {
    expect(passwordProblem('Somchai.Jaidee@LAO.go.th', 'somchai.jaidee@lao.go.th')).toBe('passwordIsEmail');
    expect(passwordProblem('SOMCHAI.JAIDEE', 'somchai.jaidee@lao.go.th')).toBe('passwordIsEmail');
  });

  it('refuses passwords on the shipped common list, in any case', () => {
    expect(passwordProblem('Password1234', 'a@b.co')).toBe('passwordCommon');
    expect(passwordProblem('elderwork-demo-2569', 'a@b.co')).toBe('passwordCommon');
    expect(passwordProblem('1qaz2wsx3edc', 'a@b.co')).toBe('passwordCommon');
  });

  it('accepts an uncommon password', () => {
    expect(passwordProblem('ตะวันขึ้นที่แกลง-2569', 'a@b.co')).toBeNull();
    expect(passwordProblem('plum-river-lantern-42', 'somchai@lao.go.th')).toBeNull();
  });
});
