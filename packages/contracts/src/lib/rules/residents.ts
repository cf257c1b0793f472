import type { Bilingual } from './bilingual';

/**
 * Rule codes of residents (issue 14): the code a field error carries, its Thai and English message.
 * Placeholders: {{name}} plain, {{name:date}} short date, {{name:longDate}}, {{name:month}}, {{name:baht}}.
 */
export const RESIDENTS_RULES = {
  duplicateNationalId: { th: 'เลขประจำตัวประชาชนนี้ลงทะเบียนไว้แล้วใน อปท. นี้', en: 'This national ID is already registered in this LAO' },
} as const satisfies Record<string, Bilingual>;
