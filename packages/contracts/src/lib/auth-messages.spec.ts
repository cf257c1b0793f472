import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { AUTH_MESSAGES, authMessage } from './auth-messages';
import { ERROR_CODES } from './error-codes';
import { TotpDto } from './dto/auth.dto';

describe('login messages (decision 0024)', () => {
  it('every message has Thai and English text and a known code', () => {
    for (const message of Object.values(AUTH_MESSAGES)) {
      expect(message.th).toMatch(/[\u0e00-\u0e7f]/);
      expect(message.en).toMatch(/^[\x20-\x7e–’]+$/);
      expect(Object.values(ERROR_CODES)).toContain(message.code);
    }
  });

  it('fills in the minutes to wait', () => {
    expect(authMessage('tooManyAttempts', 'th', { minutes: 4 })).toBe('เข้าสู่ระบบผิดหลายครั้งเกินไป กรุณารอ 4 นาทีแล้วลองใหม่');
    expect(authMessage('tooManyAttempts', 'en', { minutes: 4 })).toContain('wait 4 min');
  });

  it('TotpDto takes a challenge token and a code, in Thai when either is wrong', () => {
    const ok = plainToInstance(TotpDto, { challengeToken: 'a'.repeat(43), code: '123456' });
    expect(validateSync(ok)).toEqual([]);
    const bad = validateSync(plainToInstance(TotpDto, { challengeToken: 'no spaces allowed here!', code: 123456 }));
    expect(bad.map((e) => e.property).sort()).toEqual(['challengeToken', 'code']);
    expect(Object.values(bad[0]?.constraints ?? {})[0]).toMatch(/[\u0e00-\u0e7f]/);
  });
});
