/** A text in both languages of the app, Thai first. */
export interface Bilingual {
  th: string;
  en: string;
}

export type Lang = keyof Bilingual;

/**
 * What a rule's message is filled with. A number or a plain string is the same in both languages;
 * a `{ th, en }` pair is chosen by language (a status label, say). Dates and months go as ISO
 * strings ('2026-10-01', '2026-10') and are formatted by the placeholder's kind (see `renderRule`).
 */
export type RuleParam = string | number | Bilingual;
export type RuleParams = Record<string, RuleParam>;
