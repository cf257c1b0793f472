import { formatBaht, formatThaiDate } from '@elderwork/thai';
import { ACCOUNTS_RULES } from './accounts';
import type { Bilingual, Lang, RuleParam, RuleParams } from './bilingual';
import { CAREGIVERS_RULES } from './caregivers';
import { COMMON_RULES } from './common';
import { OCCUPATIONS_RULES } from './occupations';
import { RESIDENTS_RULES } from './residents';
import { SECTION35_RULES } from './section35';

export type { Bilingual, Lang, RuleParam, RuleParams } from './bilingual';

/** The areas' catalogues, each a file of its own; a code is defined in one of them only (tested). */
export const RULE_AREAS = {
  common: COMMON_RULES,
  accounts: ACCOUNTS_RULES,
  residents: RESIDENTS_RULES,
  section35: SECTION35_RULES,
  caregivers: CAREGIVERS_RULES,
  occupations: OCCUPATIONS_RULES,
} as const;

/**
 * Every rule a service can refuse a field by (issue 14, decision 0030): `{ code: { th, en } }`.
 * The API renders the Thai message from here and sends `code` and `params` beside it; the web
 * renders the user's language from the same entry.
 */
export const RULES = {
  ...COMMON_RULES,
  ...ACCOUNTS_RULES,
  ...RESIDENTS_RULES,
  ...SECTION35_RULES,
  ...CAREGIVERS_RULES,
  ...OCCUPATIONS_RULES,
} as const satisfies Record<string, Bilingual>;

export type RuleCode = keyof typeof RULES;

export function isRuleCode(code: string | undefined): code is RuleCode {
  return code !== undefined && Object.prototype.hasOwnProperty.call(RULES, code);
}

/** `{{name}}` or `{{name:kind}}`. */
export const PLACEHOLDER = /\{\{(\w+)(?::(\w+))?\}\}/g;

const KINDS: Record<string, (value: string | number, lang: Lang) => string> = {
  date: (v, lang) => formatThaiDate(String(v), { lang }),
  longDate: (v, lang) => formatThaiDate(String(v), { lang, style: 'long' }),
  month: (v, lang) => formatThaiDate(`${String(v)}-01`, { lang, style: 'long' }).replace(/^1 /, ''),
  baht: (v, lang) => formatBaht(Math.round(Number(v) * 100), lang, { unit: true }),
};

function fill(value: RuleParam | undefined, kind: string | undefined, lang: Lang): string | null {
  if (value === undefined) return null;
  const plain = typeof value === 'object' ? value[lang] : value;
  if (!kind) return String(plain);
  const format = KINDS[kind];
  if (!format) return String(plain);
  try {
    return format(plain, lang);
  } catch {
    return String(plain);
  }
}

/** A rule's message in one language, its placeholders filled (a missing parameter stays visible as its name). */
export function renderRule(code: RuleCode, lang: Lang, params: RuleParams = {}): string {
  const template: string = RULES[code][lang];
  return template.replace(PLACEHOLDER, (_, name: string, kind: string | undefined) => fill(params[name], kind, lang) ?? name);
}
