import { useTranslation } from 'react-i18next';
import { calendarYearOf, fiscalYearOf, todayInBangkok } from '@elderwork/thai';
import type { YearType } from '../api/endpoints';

/** BE calendar year of today in Bangkok: the default report year. */
export function currentBeYear(): number {
  return calendarYearOf(todayInBangkok());
}

/** BE fiscal year of today in Bangkok: the LAO's yearly report and budgets run by fiscal year. */
export function currentFiscalYear(): number {
  return fiscalYearOf(todayInBangkok());
}

/** A few years back and one ahead (placements are arranged ahead of time). */
export function yearChoices(around = currentBeYear()): number[] {
  return Array.from({ length: 8 }, (_, i) => around + 1 - i);
}

interface YearFieldsProps {
  year: number | undefined;
  yearType: YearType;
  onChange: (year: number | undefined, yearType: YearType) => void;
  /** Offer "all years" (lists); summaries always need a year. */
  allowAll?: boolean;
}

/** ปี พ.ศ. and ปีปฏิทิน / ปีงบประมาณ, side by side. */
export function YearFields({ year, yearType, onChange, allowAll }: YearFieldsProps) {
  const { t } = useTranslation();
  const years = yearChoices();
  if (year !== undefined && !years.includes(year)) years.push(year);
  return (
    <>
      <div className="field">
        <label htmlFor="year">{t('yearFields.year')}</label>
        <select
          id="year"
          name="year"
          value={year ?? ''}
          onChange={(e) => onChange(e.target.value ? Number(e.target.value) : undefined, yearType)}
          data-testid="year-select"
        >
          {allowAll && <option value="">{t('yearFields.allYears')}</option>}
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="yearType">{t('yearFields.yearType')}</label>
        <select
          id="yearType"
          name="yearType"
          value={yearType}
          disabled={year === undefined}
          onChange={(e) => onChange(year, e.target.value === 'fiscal' ? 'fiscal' : 'calendar')}
          data-testid="year-type-select"
        >
          <option value="calendar">{t('yearFields.calendar')}</option>
          <option value="fiscal">{t('yearFields.fiscal')}</option>
        </select>
      </div>
    </>
  );
}
