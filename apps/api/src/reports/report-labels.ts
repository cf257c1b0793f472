import {
  INCOME_SOURCE_LABELS, MODALITY_LABELS, REPORT_AGE_BAND_LABELS, REPORT_DISABILITY_TYPE_LABELS, SALES_CHANNEL_LABELS, SEX_LABELS,
  type IncomeSource, type Modality, type OccupationsSummary, type ReportAgeBand, type ReportDisabilityType, type SalesChannel, type Section35Summary, type Sex,
} from '@elderwork/contracts';

/** Thai labels of the codes the report's breakdowns carry; an unknown code is shown as it is rather than dropped. */
const label = <K extends string>(labels: Record<K, { th: string }>, code: string): string => labels[code as K]?.th ?? code;

export const sexLabel = (code: string): string => label<Sex>(SEX_LABELS, code);
export const ageBandLabel = (code: string): string => label<ReportAgeBand>(REPORT_AGE_BAND_LABELS, code);
export const disabilityLabel = (code: string): string => label<ReportDisabilityType>(REPORT_DISABILITY_TYPE_LABELS, code);
export const modalityLabel = (code: string): string => label<Modality>(MODALITY_LABELS, code);
export const incomeSourceLabel = (code: string): string => label<IncomeSource>(INCOME_SOURCE_LABELS, code);
export const channelLabel = (code: string): string => label<SalesChannel>(SALES_CHANNEL_LABELS, code);

/** A model's details as the report stores them (JSON): read only the parts the documents print, if present. */
export function section35Details(details: unknown): Pick<Section35Summary, 'byModality' | 'byEmployer'> | null {
  const d = details as Partial<Section35Summary> | null;
  return d && Array.isArray(d.byModality) && Array.isArray(d.byEmployer) ? { byModality: d.byModality, byEmployer: d.byEmployer } : null;
}

export function occupationIncome(details: unknown): Pick<OccupationsSummary['income'], 'bySource' | 'byChannel'> | null {
  const income = (details as Partial<OccupationsSummary> | null)?.income;
  return income && Array.isArray(income.bySource) && Array.isArray(income.byChannel) ? { bySource: income.bySource, byChannel: income.byChannel } : null;
}
