import type { ResidentQuery } from './endpoints';

/**
 * Query keys of data that more than one feature reads or changes (decision 0050). A feature's own
 * keys live in its folder (`caregivers/keys.ts`, …); these are here because features may not
 * import each other: the registry's records are read by the registry, the ADL page, the home
 * page and the elder picker; ADL assessments by the ADL page and the caregivers' assignment form.
 *
 * Every factory starts with its `all` key, so `invalidateQueries({ queryKey: residentKeys.all })`
 * refreshes everything below it.
 */
export const residentKeys = {
  all: ['residents'] as const,
  lists: () => [...residentKeys.all, 'list'] as const,
  list: (params: ResidentQuery) => [...residentKeys.lists(), params] as const,
  details: () => [...residentKeys.all, 'detail'] as const,
  detail: (id: string) => [...residentKeys.details(), id] as const,
  audit: (id: string) => [...residentKeys.detail(id), 'audit'] as const,
  summary: () => [...residentKeys.all, 'summary'] as const,
};

export const adlKeys = {
  all: ['adl'] as const,
  history: (residentId: string) => [...adlKeys.all, residentId] as const,
};
