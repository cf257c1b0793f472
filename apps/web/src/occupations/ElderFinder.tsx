import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResidentView } from '@elderwork/contracts';
import { formatNationalId } from '@elderwork/thai';
import { residentsApi } from '../api/endpoints';
import { useFetch } from '../api/use-fetch';
import { LoadError } from '../ui/LoadError';

/** Dashes and spaces typed in an ID are not in the stored digits. */
export function searchTerm(q: string): string {
  return /^[\d\s-]+$/.test(q) ? q.replace(/[\s-]/g, '') : q;
}

export const elderName = (r: Pick<ResidentView, 'prefix' | 'firstName' | 'lastName'>): string =>
  `${r.prefix}${r.firstName} ${r.lastName}`;

interface ElderFinderProps {
  onChoose: (resident: ResidentView) => void;
  /** Elders already chosen (makers, students): shown as such, not offered again. */
  chosenIds?: ReadonlySet<string>;
  busy?: boolean;
}

/**
 * Search the registry and choose elders, with Section 35's picker test ids (`elder-search`,
 * `elder-option`, `elder-choose`). The caller shows what was chosen; the API checks again.
 */
export function ElderFinder({ onChoose, chosenIds, busy }: ElderFinderProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [q, setQ] = useState<string | null>(null);
  const results = useFetch(
    () => (q === null ? Promise.resolve(null) : residentsApi.list({ q: searchTerm(q), pageSize: 20 })),
    q ?? '',
  );

  const search = () => setQ(text.trim());
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault(); // not the surrounding form's submit
      search();
    }
  };
  const items = results.data?.items ?? [];

  return (
    <div className="elder-finder">
      <div className="search">
        <input
          type="search"
          aria-label={t('occupations.elder.search')}
          placeholder={t('occupations.elder.search')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          data-testid="elder-search"
        />
        <button type="button" className="btn" onClick={search} data-testid="elder-search-submit">
          {t('common.search')}
        </button>
      </div>
      {results.error !== null && <LoadError error={results.error} onRetry={results.reload} />}
      {results.data && items.length === 0 && <p className="muted">{t('occupations.elder.noneFound')}</p>}
      {items.length > 0 && (
        <ul className="elder-options" aria-busy={results.loading}>
          {items.map((r) => {
            const chosen = chosenIds?.has(r.id) ?? false;
            return (
              <li key={r.id} data-testid="elder-option">
                <span>
                  {elderName(r)} <span className="mono muted">{formatNationalId(r.nationalId)}</span>
                  <span className="muted"> · {t('occupations.job.age', { age: r.age })}</span>
                </span>
                <button
                  type="button"
                  className="btn btn--small"
                  disabled={chosen || busy}
                  onClick={() => onChoose(r)}
                  data-testid="elder-choose"
                >
                  {chosen ? t('occupations.elder.chosen') : t('occupations.elder.choose')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
