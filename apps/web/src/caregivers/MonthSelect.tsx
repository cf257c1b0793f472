import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n';
import { formatMonth, recentMonths } from './month';

/** A month picker in the UI language (BE years in Thai); the value is 'YYYY-MM' in CE, as the API takes it. */
export function MonthSelect({ value, onChange }: { value: string; onChange: (month: string) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const months = recentMonths();
  if (!months.includes(value)) months.push(value);
  return (
    <div className="field month-field">
      <label htmlFor="month">{t('caregivers.month.month')}</label>
      <select id="month" name="month" value={value} onChange={(e) => onChange(e.target.value)} data-testid="month-select">
        {months.map((m) => (
          <option key={m} value={m}>
            {formatMonth(m, lang)}
          </option>
        ))}
      </select>
    </div>
  );
}
