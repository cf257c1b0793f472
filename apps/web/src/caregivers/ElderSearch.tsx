import { useState, type KeyboardEvent, type ReactNode } from 'react';
import type { FieldError as HookFieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ResidentView } from '@elderwork/contracts';
import { formatNationalId } from '@elderwork/thai';
import { residentsApi } from '../api/endpoints';
import { useFetch } from '../api/use-fetch';
import { FieldError } from '../ui/FieldError';
import { LoadError } from '../ui/LoadError';

/** What the picker says about one elder: may they be chosen, and a badge saying why (not). */
export interface ElderStatus {
  eligible: boolean;
  badge?: ReactNode;
}

interface ElderSearchProps {
  /** The form field the choice fills (its errors show here): residentId, recipientId. */
  name: string;
  legend: string;
  hint: string;
  selected: ResidentView | null;
  onSelect: (resident: ResidentView | null) => void;
  statusOf?: (resident: ResidentView) => ElderStatus;
  /** Shown under the chosen elder (the recipient picker checks the ADL there). */
  children?: ReactNode;
  error?: HookFieldError;
}

const anyone = (): ElderStatus => ({ eligible: true });

/**
 * Search the registry and choose an elder, as in Section 35's picker (same test ids): results say
 * who may be chosen, and those come first. The API checks again.
 */
export function ElderSearch({ name, legend, hint, selected, onSelect, statusOf = anyone, children, error }: ElderSearchProps) {
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

  const items = (results.data?.items ?? [])
    .map((resident) => ({ resident, status: statusOf(resident) }))
    .sort((a, b) => Number(b.status.eligible) - Number(a.status.eligible));

  return (
    <fieldset className={`elder-picker${error ? ' field--invalid' : ''}`} data-testid="elder-picker">
      <legend>
        {legend}
        <span className="required" aria-hidden="true"> *</span>
      </legend>
      {selected ? (
        <>
          <div className="elder-selected" data-testid="elder-selected">
            <span>
              <strong>
                {selected.prefix}
                {selected.firstName} {selected.lastName}
              </strong>{' '}
              <span className="mono">{formatNationalId(selected.nationalId)}</span> ·{' '}
              {t('caregivers.ageYears', { age: selected.age })}
            </span>
            <button type="button" className="btn btn--small" onClick={() => onSelect(null)} data-testid="elder-change">
              {t('caregivers.change')}
            </button>
          </div>
          {children}
        </>
      ) : (
        <>
          <div className="search">
            <input
              id={`${name}Search`}
              type="search"
              aria-label={t('caregivers.elderSearch')}
              placeholder={t('caregivers.elderSearch')}
              value={text}
              onChange={(e) => setText(e.target.value)}
              onKeyDown={onKeyDown}
              data-testid="elder-search"
            />
            <button type="button" className="btn" onClick={search} data-testid="elder-search-submit">
              {t('common.search')}
            </button>
          </div>
          <small className="field-hint">{hint}</small>
          {results.error !== null && <LoadError error={results.error} onRetry={results.reload} />}
          {results.data && items.length === 0 && <p className="muted">{t('caregivers.noElders')}</p>}
          {items.length > 0 && (
            <ul className="elder-options" aria-busy={results.loading}>
              {items.map(({ resident: r, status }) => (
                <li key={r.id} data-testid="elder-option" data-eligible={status.eligible}>
                  <span>
                    {r.prefix}
                    {r.firstName} {r.lastName} <span className="mono muted">{formatNationalId(r.nationalId)}</span>
                    <br />
                    <span className="muted">{t('caregivers.ageYears', { age: r.age })}</span> {status.badge}
                  </span>
                  <button
                    type="button"
                    className="btn btn--small"
                    disabled={!status.eligible}
                    onClick={() => onSelect(r)}
                    data-testid="elder-choose"
                  >
                    {t('caregivers.choose')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <FieldError name={name} error={error} />
    </fieldset>
  );
}

/** Dashes and spaces typed in an ID are not in the stored digits. */
function searchTerm(q: string): string {
  return /^[\d\s-]+$/.test(q) ? q.replace(/[\s-]/g, '') : q;
}
