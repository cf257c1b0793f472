import type { ReportFilter, ReportVersion, YearType } from '../api/endpoints';

/**
 * Query keys of the yearly report (decision 0050). Its live figures are computed from every
 * feature's records: they are read again whenever a page showing them opens (staleTime 0), and a
 * step of the report (submit, approve, return, withdraw, reopen) invalidates everything under `all`.
 */
export const reportKeys = {
  all: ['reports'] as const,
  yearly: (year: number, yearType: YearType, version: ReportVersion) => [...reportKeys.all, 'yearly', year, yearType, version] as const,
  records: (year: number, yearType: YearType, filter: ReportFilter) => [...reportKeys.all, 'records', year, yearType, filter] as const,
};
