import { ERROR_MESSAGES, type ErrorCode } from '@elderwork/contracts';

/** `errors.<CODE>` of one language, from the contracts' catalogue (every code the API answers with). */
export function errorTexts(lang: 'th' | 'en'): Record<ErrorCode, string> {
  return Object.fromEntries(Object.entries(ERROR_MESSAGES).map(([code, text]) => [code, text[lang]])) as Record<ErrorCode, string>;
}
