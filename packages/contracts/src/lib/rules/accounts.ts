import { ACCOUNT_MESSAGES } from '../accounts';
import type { Bilingual } from './bilingual';

/**
 * Rule codes of accounts (issue 14): the code a field error carries, its Thai and English message.
 * Placeholders: {{name}} plain, {{name:date}} short date, {{name:longDate}}, {{name:month}}, {{name:baht}}.
 */
export const ACCOUNTS_RULES = {
  // Users (decision 0022)
  /** The same words as the 409's own message (one answer wherever the address is taken). */
  emailUnavailable: ACCOUNT_MESSAGES.emailUnavailable,
  self: { th: 'ไม่สามารถปิดบัญชีหรือเปลี่ยนบทบาทของตนเองได้', en: 'You cannot deactivate your own account or change your own role' },
  roleNotGivable: { th: 'ท่านไม่มีสิทธิ์สร้างหรือกำหนดบัญชีในบทบาทนี้', en: 'You may not create or assign accounts with this role' },
  roleOrgUnitMismatch: { th: 'บทบาทนี้ไม่ตรงกับหน่วยงานของบัญชี', en: 'This role does not match the account’s organisation' },
  orgUnitCodeRequired: {
    th: 'กรุณาระบุรหัสหน่วยงาน (รหัส อปท. 7 หลัก หรือรหัสจังหวัด 2 หลัก)',
    en: 'Give the organisation code (a 7-digit LAO code or a 2-digit province code)',
  },
  /** `kind`: what the role needs, e.g. { th: 'รหัส อปท. 7 หลัก', en: 'a 7-digit LAO code' }. */
  orgUnitType: { th: 'บทบาทนี้ต้องระบุ{{kind}}', en: 'This role needs {{kind}}' },
  // Links (decision 0023)
  accountInactive: ACCOUNT_MESSAGES.inactiveAccount,
} as const satisfies Record<string, Bilingual>;
