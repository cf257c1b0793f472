import { useTranslation } from 'react-i18next';

/** The text search of a list's filters (submitted with the filter form). */
export function SearchField({ value, onChange, placeholder, wide = false }: { value: string; onChange: (text: string) => void; placeholder: string; wide?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className={wide ? 'field span-2' : 'field'}>
      <label htmlFor="q">{t('occupations.search')}</label>
      <div className="search">
        <input id="q" type="search" placeholder={placeholder} value={value} onChange={(e) => onChange(e.target.value)} data-testid="search-input" />
        <button type="submit" className="btn" data-testid="search-submit">
          {t('common.search')}
        </button>
      </div>
    </div>
  );
}
