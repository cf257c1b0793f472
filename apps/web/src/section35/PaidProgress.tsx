import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n';
import { formatMoney, paidPercent } from '../ui/money';

/** Paid to date against the contract value, as an accessible progress bar (percent). */
export function PaidProgress({ paid, value }: { paid: number; value: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const percent = paidPercent(paid, value);
  const text = t('placement.progress', {
    paid: formatMoney(paid, lang),
    value: formatMoney(value, lang),
    percent: percent.toFixed(1),
  });
  return (
    <div className="progress-block">
      <div
        className="progress"
        role="progressbar"
        aria-label={t('placement.paidToDate')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={text}
        data-testid="paid-progress"
      >
        <div className="progress-bar" style={{ width: `${percent}%` }} />
      </div>
      <small className="muted" data-testid="paid-progress-text">
        {text}
      </small>
    </div>
  );
}
