import { useState, type KeyboardEvent } from 'react';
import type { FieldError as HookFieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DISABILITY_TYPE_LABELS, type ResidentView } from '@elderwork/contracts';
import { formatNationalId } from '@elderwork/thai';
import { residentsApi } from '../api/endpoints';
import { useFetch } from '../api/use-fetch';
import { useLabel } from '../i18n';
import { FieldError } from '../ui/FieldError';
import { LoadError } from '../ui/LoadError';

/** Section 35 is for persons with a disability, or registered carers of one (the API checks too). */
export function isEligible(r: ResidentView): boolean {
  return r.disabilityType !== null || r.caresForDisabledPerson === true;
}

interface ElderPickerProps {
  selected: ResidentView | null;
  onSelect: (resident: ResidentView | null) => void;
  error?: HookFieldError;
}

/** Search the registry and choose an elder; results say who is eligible, and the eligible come first. */
export function ElderPicker({ selected, onSelect, error }: ElderPickerProps) {
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
      event.preventDefault(); // not the placement form's submit
      search();
    }
  };

  const items = [...(results.data?.items ?? [])].sort((a, b) => Number(isEligible(b)) - Number(isEligible(a)));

  return (
    <fieldset className={`elder-picker${error ? ' field--invalid' : ''}`} data-testid="elder-picker">
      <legend>
        {t('placements.elder')}
        <span className="required" aria-hidden="true"> *</span>
      </legend>
      {selected ? (
        <div className="elder-selected" data-testid="elder-selected">
          <span>
            <strong>
              {selected.prefix}
              {selected.firstName} {selected.lastName}
            </strong>{' '}
            <span className="mono">{formatNationalId(selected.nationalId)}</span> · <Eligibility resident={selected} />
          </span>
          <button type="button" className="btn btn--small" onClick={() => onSelect(null)} data-testid="elder-change">
            {t('placements.change')}
          </button>
        </div>
      ) : (
        <>
          <div className="search">
            <input
              id="residentSearch"
              type="search"
              aria-label={t('placements.elderSearch')}
              placeholder={t('placements.elderSearch')}
              value={text}
              onChange={(e) => setText(e.target.value)}
              onKeyDown={onKeyDown}
              data-testid="elder-search"
            />
            <button type="button" className="btn" onClick={search} data-testid="elder-search-submit">
              {t('common.search')}
            </button>
          </div>
          <small className="field-hint">{t('placements.elderHint')}</small>
          {results.error !== null && <LoadError error={results.error} onRetry={results.reload} />}
          {results.data && items.length === 0 && <p className="muted">{t('placements.noElders')}</p>}
          {items.length > 0 && (
            <ul className="elder-options" aria-busy={results.loading}>
              {items.map((r) => (
                <li key={r.id} data-testid="elder-option" data-eligible={isEligible(r)}>
                  <span>
                    {r.prefix}
                    {r.firstName} {r.lastName} <span className="mono muted">{formatNationalId(r.nationalId)}</span>
                    <br />
                    <Eligibility resident={r} />
                  </span>
                  <button
                    type="button"
                    className="btn btn--small"
                    disabled={!isEligible(r)}
                    onClick={() => onSelect(r)}
                    data-testid="elder-choose"
                  >
                    {t('placements.choose')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <FieldError name="residentId" error={error} />
    </fieldset>
  );
}

function Eligibility({ resident }: { resident: ResidentView }) {
  const { t } = useTranslation();
  const label = useLabel();
  if (resident.disabilityType)
    return (
      <span className="badge badge--ok">
        {t('placements.eligibleDisability', { type: label(DISABILITY_TYPE_LABELS, resident.disabilityType) })}
      </span>
    );
  if (resident.caresForDisabledPerson) return <span className="badge badge--ok">{t('placements.eligibleCarer')}</span>;
  return <span className="badge">{t('placements.notEligible')}</span>;
}

/** Dashes and spaces typed in an ID are not in the stored digits. */
function searchTerm(q: string): string {
  return /^[\d\s-]+$/.test(q) ? q.replace(/[\s-]/g, '') : q;
}
