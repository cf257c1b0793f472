import { isRuleCode, renderRule, VALIDATION_MESSAGES, type RuleParams, type ValidationMessageKey } from '@elderwork/contracts';
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
 * A validation message in the UI language. Messages from the DTOs and the server are Thai. A
 * rule of the RULES catalogue is rendered from its code and parameters; otherwise, in English,
 * we find the validation message's key by the Thai text (the most exact), then by the rule's
 * code, and otherwise show the Thai text as it is.
 */
export function translateValidation(message: string | undefined, code: string | undefined, lang: Lang, params?: RuleParams): string {
  const text = message ?? '';
  if (lang === 'th') return text;
  if (isRuleCode(code)) return renderRule(code, lang, params);
  const key =
    KEY_BY_THAI.get(text) ?? (code && isKey(code) ? code : undefined) ?? (code ? KEY_BY_CONSTRAINT[code] : undefined);
  return key ? VALIDATION_MESSAGES[key].en : text;
}
