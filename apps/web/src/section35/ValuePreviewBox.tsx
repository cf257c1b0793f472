import { useTranslation } from 'react-i18next';
import { formatBaht, satangToBaht } from '@elderwork/thai';
import { useLang } from '../i18n';
import type { ValuePreview } from './value-preview';

const number = new Intl.NumberFormat('th-TH');

/** The contract value as typed so far: rate × counted days, live under the dates. */
export function ValuePreviewBox({ preview }: { preview: ValuePreview }) {
  const { t } = useTranslation();
  const lang = useLang();
  const ok = preview.kind === 'ok';
  return (
    <output
      className={`value-preview${ok ? '' : ' value-preview--empty'}`}
      htmlFor="startDate endDate dailyRate"
      aria-live="polite"
      data-testid="value-preview"
      data-value={ok ? satangToBaht(preview.valueSatang) : ''}
    >
      <span className="value-preview-label">{t('placements.preview.title')}</span>
      {preview.kind === 'ok' ? (
        <>
          <strong className="value-preview-amount">{formatBaht(preview.valueSatang, lang, { unit: true })}</strong>
          <small>
            {t('placements.preview.formula', {
              rate: formatBaht(preview.rateSatang, lang),
              days: number.format(preview.days),
              value: formatBaht(preview.valueSatang, lang),
            })}
            {preview.defaultRate && ` · ${t('placements.preview.defaultRate', { year: preview.year })}`}
            {preview.leapDaysSkipped > 0 && ` · ${t('placements.preview.leapNote')}`}
          </small>
        </>
      ) : (
        <small>
          {preview.kind === 'noRate'
            ? t('placements.preview.noRate', { year: preview.year })
            : t(`placements.preview.${preview.kind}`)}
        </small>
      )}
    </output>
  );
}
