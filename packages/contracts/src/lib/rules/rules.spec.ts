import { ERROR_CODES } from '../error-codes';
import { ERROR_MESSAGES } from '../error-messages';
import { VALIDATION_MESSAGES } from '../validation/messages';
import { PLACEHOLDER, RULE_AREAS, RULES, renderRule, type RuleCode } from './index';

const THAI = /[\u0E00-\u0E7F]/;
const placeholders = (text: string): string[] => [...text.matchAll(PLACEHOLDER)].map((m) => m[0]).sort();

describe('the RULES catalogue (every rule a service refuses a field by)', () => {
  const codes = Object.keys(RULES) as RuleCode[];

  it.each(codes)('%s has a Thai and an English message with the same placeholders, the English free of Thai', (code) => {
    const { th, en } = RULES[code];
    expect(THAI.test(th)).toBe(true);
    expect(en.trim()).not.toBe('');
    expect(THAI.test(en)).toBe(false);
    expect(placeholders(en)).toEqual(placeholders(th));
  });

  it('defines each code in one area only, and none that is also a validation message key', () => {
    const all = Object.values(RULE_AREAS).flatMap((area) => Object.keys(area));
    expect(all.length).toBe(codes.length);
    expect(codes.filter((c) => Object.prototype.hasOwnProperty.call(VALIDATION_MESSAGES, c))).toEqual([]);
  });

  it('renders dates, months, baht and bilingual labels in the language asked for', () => {
    const template = { th: 'ก {{d:date}} {{l:longDate}} {{m:month}} {{b:baht}} {{s}} {{n}}', en: 'x {{d:date}} {{l:longDate}} {{m:month}} {{b:baht}} {{s}} {{n}}' };
    const spy = Object.assign(RULES as Record<string, { th: string; en: string }>, { testTemplate: template });
    const params = { d: '2026-10-01', l: '2026-10-01', m: '2026-10', b: 1565850, s: { th: 'ยุติ', en: 'terminated' }, n: 7 };
    try {
      expect(renderRule('testTemplate' as RuleCode, 'th', params)).toBe('ก 1 ต.ค. 2569 1 ตุลาคม 2569 ตุลาคม 2569 1,565,850.00 บาท ยุติ 7');
      expect(renderRule('testTemplate' as RuleCode, 'en', params)).toBe('x 1 Oct 2569 BE 1 October 2569 BE October 2569 BE 1,565,850.00 baht terminated 7');
      expect(renderRule('testTemplate' as RuleCode, 'en', {})).toBe('x d l m b s n');
    } finally {
      delete (spy as Record<string, unknown>)['testTemplate'];
    }
  });
});

describe('ERROR_MESSAGES (every error code the API answers with)', () => {
  it.each(Object.values(ERROR_CODES))('%s has a Thai and an English message', (code) => {
    expect(THAI.test(ERROR_MESSAGES[code].th)).toBe(true);
    expect(ERROR_MESSAGES[code].en.trim()).not.toBe('');
    expect(THAI.test(ERROR_MESSAGES[code].en)).toBe(false);
  });
});
