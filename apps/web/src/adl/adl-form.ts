import { dtoResolver } from '../ui/forms';
import { ADL_ITEMS, ADL_TOTAL_MAX, CreateAdlAssessmentDto, adlGroupOf, type AdlGroup, type AdlItem } from '@elderwork/contracts';
import { todayInBangkok } from '@elderwork/thai';
import { toBeInput } from '../i18n/format';

/** The 10 items (radio values '0'..'3', null while unanswered), or a total typed from a paper form. */
export interface AdlFormValues {
  assessedOn: string;
  mode: 'items' | 'total';
  items: Record<AdlItem, string | null>;
  total: string;
  note: string;
}

/** The items' own fields, which the server may blame one by one (beside the form's top-level fields). */
export const ADL_ITEM_FIELDS = ADL_ITEMS.map((item) => `items.${item}`);

export const blankAdl = (assessedOn = toBeInput(todayInBangkok())): AdlFormValues => ({
  assessedOn,
  mode: 'items',
  items: Object.fromEntries(ADL_ITEMS.map((item) => [item, null])) as Record<AdlItem, string | null>,
  total: '',
  note: '',
});

export interface LiveScore {
  answered: number;
  /** The sum of the answered items (or the typed total). */
  total: number | null;
  /** Only once the score is complete: all 10 items, or a valid total. */
  group: AdlGroup | null;
}

/** The total and group as the form stands: the same rule as the API's (adlGroupOf), shown before saving. */
export function liveScore(values: Pick<AdlFormValues, 'mode' | 'items' | 'total'>): LiveScore {
  if (values.mode === 'total') {
    const total = /^\s*\d{1,2}\s*$/.test(values.total) ? Number(values.total) : null;
    const valid = total !== null && total <= ADL_TOTAL_MAX;
    return { answered: 0, total: valid ? total : null, group: valid ? adlGroupOf(total) : null };
  }
  const scores = ADL_ITEMS.map((item) => values.items[item]).filter((v): v is string => v !== null && v !== undefined && v !== '');
  const total = scores.reduce((sum, v) => sum + Number(v), 0);
  const complete = scores.length === ADL_ITEMS.length;
  return { answered: scores.length, total: scores.length > 0 ? total : null, group: complete ? adlGroupOf(total) : null };
}

type Payload = Pick<AdlFormValues, 'assessedOn' | 'note'> & Partial<Pick<AdlFormValues, 'items' | 'total'>>;
/** Validate with the shared DTO only what the chosen way sends: the items, or the total alone. */
export const adlResolver = dtoResolver<AdlFormValues, CreateAdlAssessmentDto>(CreateAdlAssessmentDto, (values): Payload => {
  const { assessedOn, note } = values;
  return values.mode === 'items' ? { assessedOn, note, items: values.items } : { assessedOn, note, total: values.total };
});
