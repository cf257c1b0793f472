import { ERROR_CODES, type ErrorCode } from './error-codes';

/**
 * Messages of the login path, Thai and English, with their codes (decision 0024). The API sends
 * the Thai text; the web shows the language the user chose. `{minutes}` is filled in by `authMessage`.
 */
export const AUTH_MESSAGES = {
  badCredentials: { code: ERROR_CODES.unauthenticated, th: 'อีเมลหรือรหัสผ่านไม่ถูกต้อง', en: 'Wrong email or password' },
  tooManyAttempts: {
    code: ERROR_CODES.tooManyAttempts,
    th: 'เข้าสู่ระบบผิดหลายครั้งเกินไป กรุณารอ {minutes} นาทีแล้วลองใหม่',
    en: 'Too many failed sign-ins. Please wait {minutes} min and try again.',
  },
  secondFactorInvalid: {
    code: ERROR_CODES.secondFactorInvalid,
    th: 'รหัสยืนยันไม่ถูกต้อง หมดอายุ หรือถูกใช้ไปแล้ว กรุณากรอกรหัสปัจจุบันจากแอปยืนยันตัวตน',
    en: 'The code is wrong, expired or already used. Enter the current code from the authenticator app.',
  },
  challengeExpired: {
    code: ERROR_CODES.challengeExpired,
    th: 'ขั้นตอนยืนยันตัวตนหมดอายุหรือกรอกรหัสผิดหลายครั้ง กรุณาเข้าสู่ระบบด้วยอีเมลและรหัสผ่านใหม่',
    en: 'This sign-in step has expired or had too many wrong codes. Sign in again with your email and password.',
  },
  secondFactorUnreadable: {
    code: ERROR_CODES.secondFactorInvalid,
    th: 'ไม่สามารถตรวจรหัสจากแอปยืนยันตัวตนได้ กรุณาใช้รหัสสำรอง หรือติดต่อผู้ดูแลบัญชีของท่าน',
    en: 'The authenticator code cannot be checked. Use a recovery code or contact your account manager.',
  },
  ownSecondFactor: {
    code: ERROR_CODES.validationFailed,
    th: 'ไม่สามารถรีเซ็ตการยืนยันตัวตนสองขั้นตอนของบัญชีตนเองได้ กรุณาให้ผู้ดูแลบัญชีของท่านดำเนินการ',
    en: 'You cannot reset your own two-step sign-in; ask whoever manages your account.',
  },
  secondFactorEnrolled: {
    code: ERROR_CODES.secondFactorEnrolled,
    th: 'บัญชีนี้เปิดการยืนยันตัวตนสองขั้นตอนไว้แล้ว หากเปลี่ยนโทรศัพท์ กรุณาให้ผู้ดูแลบัญชีของท่านรีเซ็ตก่อน',
    en: 'Two-step sign-in is already on for this account. If you changed phones, ask whoever manages your account to reset it first.',
  },
  secondFactorNotStarted: {
    code: ERROR_CODES.secondFactorNotStarted,
    th: 'ยังไม่ได้เริ่มตั้งค่าการยืนยันตัวตนสองขั้นตอน หรือการตั้งค่าหมดอายุ กรุณาเริ่มใหม่',
    en: 'Two-step sign-in set-up has not been started or has expired. Please start again.',
  },
} as const satisfies Record<string, { code: ErrorCode; th: string; en: string }>;

export type AuthMessageKey = keyof typeof AUTH_MESSAGES;

export function authMessage(key: AuthMessageKey, lang: 'th' | 'en', params: { minutes?: number } = {}): string {
  return AUTH_MESSAGES[key][lang].replace('{minutes}', String(params.minutes ?? 15));
}
