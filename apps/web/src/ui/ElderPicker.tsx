import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { FieldError as HookFieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ResidentView } from '@elderwork/contracts';
import { formatNationalId } from '@elderwork/thai';
import { residentsApi } from '../api/endpoints';
import { residentKeys } from '../api/keys';
import { elderName, searchTerm } from './elder';
import { FieldError } from './FieldError';
import { LoadError } from './LoadError';

/** What the picker says about one elder: may they be chosen, and a badge saying why (not). */
export interface ElderStatus {
  eligible: boolean;
  badge?: ReactNode;
}

interface SingleProps {
  multiple?: false;
  /** The form field the choice fills (its errors show here): residentId, recipientId. */
  name: string;
  legend: string;
  hint?: string;
  selected: ResidentView | null;
  onSelect: (resident: ResidentView | null) => void;
  /** The eligibility filter: who may be chosen (they come first) and why. The API checks again. */
  statusOf?: (resident: ResidentView) => ElderStatus;
  /** Shown under the chosen elder (the recipient picker checks the ADL there). */
  children?: ReactNode;
  error?: HookFieldError;
}

interface MultipleProps {
  multiple: true;
  onChoose: (resident: ResidentView) => void;
  /** Elders already chosen (makers, students): shown as such, not offered again. The caller lists them. */
  chosenIds?: ReadonlySet<string>;
  statusOf?: (resident: ResidentView) => ElderStatus;
  busy?: boolean;
}

const anyone = (): ElderStatus => ({ eligible: true });

/**
 * Search the registry and choose an elder (a form field, with its legend and errors) or, with
 * `multiple`, add elders one after another to a list the caller keeps.
 */
export function ElderPicker(props: SingleProps | MultipleProps) {
  if (props.multiple) {
    return (
      <div className="elder-finder">
        <ElderResults statusOf={props.statusOf} chosenIds={props.chosenIds} busy={props.busy} onChoose={props.onChoose} />
      </div>
    );
  }
  return <SinglePicker {...props} />;
}

function SinglePicker({ name, legend, hint, selected, onSelect, statusOf = anyone, children, error }: SingleProps) {
  const { t } = useTranslation();
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
              <strong>{elderName(selected)}</strong> <span className="mono">{formatNationalId(selected.nationalId)}</span> ·{' '}
              {t('elderPicker.age', { age: selected.age })} {statusOf(selected).badge}
            </span>
            <button type="button" className="btn btn--small" onClick={() => onSelect(null)} data-testid="elder-change">
              {t('elderPicker.change')}
            </button>
          </div>
          {children}
        </>
      ) : (
        <ElderResults inputId={`${name}Search`} hint={hint} statusOf={statusOf} onChoose={onSelect} />
      )}
      <FieldError name={name} error={error} />
    </fieldset>
  );
}

interface ElderResultsProps {
  inputId?: string;
  hint?: string;
  statusOf?: (resident: ResidentView) => ElderStatus;
  chosenIds?: ReadonlySet<string>;
  busy?: boolean;
  onChoose: (resident: ResidentView) => void;
}

/** The search box and its results; the eligible come first. */
function ElderResults({ inputId, hint, statusOf = anyone, chosenIds, busy, onChoose }: ElderResultsProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [q, setQ] = useState<string | null>(null);
  const params = { q: searchTerm(q ?? ''), pageSize: 20 };
  const results = useQuery({ queryKey: residentKeys.list(params), queryFn: () => residentsApi.list(params), enabled: q !== null });

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
    <>
      <div className="search">
        <input
          id={inputId}
          type="search"
          aria-label={t('elderPicker.search')}
          placeholder={t('elderPicker.search')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          data-testid="elder-search"
        />
        <button type="button" className="btn" onClick={search} data-testid="elder-search-submit">
          {t('common.search')}
        </button>
      </div>
      {hint && <small className="field-hint">{hint}</small>}
      {results.isError && <LoadError query={results} />}
      {results.data && items.length === 0 && <p className="muted">{t('elderPicker.none')}</p>}
      {items.length > 0 && (
        <ul className="elder-options" aria-busy={results.isFetching}>
          {items.map(({ resident: r, status }) => {
            const chosen = chosenIds?.has(r.id) ?? false;
            return (
              <li key={r.id} data-testid="elder-option" data-eligible={status.eligible}>
                <span>
                  {elderName(r)} <span className="mono muted">{formatNationalId(r.nationalId)}</span>
                  <br />
                  <span className="muted">{t('elderPicker.age', { age: r.age })}</span> {status.badge}
                </span>
                <button
                  type="button"
                  className="btn btn--small"
                  disabled={!status.eligible || chosen || busy}
                  onClick={() => onChoose(r)}
                  data-testid="elder-choose"
                >
                  {chosen ? t('elderPicker.chosen') : t('elderPicker.choose')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
