/**
 * Messages of own passwords, links and bulk onboarding (issue 13, decision 0023), Thai first.
 * The API sends the code and the Thai text; the web app shows the English text by code.
 */
export const ACCOUNT_MESSAGES = {
  /** 400 LINK_INVALID: unknown, used, expired or superseded link, or an account that was closed since. */
  linkInvalid: {
    th: 'ลิงก์นี้ใช้ไม่ได้แล้ว (หมดอายุ ถูกใช้ไปแล้ว หรือมีลิงก์ใหม่กว่า) กรุณาขอลิงก์ใหม่',
    en: 'This link can no longer be used (expired, used, or a newer one was sent): ask for a new one',
  },
  /** 202 of POST /api/auth/forgot, whether or not the address has an account. */
  forgotSent: {
    th: 'หากอีเมลนี้มีบัญชีในระบบ ระบบได้ส่งลิงก์สำหรับตั้งรหัสผ่านใหม่ไปแล้ว ลิงก์ใช้ได้ 1 ชั่วโมง',
    en: 'If this address has an account, a link to set a new password is on its way; it works for 1 hour',
  },
  /** 202 of POST /api/users/:id/reset-link. */
  resetLinkSent: {
    th: 'ส่งลิงก์สำหรับตั้งรหัสผ่านไปยังอีเมลของบัญชีแล้ว',
    en: 'A link to set the password was sent to the account’s address',
  },
  /** 200 of POST /api/users/:id/unlock. */
  unlocked: { th: 'ปลดล็อกการเข้าสู่ระบบของบัญชีแล้ว', en: 'The account may log in again' },
  /** 400 on `active` of POST /api/users/:id/reset-link. */
  inactiveAccount: { th: 'บัญชีนี้ถูกปิดอยู่ กรุณาเปิดใช้งานบัญชีก่อนส่งลิงก์', en: 'This account is deactivated: reactivate it before sending a link' },
  /** 503 MAIL_FAILED. */
  mailFailed: { th: 'ส่งอีเมลไม่สำเร็จ กรุณาลองใหม่ภายหลัง', en: 'The mail could not be sent: try again later' },
  /** Import rows. */
  importLaoNotFound: {
    th: 'ไม่พบ อปท. รหัสนี้ในเขตที่ท่านดูแล',
    en: 'No LAO with this code in your area',
  },
  importDuplicateEmail: { th: 'อีเมลซ้ำกับแถวก่อนหน้าในไฟล์', en: 'The same address is on an earlier row' },
  emailUnavailable: { th: 'ไม่สามารถใช้อีเมลนี้ได้ กรุณาใช้อีเมลอื่น', en: 'This address cannot be used: choose another' },
} as const satisfies Record<string, { th: string; en: string }>;

export type AccountMessageKey = keyof typeof ACCOUNT_MESSAGES;

/** A message the API sends with a 2xx answer (forgot, reset-link, unlock). */
export interface AccountMessage {
  code: AccountMessageKey;
  message: string;
}

/** Lifetimes of the links in mails. */
export const ACTIVATION_LINK_HOURS = 72;
export const RESET_LINK_HOURS = 1;
