import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { YearlyReport } from '@elderwork/contracts';
import { reportsApi, type ReportFileFormat, type ReportFilter, type ReportVersion, type YearType } from '../api/endpoints';
import { reportKeys } from './keys';

export const useYearlyReport = (year: number, yearType: YearType, version: ReportVersion) =>
  useQuery({ queryKey: reportKeys.yearly(year, yearType, version), queryFn: () => reportsApi.yearly(year, yearType, version) });

export const useReportRecords = (year: number, yearType: YearType, filter: ReportFilter) =>
  useQuery({ queryKey: reportKeys.records(year, yearType, filter), queryFn: () => reportsApi.records(year, yearType, filter) });

/** A step of the report's approval (decision 0019); `text` is the note, or the reason of a return or reopening. */
export type ReportStep = 'submit' | 'approve' | 'return' | 'withdraw' | 'reopen';

const STEPS: Record<ReportStep, (year: number, yearType: YearType, text: string | null) => Promise<YearlyReport>> = {
  submit: (year, yearType, note) => reportsApi.submit(year, yearType, note),
  approve: (year, yearType, note) => reportsApi.approve(year, yearType, note),
  return: (year, yearType, reason) => reportsApi.returnToStaff(year, yearType, reason ?? ''),
  withdraw: (year, yearType) => reportsApi.withdraw(year, yearType),
  reopen: (year, yearType, reason) => reportsApi.reopen(year, yearType, reason ?? ''),
};

/** Every step changes the report's status and versions: all of the report's queries are read again. */
export function useReportStep(year: number, yearType: YearType) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ step, text = null }: { step: ReportStep; text?: string | null }) => STEPS[step](year, yearType, text),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportKeys.all }),
  });
}

/** The report as PDF or XLSX, the version shown (it changes nothing). */
export const useReportDownload = (year: number, yearType: YearType, version: ReportVersion) =>
  useMutation({ mutationFn: (format: ReportFileFormat) => reportsApi.downloadReport(year, yearType, version, format) });

/** The records behind a figure as CSV; `full` national IDs are audited by the API. */
export const useRecordsExport = (year: number, yearType: YearType, filter: ReportFilter) =>
  useMutation({ mutationFn: (full: boolean) => reportsApi.downloadRecords(year, yearType, filter, full) });
