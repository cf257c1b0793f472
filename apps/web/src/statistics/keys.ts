import type { StatisticsQuery, YearType } from '../api/endpoints';

/** Query keys of the statistics release (decision 0050). */
export const statisticsKeys = {
  all: ['statistics'] as const,
  figures: (query: StatisticsQuery) => [...statisticsKeys.all, 'figures', query] as const,
  missing: (year: number, yearType: YearType) => [...statisticsKeys.all, 'missing', year, yearType] as const,
};
