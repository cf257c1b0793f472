import { VALIDATION_MESSAGES, type ValidationMessageKey } from '@elderwork/contracts';
import type { Lang } from './index';

const KEYS = Object.keys(VALIDATION_MESSAGES) as ValidationMessageKey[];
const KEY_BY_THAI = new Map<string, ValidationMessageKey>(KEYS.map((k) => [VALIDATION_MESSAGES[k].th, k]));

/** class-validator constraint names whose message key has another name. */
const KEY_BY_CONSTRAINT: Record<string, ValidationMessageKey> = {
  isDefined: 'required',
  isNotEmpty: 'required',
  whitelistValidation: 'unknownField',
};

function isKey(code: string): code is ValidationMessageKey {
  return Object.prototype.hasOwnProperty.call(VALIDATION_MESSAGES, code);
}

/**
 * A validation message in the UI language. Messages from the DTOs and the server are Thai;
 * in English we find their key by the Thai text (the most exact), then by the rule's code,
 * and otherwise show the Thai text as it is.
 */
export function translateValidation(message: string | undefined, code: string | undefined, lang: Lang): string {
  const text = message ?? '';
  if (lang === 'th') return text;
  const key =
    KEY_BY_THAI.get(text) ?? (code && isKey(code) ? code : undefined) ?? (code ? KEY_BY_CONSTRAINT[code] : undefined);
  return key ? VALIDATION_MESSAGES[key].en : text;
}
