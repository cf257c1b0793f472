import { download, query } from '../api/client';
import type { ReportFilter, ReportVersion, YearType } from '../api/endpoints';

export type ReportFileFormat = 'pdf' | 'xlsx';

/**
 * The report's files, fetched with the bearer token through the client's `download` (a plain link
 * would not carry it) and saved under the name the API gives in Content-Disposition.
 */
export const reportFiles = {
  /** GET /api/reports/yearly/export: the report of that version (live or approved) as PDF or XLSX. */
  report: (year: number, yearType: YearType, version: ReportVersion, format: ReportFileFormat) =>
    download(`/api/reports/yearly/export${query({ year, yearType, version, format })}`, `elderwork-report-${year}-${yearType}.${format}`),
  /**
   * GET /api/reports/yearly/records/export: the records behind a figure as CSV, national IDs masked
   * unless `full` (then the API writes an `export` audit entry on every person in the file).
   */
  records: (year: number, yearType: YearType, filter: ReportFilter, full: boolean) =>
    download(
      `/api/reports/yearly/records/export${query({ year, yearType, ...filter, full: full ? 'true' : undefined })}`,
      `elderwork-report-records-${year}.csv`,
    ),
};
