import type { Bilingual } from './bilingual';

/**
 * Rule codes of common (issue 14): the code a field error carries, its Thai and English message.
 * Placeholders: {{name}} plain, {{name:date}} short date, {{name:longDate}}, {{name:month}}, {{name:baht}}.
 */
export const COMMON_RULES = {
  /** `what`: the date's name, e.g. { th: 'วันที่จ่าย', en: 'The payment date' }; `from`, `to`: ISO dates (decision 0016). */
  dateOutOfRange: { th: '{{what}}ต้องอยู่ระหว่าง {{from:date}} ถึง {{to:date}}', en: '{{what}} must be between {{from:date}} and {{to:date}}' },
} as const satisfies Record<string, Bilingual>;
