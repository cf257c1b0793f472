import type { CourseQuery, JobQuery, ProductQuery, WisdomQuery, YearType } from '../api/endpoints';

/**
 * Query keys of independent occupations (decision 0050), all under `occupationKeys.all`. The
 * yearly summary adds up courses, products, income and jobs: every change invalidates it too.
 */
export const occupationKeys = {
  all: ['occupations'] as const,
  summaries: () => [...occupationKeys.all, 'summary'] as const,
  summary: (year: number, yearType: YearType) => [...occupationKeys.summaries(), year, yearType] as const,
};

const root = (name: string) => [...occupationKeys.all, name] as const;

export const courseKeys = {
  all: root('courses'),
  list: (query: CourseQuery) => [...courseKeys.all, 'list', query] as const,
  detail: (id: string) => [...courseKeys.all, 'detail', id] as const,
};

export const wisdomKeys = {
  all: root('wisdom'),
  list: (query: WisdomQuery) => [...wisdomKeys.all, 'list', query] as const,
  detail: (id: string) => [...wisdomKeys.all, 'detail', id] as const,
};

export const productKeys = {
  all: root('products'),
  list: (query: ProductQuery) => [...productKeys.all, 'list', query] as const,
  detail: (id: string) => [...productKeys.all, 'detail', id] as const,
};

export const incomeKeys = {
  all: root('income'),
  /** `month` is 'YYYY-MM' (CE). */
  month: (month: string) => [...incomeKeys.all, 'month', month] as const,
};

export const jobKeys = {
  all: root('jobs'),
  list: (query: JobQuery) => [...jobKeys.all, 'list', query] as const,
  detail: (id: string) => [...jobKeys.all, 'detail', id] as const,
  matches: (id: string) => [...jobKeys.all, 'matches', id] as const,
};
