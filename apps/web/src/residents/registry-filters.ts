import {
  ADL_GROUP_FILTERS, DISABILITY_FILTERS, REPORT_AGE_BANDS, RESIDENT_SORTS, SEXES,
  type AdlGroupFilter, type DisabilityFilter, type ReportAgeBand, type ResidentSort, type Sex,
} from '@elderwork/contracts';

/** The registry's filters and sort as kept in the URL (the API's names and values). */
export interface RegistryFilters {
  moo?: number;
  village?: string;
  sex?: Sex;
  ageBand?: ReportAgeBand;
  disabilityType?: DisabilityFilter;
  livingAlone?: boolean;
  adlGroup?: AdlGroupFilter;
  sort?: ResidentSort;
}

/** The URL keys of the filters, in the order they are written. */
export const FILTER_KEYS = ['moo', 'village', 'sex', 'ageBand', 'disabilityType', 'livingAlone', 'adlGroup', 'sort'] as const;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;

/** Filters read from the URL; a value the API would refuse (a hand-edited link) is left out. */
export function filtersFrom(params: URLSearchParams): RegistryFilters {
  const moo = Number(params.get('moo'));
  const village = params.get('village')?.trim();
  const livingAlone = params.get('livingAlone');
  const filters: RegistryFilters = {
    moo: Number.isInteger(moo) && moo >= 1 && moo <= 99 ? moo : undefined,
    village: village ? village : undefined,
    sex: oneOf(SEXES, params.get('sex')),
    ageBand: oneOf(REPORT_AGE_BANDS, params.get('ageBand')),
    disabilityType: oneOf(DISABILITY_FILTERS, params.get('disabilityType')),
    livingAlone: livingAlone === 'true' ? true : livingAlone === 'false' ? false : undefined,
    adlGroup: oneOf(ADL_GROUP_FILTERS, params.get('adlGroup')),
    sort: oneOf(RESIDENT_SORTS, params.get('sort')),
  };
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as RegistryFilters;
}

/** The URL of a registry view: search, removed mode, filters and page (omitted on page 1). */
export function paramsOf(q: string, removed: boolean, filters: RegistryFilters, page = 1): Record<string, string> {
  const search: Record<string, string> = {};
  if (q) search['q'] = q;
  if (removed) search['removed'] = '1';
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value !== undefined && value !== '') search[key] = String(value);
  }
  if (page > 1) search['page'] = String(page);
  return search;
}

/** True when some filter (not the sort) narrows the list. */
export const isFiltered = (filters: RegistryFilters): boolean => FILTER_KEYS.some((key) => key !== 'sort' && filters[key] !== undefined);
