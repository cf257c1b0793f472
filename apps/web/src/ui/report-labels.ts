import { useTranslation } from 'react-i18next';
import {
  DISABILITY_TYPE_LABELS,
  MODEL_LABELS,
  SEX_LABELS,
  type DisabilityType,
  type Model,
  type Sex,
} from '@elderwork/contracts';
import type { ReportFilter, YearType } from '../api/endpoints';
import { useLabel, useLang } from '../i18n';
import { formatMonth } from './month';


export const isYearType = (value: string | null): value is YearType => value === 'fiscal' || value === 'calendar';

/** Labels of the report's dimensions in the UI language. */
export function useReportLabels() {
  const { t } = useTranslation();
  const label = useLabel();
  const lang = useLang();
  const model = (m: Model): string => label(MODEL_LABELS, m);
  const sex = (s: string): string => label(SEX_LABELS, s as Sex);
  const ageBand = (band: string): string => (band === 'under-60' ? t('reports.under60') : t('reports.ageBand', { band }));
  const disabilityType = (d: string): string =>
    d === 'none' ? t('reports.noDisability') : label(DISABILITY_TYPE_LABELS, d as DisabilityType);
  const month = (m: string): string => formatMonth(m, lang);
  /** 'Section 35 · January 2569 · female': what a drill-down shows. */
  const filter = (f: ReportFilter): string =>
    [
      f.model ? model(f.model) : t('reports.drill.all'),
      f.month && month(f.month),
      f.sex && sex(f.sex),
      f.ageBand && ageBand(f.ageBand),
      f.disabilityType && disabilityType(f.disabilityType),
    ]
      .filter(Boolean)
      .join(' · ');
  return { model, sex, ageBand, disabilityType, month, filter };
}
